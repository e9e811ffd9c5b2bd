import type { ImportResult } from './importTypes';

/**
 * The one list of file formats: each with its extensions, whether it is read, and how it is told
 * from its first bytes. The CLI's folder walk and usage, the page's file picker and drop handler,
 * and the messages all read it.
 */
export type Magic = 'zip' | 'ole' | 'pdf' | 'markup' | 'text' | 'binary';

export interface FileFormat {
  id: 'text' | 'html' | 'csv' | 'sheet' | 'pdf' | 'docx' | 'word-binary' | 'web-archive' | 'ofd';
  /** what users call it */
  name: { zh: string; en: string };
  extensions: readonly string[];
  /** false: known, and refused with advice (`advice`) */
  supported: boolean;
  advice?: { zh: string; en: string };
}

export const FILE_FORMATS: readonly FileFormat[] = [
  { id: 'text', name: { zh: '纯文本（Word/WPS 导出、PDF 阅读器复制）', en: 'plain text (Word/WPS export, copied from a PDF reader)' }, extensions: ['txt', 'text', 'tsv', 'md'], supported: true },
  { id: 'html', name: { zh: '网页', en: 'web page' }, extensions: ['html', 'htm', 'xhtml'], supported: true },
  { id: 'csv', name: { zh: 'CSV', en: 'CSV' }, extensions: ['csv'], supported: true },
  { id: 'sheet', name: { zh: 'Excel/WPS 表格', en: 'Excel/WPS spreadsheet' }, extensions: ['xlsx', 'xlsm', 'xlsb', 'xls', 'et', 'ods'], supported: true },
  { id: 'pdf', name: { zh: 'PDF（文字版）', en: 'PDF (with a text layer)' }, extensions: ['pdf'], supported: true },
  { id: 'docx', name: { zh: 'Word/WPS 文档（.docx）', en: 'Word/WPS document (.docx)' }, extensions: ['docx', 'docm'], supported: true },
  {
    id: 'word-binary',
    name: { zh: '旧版 Word/WPS 文档', en: 'old Word/WPS document' },
    extensions: ['doc', 'wps'],
    supported: false,
    advice: { zh: '请在 Word/WPS 中另存为 .docx 后再打开。', en: 'Save it as .docx in Word/WPS, then open that.' },
  },
  {
    id: 'web-archive',
    name: { zh: '网页归档', en: 'web archive' },
    extensions: ['mht', 'mhtml'],
    supported: false,
    advice: { zh: '请在浏览器中打开后另存为“网页，仅 HTML”（.html），或复制表格后粘贴。', en: 'Open it in a browser and save it as “Web page, HTML only” (.html), or copy the table and paste it.' },
  },
  {
    id: 'ofd',
    name: { zh: 'OFD 版式文件', en: 'OFD' },
    extensions: ['ofd'],
    supported: false,
    advice: { zh: '请用 OFD 阅读器导出为 PDF，或复制表格后粘贴。', en: 'Export it to PDF with an OFD reader, or copy the table and paste it.' },
  },
];

/** Every extension the auditor reads (a folder walk takes these files). */
export const READ_EXTENSIONS: readonly string[] = FILE_FORMATS.filter((f) => f.supported).flatMap((f) => f.extensions);

/** The file picker's `accept`: every extension read or refused with advice (refusals explain themselves). */
export const ACCEPT = FILE_FORMATS.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');

/** `.txt .html …` for usage texts and messages. */
export function extensionList(lang: 'zh' | 'en' = 'zh'): string {
  return FILE_FORMATS.filter((f) => f.supported)
    .map((f) => `${f.name[lang]}（${f.extensions.map((e) => '.' + e).join(' ')}）`.replace(lang === 'en' ? /（(.*)）$/ : /$^/, ' ($1)'))
    .join(lang === 'en' ? ', ' : '、');
}

export function formatOfName(name: string): FileFormat | undefined {
  const ext = extensionOf(name);
  return FILE_FORMATS.find((f) => f.extensions.includes(ext));
}

export function extensionOf(name: string): string {
  const base = name.slice(name.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A reader as the registry runs it (lazy formats load their library on first use). */
export type Reader = (name: string, bytes: Uint8Array) => ImportResult | Promise<ImportResult>;
