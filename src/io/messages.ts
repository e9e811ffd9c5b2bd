import { fillTemplate } from '../core/messages/format';
import type { Lang } from '../core';

/**
 * Every sentence the importers tell a user, by code, in Chinese and English. An issue keeps its
 * code and parameters; `message` is its Chinese rendering (the CLI's JSON `errors` are Chinese).
 */
export const IO_CATALOGUE = {
  'import.too-large': {
    zh: '{name} 有 {size}，超过了 {limit} 的上限，未读取。年度报告的表格文件通常只有几百 KB，请确认选对了文件。',
    en: '{name} is {size}, over the {limit} limit; it was not read. A report’s file is usually a few hundred KB: please check it is the right file.',
  },
  'import.empty-file': { zh: '{name} 是空文件（0 字节），没有可读取的内容。', en: '{name} is empty (0 bytes): nothing to read.' },
  'import.empty-text': { zh: '文本是空的，没有可读取的内容。', en: 'The text is empty: nothing to read.' },
  'import.empty-clipboard': {
    zh: '剪贴板中没有内容。请先在 Word、WPS 或 Excel 中选中表格并复制，再粘贴到这里。',
    en: 'The clipboard is empty. Select the table in Word, WPS or Excel, copy it, then paste it here.',
  },
  'import.refused-type': {
    zh: '暂不支持读取{kind}文件（{name}）。{advice}',
    en: '{name}: {kindEn} files cannot be read. {adviceEn}',
  },
  'import.unknown-type': {
    zh: '无法识别 {name} 的文件类型。支持的格式：{formats}。',
    en: 'The type of {name} is not recognised. Supported: {formats}.',
  },
  'import.broken-sheet': {
    zh: '无法读取 {name}：文件已损坏或不是有效的 Excel 文件。',
    en: '{name} cannot be read: the file is damaged or not a valid spreadsheet.',
  },
  'import.encrypted-sheet': {
    zh: '无法读取 {name}：文件设置了打开密码（已加密）。请在 Excel 或 WPS 中取消密码后另存，再重新导入。',
    en: '{name} cannot be read: it is password-protected. Remove the password in Excel or WPS, save, and open it again.',
  },
  'import.broken-any': { zh: '无法读取 {name}：文件内容无法解析。', en: '{name} cannot be read: its content could not be parsed.' },
  'import.broken-html': { zh: '无法解析这段网页内容。', en: 'This web content could not be parsed.' },
  'import.broken-text': { zh: '无法解析这段文本。', en: 'This text could not be parsed.' },
  'import.sheet-truncated': {
    zh: '工作表“{sheet}”过大（超过 {max} 列或单元格过多），只读取了其中一部分。',
    en: 'Sheet "{sheet}" is too large (over {max} columns or too many cells); only part of it was read.',
  },
  'import.html-truncated': {
    zh: '表格 {table} 过大或合并单元格设置异常（超过 {max} 列或单元格过多），只读取了其中一部分。',
    en: 'Table {table} is too large or its merges are odd (over {max} columns or too many cells); only part of it was read.',
  },
  'import.sheets-empty': { zh: '{name} 中的工作表都是空的，没有可读取的表格。', en: 'Every sheet of {name} is empty: no table to read.' },
  'import.html-no-table': {
    zh: '未在网页内容中找到表格（没有 <table> 元素，或表格是空的）。请确认复制或保存时包含了整张表格。',
    en: 'No table in this web content (no <table> element, or an empty one). Make sure the whole table was copied or saved.',
  },
  'import.text-no-table': {
    zh: '未在文本中找到表格：没有一行含有数值。请从 Word、WPS、Excel 或 PDF 阅读器中选中整张表格复制后再粘贴。',
    en: 'No table found in the text: no line holds a number. Select the whole table in Word, WPS, Excel or a PDF reader, copy it and paste again.',
  },
  'import.no-table-in-file': { zh: '未在 {name} 中找到表格。', en: 'No table found in {name}.' },
  // .zip of submissions (src/io/zipArchive.ts)
  'import.zip-broken': { zh: '无法打开压缩包 {name}：文件已损坏或不是 zip 格式。', en: 'The archive {name} cannot be opened: it is damaged or not a zip file.' },
  'import.zip-too-large': {
    zh: '压缩包 {name} 解压后超过 {files} 个文件或 {size}，其余文件未读取。',
    en: 'The archive {name} unpacks to more than {files} files or {size}; the rest were not read.',
  },
  'import.zip-empty': { zh: '压缩包 {name} 中没有可审核的文件。', en: 'The archive {name} holds no file to audit.' },
  // PDF reader (src/io/pdf/)
  'import.pdf-unavailable': {
    zh: '无法读取 {name}：本页面的 PDF 读取组件加载失败，请改用复制粘贴表格。',
    en: '{name} cannot be read: the PDF reader of this page failed to load; copy the table and paste it instead.',
  },
  'import.pdf-password': {
    zh: '请先解除密码：{name} 需要密码才能打开。请在 PDF 阅读器中输入密码后另存为不加密的 PDF，或直接复制表格粘贴到本页。',
    en: 'Remove the password first: {name} needs a password to open. Save an unencrypted copy from a PDF reader, or copy the table and paste it here.',
  },
  'import.pdf-broken': {
    zh: '无法读取 {name}：文件已损坏或不是有效的 PDF 文件。',
    en: '{name} cannot be read: the file is damaged or not a valid PDF.',
  },
  'import.pdf-cmap': {
    zh: '无法读取 {name}：文件中的文字使用了本工具未附带的字符编码（{list}，多见于繁体中文、日文或韩文字体）。请在 PDF 阅读器中复制表格粘贴到本页，或用 WPS/Word 重新导出嵌入字体的 PDF。',
    en: '{name} cannot be read: its text uses a character encoding this tool does not carry ({list}; usual in traditional Chinese, Japanese or Korean fonts). Copy the table from a PDF reader and paste it, or export the PDF again with fonts embedded.',
  },
  'import.pdf-no-text': {
    zh: '需要文字版 PDF：{name} 没有文字层（可能是扫描件或图片），无法读取其中的表格。请使用由 Word、WPS 直接导出的 PDF，或将表格复制粘贴到本页。',
    en: 'A PDF with a text layer is needed: {name} has none (a scan or images), so its tables cannot be read. Use a PDF exported from Word or WPS, or copy the table and paste it.',
  },
  'import.pdf-no-table': {
    zh: '需要文字版 PDF：这份 PDF 的文字中没有找到表格，表格可能是以图片形式插入的。请使用由 Word、WPS 直接导出的 PDF，或将表格复制粘贴到本页。',
    en: 'A PDF with a text layer is needed: no table was found in this PDF’s text; the tables may be images. Use a PDF exported from Word or WPS, or copy the table and paste it.',
  },
  // Word .docx reader (src/io/docx/)
  'import.docx-binary': {
    zh: '{name} 是旧版二进制文档（Word 97-2003 的 .doc 或 WPS 的 .wps），无法直接读取。请在 Word/WPS 中另存为 .docx 后再打开。',
    en: '{name} is an old binary document (Word 97-2003 .doc or WPS .wps) and cannot be read. Save it as .docx in Word or WPS, then open that.',
  },
  'import.docx-encrypted': {
    zh: '{name} 设置了打开密码（文件已加密），无法读取。请在 Word/WPS 中取消密码，另存为 .docx 后再打开。',
    en: '{name} is password-protected (encrypted) and cannot be read. Remove the password in Word or WPS, save as .docx, then open that.',
  },
  'import.docx-not-zip': {
    zh: '无法读取 {name}：它不是 .docx 文档（.docx 是 zip 压缩包，而此文件不是），文件可能已损坏或扩展名有误。',
    en: '{name} cannot be read: it is no .docx (a .docx is a zip package, this file is not); it may be damaged or misnamed.',
  },
  'import.docx-broken-zip': {
    zh: '无法读取 {name}：压缩包已损坏（可能下载或复制不完整）。',
    en: '{name} cannot be read: the zip package is damaged (perhaps an incomplete download or copy).',
  },
  'import.docx-not-word': {
    zh: '无法读取 {name}：这是 zip 压缩包，但不是 Word 文档（其中没有 word/document.xml）。',
    en: '{name} cannot be read: it is a zip package but no Word document (it has no word/document.xml).',
  },
  'import.docx-is-excel': {
    zh: '无法读取 {name}：这是 Excel 工作簿，不是 Word 文档，请按 .xlsx 文件打开。',
    en: '{name} cannot be read as Word: it is an Excel workbook; open it as .xlsx.',
  },
  'import.docx-is-powerpoint': {
    zh: '无法读取 {name}：这是 PowerPoint 演示文稿，不是 Word 文档。',
    en: '{name} cannot be read: it is a PowerPoint presentation, not a Word document.',
  },
  'import.docx-is-odf': {
    zh: '无法读取 {name}：这是 OpenDocument（.odt 等）文档，不是 Word 文档，请在 WPS/Word 中另存为 .docx 后再打开。',
    en: '{name} cannot be read: it is an OpenDocument file (.odt…), not Word; save it as .docx in WPS or Word, then open that.',
  },
  'import.docx-too-large': {
    zh: '{name} 的正文（word/document.xml）解压后超过 {limit}，未读取。年度报告的正文通常不到 1 MB，文件可能异常。',
    en: 'The text of {name} (word/document.xml) is over {limit} uncompressed; it was not read. A report’s is usually under 1 MB: the file may be malformed.',
  },
  'import.docx-too-deep': {
    zh: '无法读取 {name}：文档结构异常（元素嵌套超过 {max} 层），文件可能已损坏或是特意构造的。',
    en: '{name} cannot be read: its structure is abnormal (elements nested over {max} deep); the file may be damaged or crafted.',
  },
  'import.docx-truncated': {
    zh: '{name} 中的表格 {table} 过大或合并单元格设置异常（超过 {max} 列或单元格过多），只读取了其中一部分。',
    en: 'Table {table} of {name} is too large or its merges are odd (over {max} columns or too many cells); only part of it was read.',
  },
  'import.docx-no-table': {
    zh: '{name} 中没有表格，只读取了正文文字。若报告中的表格是图片或扫描件，其中的数字无法读取，请改用含真实表格的文档。',
    en: '{name} has no table; only its text was read. If the report’s tables are pictures or scans, their figures cannot be read: use a document with real tables.',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type IoMessageCode = keyof typeof IO_CATALOGUE;

/** Renders an importer's sentence in a language. */
export function formatIoMessage(code: IoMessageCode, params: Record<string, string | number>, lang: Lang = 'zh'): string {
  return fillTemplate(IO_CATALOGUE[code][lang], params, lang);
}
