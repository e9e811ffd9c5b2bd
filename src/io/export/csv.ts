import { isPlainNumber, neutraliseText } from './neutralise';

export type CsvValue = string | number | null | undefined;

/**
 * A CSV document for Excel and WPS: a UTF-8 BOM (so Excel reads the Chinese), CRLF line ends.
 * Numbers, and texts that are plain numbers (`-3`), are written as they are; every other text is
 * quoted and neutralised (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`).
 */
export function csvDocument(rows: readonly (readonly CsvValue[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (isPlainNumber(value) && !value.includes(',')) return value.trim();
  return `"${neutraliseText(value).replaceAll('"', '""')}"`;
}
