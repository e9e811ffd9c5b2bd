import { decodeText as decode } from './decodeText';
import { extensionList, extensionOf, FILE_FORMATS, formatOfName, type Magic } from './formats';
import { importHtml } from './htmlImporter';
import type { ImportResult } from './importTypes';
import { refusal } from './importTypes';
import { importText } from './importText';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads a file the user dropped or picked, or the CLI was given. The registry (formats.ts) says which
 * extensions are read; the content confirms it (a ".xls" that is really an HTML page, as many
 * systems export, is read as HTML). PDF and Word readers load their libraries on first use, so this
 * is async. Never rejects: anything wrong comes back as an issue.
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  try {
    return await dispatch(name, bytes);
  } catch {
    // the readers are written not to throw; this is the last line of defence for the UI
    return refusal('unknown', 'import.broken-file', 'import.broken-any', { name });
  }
}

async function dispatch(name: string, bytes: Uint8Array): Promise<ImportResult> {
  if (bytes.length > MAX_FILE_BYTES) {
    return refusal('unknown', 'import.too-large', 'import.too-large', { name, size: formatSize(bytes.length), limit: formatSize(MAX_FILE_BYTES) });
  }
  if (bytes.length === 0) return refusal('unknown', 'import.empty', 'import.empty-file', { name });

  const format = formatOfName(name);
  if (format && !format.supported) return refuseFormat(name, format.id);
  const ext = extensionOf(name);
  const { magic, whole } = sniff(bytes);
  // A file of up to 64 KB was decoded whole to be sniffed: not decoded a second time.
  const decodeText = (b: Uint8Array) => (b === bytes && whole !== undefined ? whole : decode(b));
  if (magic === 'pdf' && (format?.id === 'pdf' || !format)) return readPdfFile(name, bytes);
  if (format?.id === 'pdf') return refusal('pdf', 'import.broken-file', 'import.broken-any', { name });
  // The Word reader tells a binary .doc from a password-protected .docx (both OLE files) itself.
  if (format?.id === 'docx') return readDocxFile(name, bytes);
  if (ext === 'csv') return (await sheets()).importCsv(name, bytes);
  if (format?.id === 'sheet' && ext !== 'xls' && ext !== 'et') {
    return magic === 'zip' || magic === 'ole' ? (await sheets()).importSheet(name, bytes) : brokenSheet(name);
  }
  if (ext === 'xls' || ext === 'et') {
    if (magic === 'ole' || magic === 'zip') return (await sheets()).importSheet(name, bytes);
    if (magic === 'markup') return readMarkup(name, bytes, decodeText(bytes)); // an HTML page or XML Spreadsheet 2003 saved as .xls
    if (magic === 'text') return importText(decodeText(bytes)); // TSV saved as .xls
    return brokenSheet(name);
  }
  if (format?.id === 'html') return importHtml(decodeText(bytes));
  if (format?.id === 'text') {
    const text = decodeText(bytes);
    return magic === 'markup' && looksLikeHtml(text) ? importHtml(text) : importText(text);
  }

  // unknown extension: go by content
  switch (magic) {
    case 'zip':
      return isWordZip(bytes) ? readDocxFile(name, bytes) : (await sheets()).importSheet(name, bytes);
    case 'ole':
      return (await sheets()).importSheet(name, bytes);
    case 'pdf':
      return readPdfFile(name, bytes);
    case 'markup':
      return readMarkup(name, bytes, decodeText(bytes));
    case 'text':
      return importText(decodeText(bytes));
    case 'binary':
      return refusal('unknown', 'import.unsupported-type', 'import.unknown-type', { name, formats: extensionList('zh') });
  }
}

function refuseFormat(name: string, id: string): ImportResult {
  const f = FILE_FORMATS.find((x) => x.id === id)!;
  return refusal('unknown', id === 'word-binary' ? 'import.word-binary' : 'import.unsupported-type', 'import.refused-type', {
    name,
    kind: f.name.zh,
    kindEn: f.name.en,
    advice: f.advice?.zh ?? '',
    adviceEn: f.advice?.en ?? '',
  });
}

/** SheetJS is large: loaded when a spreadsheet is read, not when the CLI or the worker starts. */
function sheets() {
  return import('./sheetImporter');
}

async function readPdfFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const { readPdf } = await import('./pdf');
  return readPdf(name, bytes);
}

async function readDocxFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const { readDocx } = await import('./docx');
  return readDocx(name, bytes);
}

/** A zip whose directory names word/document.xml (a .docx renamed, or with no extension). */
function isWordZip(bytes: Uint8Array): boolean {
  const probe = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  return probe.includes('word/document.xml');
}

/**
 * Markup is an HTML page, except Excel's "XML Spreadsheet 2003" (often named .xls): a <Workbook> in
 * the spreadsheet namespace, read by SheetJS (its <Table> is not an HTML table).
 */
async function readMarkup(name: string, bytes: Uint8Array, text: string): Promise<ImportResult> {
  const head = text.slice(0, 4096);
  if (head.includes('<Workbook') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return (await sheets()).importSheet(name, bytes);
  }
  return importHtml(text);
}


/** What the first bytes say the file is; `whole`: the text of a file short enough to be decoded whole for it. */
function sniff(bytes: Uint8Array): { magic: Magic; whole?: string } {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x50 && b1 === 0x4b && (b2 === 0x03 || b2 === 0x05 || b2 === 0x07)) return { magic: 'zip' };
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) return { magic: 'ole' };
  if (b0 === 0x25 && b1 === 0x50 && b2 === 0x44 && b3 === 0x46) return { magic: 'pdf' }; // %PDF
  const headBytes = headOf(bytes);
  const head = decode(headBytes);
  const whole = headBytes.length === bytes.length ? head : undefined;
  if (isBinaryText(head, bytes)) return { magic: 'binary', whole };
  return { magic: head.trimStart().startsWith('<') ? 'markup' : 'text', whole };
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
  // by UTF-16 unit: a character beyond the BMP (or a lone surrogate) is never one of these, so the count is the same
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) bad++;
  }
  return bad > Math.max(2, head.length * 0.02);
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table');
}

function brokenSheet(name: string): ImportResult {
  return refusal('sheet', 'import.broken-file', 'import.broken-sheet', { name });
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} B`;
}
