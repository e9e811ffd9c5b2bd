import { normalizeLabel } from '../labels';
import { columnLetters, expandGrid } from '../table/grid';
import type { RawTable } from '../table/types';
import { parseCellValue, type CellValue } from '../values';

/**
 * A relationship found in a table that is no report, by its labels alone: a 合计/总计/小计 row sums
 * the rows of its block, a 合计 column the columns before it. The data never decides which cells are
 * summed (that is what the audit checks). Keys are A1-style with the table (`T1!B7`, keys.md).
 */
export interface SumRule {
  /** `totals.row.T1!B7` (a total row's cell) or `totals.column.T1!F3` (a total column's cell) */
  id: string;
  kind: 'row' | 'column';
  total: string;
  parts: string[];
  /** the total's own label and the column or row it is in, as the input wrote them: `合计·决算数` */
  label: string;
}

const TOTAL = /^(合计|总计|小计|共计|总数|合计数|总计数)$/;
const SUBTOTAL = /^小计$/;
/** `其中：…` rows and columns are parts of the line before them, not parts of the total. */
const AMONG = /^其中/;

/** `scans`: a table's grid scan when its caller made it already (plainCells: a table without merges). */
export function findSums(tables: readonly RawTable[], scans?: readonly (GridScan | undefined)[]): SumRule[] {
  return tables.flatMap((t, i) => sumsOf(t, scans?.[i]));
}

const OTHER = 0;
export const NUMBER = 1;
const BLANK = 2;
/** past the end of a short row: no cell (blank, but no label) */
export const NONE = 3;

/**
 * A grid's cells by kind (row-major, `width` to a row: OTHER, NUMBER, BLANK, NONE past a short row's
 * end), whether each row has a number, and each row's label as written (its first text that is no
 * number, trimmed).
 */
export interface GridScan {
  width: number;
  kinds: Uint8Array;
  hasNumber: boolean[];
  rowLabels: string[];
}

/**
 * Linear in the table's cells (a list of 10,000 rows with a 合计 row is checked too): each cell's
 * kind and each row's label are worked out in one pass, each column's label once, and the
 * relationships are then read off them.
 */
function sumsOf(table: RawTable, scan?: GridScan): SumRule[] {
  // Merges copy their anchor's text over the cells they cover; without merges the rows are the grid.
  const grid: readonly (readonly string[])[] = table.merges.length ? expandGrid(table).map((row) => row.map((c) => c.text)) : table.rows;
  const height = grid.length;
  // labels as written (for messages); tests run on their normalised core (`合 计（万元）` is 合计)
  const { width, kinds, hasNumber, rowLabels } = scan ?? scanGrid(grid);
  const numeric = (r: number, c: number) => kinds[r * width + c] === NUMBER;
  const blank = (r: number, c: number) => kinds[r * width + c] >= BLANK;
  const firstData = hasNumber.indexOf(true);
  if (firstData < 0) return [];
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const key = (r: number, c: number) => `${table.name}!${letters[c]}${r + 1}`;
  const colLabels = letters.map((_, c) => {
    for (let r = firstData - 1; r >= 0; r--) {
      const t = grid[r][c]?.trim();
      if (t && !numeric(r, c)) return t;
    }
    return '';
  });
  // (no label is none of them: a long list's unlabelled rows are not normalised one by one)
  const is = (re: RegExp, label: string) => label !== '' && re.test(normalizeLabel(label).core);
  const rowTotal = rowLabels.map((l) => is(TOTAL, l));
  const rowAmong = rowLabels.map((l) => is(AMONG, l));
  const out: SumRule[] = [];

  // Rows: blocks of detail rows closed by 小计, 合计 over the 小计 of its block (or its detail rows).
  const dataRows: number[] = [];
  for (let r = firstData; r < height; r++) if (hasNumber[r] || rowLabels[r]) dataRows.push(r);
  let details: number[] = [];
  let subtotals: number[] = [];
  dataRows.forEach((r, i) => {
    const label = rowLabels[r];
    if (rowAmong[r]) return;
    if (!rowTotal[r]) {
      details.push(r);
      return;
    }
    const subtotal = is(SUBTOTAL, label);
    let parts = subtotal ? details : subtotals.length ? [...subtotals, ...details] : details;
    // A total printed first (budget tables often put 合计 at the top): its parts are the rows below it.
    if (!parts.length && !subtotal) {
      parts = [];
      for (let j = i + 1; j < dataRows.length; j++) {
        const below = dataRows[j];
        if (rowTotal[below]) break;
        if (!rowAmong[below]) parts.push(below);
      }
    }
    if (subtotal) subtotals.push(r);
    else subtotals = [];
    details = [];
    for (let c = 0; c < width; c++) {
      // a blank total over parts with numbers is a relationship too (the audit says what it should be)
      if (!(numeric(r, c) || blank(r, c)) || !parts.some((p) => numeric(p, c))) continue;
      out.push({ id: `totals.row.${key(r, c)}`, kind: 'row', total: key(r, c), parts: parts.map((p) => key(p, c)), label: joinLabels(label, colLabels[c]) });
    }
  });

  // Columns: a 合计 column sums the value columns since the row labels or the previous total column.
  const colHasNumber = letters.map((_, c) => dataRows.some((r) => numeric(r, c)));
  let start = -1;
  for (let c = 0; c < width; c++) {
    const label = colLabels[c];
    if (!is(TOTAL, label)) {
      if (start < 0 && colHasNumber[c]) start = c;
      continue;
    }
    const cols: number[] = [];
    for (let p = Math.max(start, 0); p < c; p++) if (!is(AMONG, colLabels[p]) && colHasNumber[p]) cols.push(p);
    start = c + 1;
    if (!cols.length) continue;
    for (const r of dataRows) {
      if (!(numeric(r, c) || (blank(r, c) && cols.some((p) => numeric(r, p)))) || rowAmong[r]) continue;
      out.push({ id: `totals.column.${key(r, c)}`, kind: 'column', total: key(r, c), parts: cols.map((p) => key(r, p)), label: joinLabels(rowLabels[r], label) });
    }
  }
  return out;
}

/** A cell's kind as a GridScan writes it. */
export function kindCode(kind: CellValue['kind']): number {
  return kind === 'number' ? NUMBER : kind === 'blank' ? BLANK : OTHER;
}

/** A row's label as written so far, after a cell that is no number: its first text, trimmed. */
export function labelAfter(label: string, text: string): string {
  return label || text.trim();
}

/** The grid's GridScan (plainCells makes the same while collecting a plain table's numbers). */
function scanGrid(grid: readonly (readonly string[])[]): GridScan {
  const height = grid.length;
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  const kinds = new Uint8Array(height * width).fill(NONE);
  const hasNumber: boolean[] = [];
  const rowLabels: string[] = [];
  for (let r = 0; r < height; r++) {
    const row = grid[r];
    let label = '';
    let number = false;
    for (let c = 0; c < row.length; c++) {
      const t = row[c] ?? '';
      const kind = parseCellValue(t).kind;
      kinds[r * width + c] = kindCode(kind);
      if (kind === 'number') number = true;
      else label = labelAfter(label, t);
    }
    hasNumber.push(number);
    rowLabels.push(label);
  }
  return { width, kinds, hasNumber, rowLabels };
}

function joinLabels(a: string, b: string): string {
  return [a, b].filter(Boolean).join('·');
}

/** Where an A1 key (`T2!C4`) of a plain table sat in the input, 1-based (tables in input order). */
export function locationOfKey(key: string, tableNames: readonly string[]): { table: number; row: number; col: number } | undefined {
  // read from the end (a sheet's name may hold `!`): digits, then capitals, then `!` — once per cell of a big table
  let i = key.length - 1;
  let row = 0;
  for (let scale = 1; i >= 0 && key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57; i--, scale *= 10) row += (key.charCodeAt(i) - 48) * scale;
  const digits = key.length - 1 - i;
  if (!digits) return undefined;
  const lettersEnd = i;
  while (i >= 0 && key.charCodeAt(i) >= 65 && key.charCodeAt(i) <= 90) i--;
  if (i === lettersEnd || i < 0 || key.charCodeAt(i) !== 33) return undefined;
  let col = 0;
  for (let j = i + 1; j <= lettersEnd; j++) col = col * 26 + key.charCodeAt(j) - 64;
  const table = key.slice(0, i);
  if (/[\n\r\u2028\u2029]/.test(table)) return undefined; // as /^(.*)!/ would not read it
  return { table: tableNames.indexOf(table) + 1, row: digits > 15 ? Number(key.slice(lettersEnd + 1)) : row, col };
}
