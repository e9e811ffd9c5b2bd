import { normalizeLabel } from '../labels';
import { columnLetters, expandGrid } from '../table/grid';
import type { RawTable } from '../table/types';
import { parseCellValue } from '../values';

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

export function findSums(tables: readonly RawTable[]): SumRule[] {
  return tables.flatMap((t) => sumsOf(t));
}

function sumsOf(table: RawTable): SumRule[] {
  if (table.rows.length > 2000) return []; // a list, not a table with totals: reading it costs time
  const grid = expandGrid(table).map((row) => row.map((c) => c.text));
  const numeric = grid.map((row) => row.map((t) => parseCellValue(t).kind === 'number'));
  const firstData = numeric.findIndex((row) => row.some(Boolean));
  if (firstData < 0) return [];
  const key = (r: number, c: number) => `${table.name}!${columnLetters(c)}${r + 1}`;
  const width = Math.max(...grid.map((r) => r.length));
  // labels as written (for messages); tests run on their normalised core (`合 计（万元）` is 合计)
  const rowLabel = (r: number) => grid[r].find((t, c) => t.trim() && !numeric[r][c])?.trim() ?? '';
  const colLabel = (c: number) => {
    for (let r = firstData - 1; r >= 0; r--) {
      const t = grid[r]?.[c]?.trim();
      if (t && !numeric[r][c]) return t;
    }
    return '';
  };
  const is = (re: RegExp, label: string) => re.test(normalizeLabel(label).core);
  const blank = (r: number, c: number) => parseCellValue(grid[r][c] ?? '').kind === 'blank';
  const out: SumRule[] = [];

  // Rows: blocks of detail rows closed by 小计, 合计 over the 小计 of its block (or its detail rows).
  const dataRows: number[] = [];
  for (let r = firstData; r < grid.length; r++) if (numeric[r].some(Boolean) || rowLabel(r)) dataRows.push(r);
  let details: number[] = [];
  let subtotals: number[] = [];
  dataRows.forEach((r, i) => {
    const label = rowLabel(r);
    if (is(AMONG, label)) return;
    if (!is(TOTAL, label)) {
      details.push(r);
      return;
    }
    let parts = is(SUBTOTAL, label) ? details : subtotals.length ? [...subtotals, ...details] : details;
    // A total printed first (budget tables often put 合计 at the top): its parts are the rows below it.
    if (!parts.length && !is(SUBTOTAL, label)) {
      parts = [];
      for (const below of dataRows.slice(i + 1)) {
        const l = rowLabel(below);
        if (is(TOTAL, l)) break;
        if (!is(AMONG, l)) parts.push(below);
      }
    }
    if (is(SUBTOTAL, label)) subtotals.push(r);
    else subtotals = [];
    details = [];
    for (let c = 0; c < width; c++) {
      // a blank total over parts with numbers is a relationship too (the audit says what it should be)
      if (!(numeric[r][c] || blank(r, c)) || !parts.some((p) => numeric[p][c])) continue;
      out.push({ id: `totals.row.${key(r, c)}`, kind: 'row', total: key(r, c), parts: parts.map((p) => key(p, c)), label: joinLabels(label, colLabel(c)) });
    }
  });

  // Columns: a 合计 column sums the value columns since the row labels or the previous total column.
  let start = -1;
  for (let c = 0; c < width; c++) {
    const label = colLabel(c);
    if (!is(TOTAL, label)) {
      if (start < 0 && dataRows.some((r) => numeric[r][c])) start = c;
      continue;
    }
    const cols: number[] = [];
    for (let p = Math.max(start, 0); p < c; p++) if (!is(AMONG, colLabel(p)) && dataRows.some((r) => numeric[r][p])) cols.push(p);
    start = c + 1;
    if (!cols.length) continue;
    for (const r of dataRows) {
      if (!(numeric[r][c] || (blank(r, c) && cols.some((p) => numeric[r][p]))) || is(AMONG, rowLabel(r))) continue;
      out.push({ id: `totals.column.${key(r, c)}`, kind: 'column', total: key(r, c), parts: cols.map((p) => key(r, p)), label: joinLabels(rowLabel(r), label) });
    }
  }
  return out;
}

function joinLabels(a: string, b: string): string {
  return [a, b].filter(Boolean).join('·');
}

/** Where an A1 key (`T2!C4`) of a plain table sat in the input, 1-based (tables in input order). */
export function locationOfKey(key: string, tableNames: readonly string[]): { table: number; row: number; col: number } | undefined {
  const m = /^(.*)!([A-Z]+)(\d+)$/.exec(key);
  if (!m) return undefined;
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { table: tableNames.indexOf(m[1]) + 1, row: Number(m[3]), col };
}
