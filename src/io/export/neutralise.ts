import { parseCellValue } from '../../core';

/** A number written plainly (a sign, digits, thousands separators, decimals): Excel reads it as that number. */
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** Characters that make Excel, WPS or LibreOffice read a text as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Whether a cell's text is a number as keys.md defines it and is written the way a spreadsheet reads
 * it (`-3`, `1,506`, `2.5`): such a text is exported as is, never prefixed.
 *
 * @example isPlainNumber('-3')   // true
 * @example isPlainNumber('-3件') // false (a number for keys.md, but not for Excel)
 */
export function isPlainNumber(text: string): boolean {
  const t = text.trim();
  return PLAIN_NUMBER.test(t) && parseCellValue(t).kind === 'number';
}

/**
 * A text made safe for CSV and .xlsx: one starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` unless it is a plain number.
 *
 * @example neutraliseText('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * @example neutraliseText('-3')                      // '-3'
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) && !isPlainNumber(text) ? `'${text}` : text;
}

/** A value for a spreadsheet cell: a plain number text becomes that number, any other text is neutralised, `''` is empty. */
export function sheetValue(value: string | number | null | undefined): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  if (isPlainNumber(value)) return Number(value.trim().replaceAll(',', ''));
  return neutraliseText(value);
}
