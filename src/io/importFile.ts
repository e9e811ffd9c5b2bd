import { decodeText } from './decodeText';
import { importHtml } from './htmlImporter';
import type { ImportResult } from './importTypes';
import { failure } from './importTypes';
import { importText } from './importText';
import { importCsv, importSheet } from './sheetImporter';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['txt', 'tsv', 'text', 'md']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);
const ZIP_SHEET_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xlsb', 'ods']);
const LATER = new Map([
  ['docx', 'Word（.docx）'],
  ['doc', 'Word（.doc）'],
  ['wps', 'WPS 文字（.wps）'],
  ['pdf', 'PDF'],
  // A web archive wraps the page in MIME parts (quoted-printable or base64): not read yet.
  ['mht', '网页归档（.mht）'],
  ['mhtml', '网页归档（.mhtml）'],
  ['ofd', 'OFD'],
]);

/**
 * Reads a file the user dropped or picked. The extension chooses the reader, the content confirms it
 * (a ".xls" that is really an HTML page, as many systems export, is read as HTML). Never throws:
 * anything wrong comes back as an issue.
 */
export function importFile(name: string, bytes: Uint8Array): ImportResult {
  try {
    return dispatch(name, bytes);
  } catch {
    // the readers are written not to throw; this is the last line of defence for the UI
    return failure('unknown', 'import.broken-file', `无法读取 ${name}：文件内容无法解析。`);
  }
}

function dispatch(name: string, bytes: Uint8Array): ImportResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return failure(
      'unknown',
      'import.too-large',
      `${name} 有 ${formatSize(bytes.length)}，超过了 ${formatSize(MAX_FILE_BYTES)} 的上限，未读取。年度报告的表格文件通常只有几百 KB，请确认选对了文件。`,
    );
  }
  if (bytes.length === 0) return failure('unknown', 'import.empty', `${name} 是空文件（0 字节），没有可读取的内容。`);

  const ext = extensionOf(name);
  const later = LATER.get(ext);
  if (later) {
    return failure(
      'unknown',
      'import.unsupported-type',
      `暂不支持直接读取 ${later} 文件，此功能将在后续版本提供。请先在 Word、WPS 或 PDF 阅读器中选中整张表格，复制后粘贴到本页。`,
    );
  }

  const magic = sniff(bytes);
  if (ext === 'csv') return importCsv(name, bytes);
  if (ZIP_SHEET_EXTENSIONS.has(ext)) {
    return magic === 'zip' || magic === 'ole' ? importSheet(name, bytes) : brokenSheet(name);
  }
  if (ext === 'xls' || ext === 'et') {
    if (magic === 'ole' || magic === 'zip') return importSheet(name, bytes);
    if (magic === 'markup') return readMarkup(name, bytes); // an HTML page or XML Spreadsheet 2003 saved as .xls
    if (magic === 'text') return importText(decodeText(bytes)); // TSV saved as .xls
    return brokenSheet(name);
  }
  if (HTML_EXTENSIONS.has(ext)) return importHtml(decodeText(bytes));
  if (TEXT_EXTENSIONS.has(ext)) {
    const text = decodeText(bytes);
    return magic === 'markup' && looksLikeHtml(text) ? importHtml(text) : importText(text);
  }

  // unknown extension: go by content
  switch (magic) {
    case 'zip':
    case 'ole':
      return importSheet(name, bytes);
    case 'pdf':
      return failure(
        'unknown',
        'import.unsupported-type',
        `${name} 是 PDF 文件，暂不支持直接读取，此功能将在后续版本提供。请先在 PDF 阅读器中选中表格，复制后粘贴到本页。`,
      );
    case 'markup':
      return readMarkup(name, bytes);
    case 'text':
      return importText(decodeText(bytes));
    case 'binary':
      return failure(
        'unknown',
        'import.unsupported-type',
        `无法识别 ${name} 的文件类型。支持的格式：Word/WPS 导出的纯文本（.txt）、网页（.html）、Excel/WPS 表格（.xlsx、.xls、.ods、.csv）。`,
      );
  }
}

/**
 * Markup is an HTML page, except Excel's "XML Spreadsheet 2003" (often named .xls): a <Workbook> in
 * the spreadsheet namespace, read by SheetJS (its <Table> is not an HTML table).
 */
function readMarkup(name: string, bytes: Uint8Array): ImportResult {
  const text = decodeText(bytes);
  const head = text.slice(0, 4096);
  if (head.includes('<Workbook') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return importSheet(name, bytes);
  }
  return importHtml(text);
}

type Magic = 'zip' | 'ole' | 'pdf' | 'markup' | 'text' | 'binary';

/** What the first bytes say the file is. */
function sniff(bytes: Uint8Array): Magic {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x50 && b1 === 0x4b && (b2 === 0x03 || b2 === 0x05 || b2 === 0x07)) return 'zip';
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) return 'ole';
  if (b0 === 0x25 && b1 === 0x50 && b2 === 0x44 && b3 === 0x46) return 'pdf'; // %PDF
  const head = decodeText(headOf(bytes));
  if (isBinaryText(head, bytes)) return 'binary';
  return head.trimStart().startsWith('<') ? 'markup' : 'text';
}

/** The first 64 KB, not cutting a UTF-8 sequence in two (that would make valid UTF-8 look like GBK). */
function headOf(bytes: Uint8Array): Uint8Array {
  let end = Math.min(bytes.length, 64 * 1024);
  if (end < bytes.length) while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * Text files have no NUL bytes (UTF-16 is recognised by its BOM and decoded before this) and almost
 * no control characters or undecodable sequences.
 */
function isBinaryText(head: string, bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && headOf(bytes).includes(0)) return true;
  let bad = 0;
  for (const ch of head) {
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) bad++;
  }
  return bad > Math.max(2, head.length * 0.02);
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table');
}

function brokenSheet(name: string): ImportResult {
  return failure('sheet', 'import.broken-file', `无法读取 ${name}：文件已损坏或不是有效的 Excel 文件。`);
}

function extensionOf(name: string): string {
  const base = name.slice(name.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} 字节`;
}
