import type { ImportResult } from './importTypes';

/**
 * Reads tab-separated text as Excel and WPS put it on the clipboard: one row per line, a cell that
 * holds a tab, a line break or a quote is wrapped in double quotes with "" for a quote. Merged cells
 * arrive as the value followed by empty cells, so the result is one 'exact' table without merges.
 */
export function importTsv(text: string): ImportResult {
  const rows = parseTsv(text);
  if (rows.length === 0) return { format: 'tsv', tables: [], narrative: [], issues: [] };
  return { format: 'tsv', tables: [{ name: 'T1', rows, merges: [], geometry: 'exact' }], narrative: [], issues: [] };
}

/** Splits TSV into rows of cells, padded to equal width; blank lines at the end are dropped. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;

  const isLineEnd = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';
  const skipLineEnd = (): void => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
  };

  while (i < n) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
      // Excel never writes anything between the closing quote and the separator; keep stray text anyway
      let j = i;
      while (j < n && text[j] !== '\t' && !isLineEnd(text[j])) j++;
      cell += text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && !isLineEnd(text[j])) j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === '\t') {
      i++;
      if (i >= n) row.push(''); // a final tab still opens an (empty) last cell
    } else {
      skipLineEnd();
      rows.push(row);
      row = [];
    }
  }
  // `row` is empty only when the text ended with a line break (or was empty): that line is not a row
  if (row.length > 0) rows.push(row);
  // blank lines at the end (no tab, no text) are not rows either
  while (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0].trim() === '') rows.pop();

  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

/**
 * A quoted cell starting at `start` (which holds `"`). Returns null when the quote is never closed:
 * then the cell was not quoted by Excel but merely begins with a quote, and is read literally.
 */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const q = text.indexOf('"', i);
    if (q < 0) return null;
    value += text.slice(i, q);
    if (text[q + 1] === '"') {
      value += '"';
      i = q + 2;
    } else {
      return { value: value.replace(/\r\n?/g, '\n'), end: q + 1 };
    }
  }
  return null;
}
