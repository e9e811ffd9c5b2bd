import type { Merge, RawTable } from '../../core/table/types';
import type { Fragment, GridCell } from './fragment';
import { cluster } from './rulingTables';
import { joinWrapped } from './joinText';

const EDGE_TOL = 4; // points: a continued table keeps its left and right edges

/** Whether `next` (first thing on its page) continues `prev` (last thing on the page before). */
export function continues(prev: Fragment, next: Fragment): boolean {
  if (next.page !== prev.page + 1 || prev.ruled !== next.ruled) return false;
  // columns found from text positions shift with their content: same number of columns suffices
  if (!prev.ruled) return prev.xs.length === next.xs.length;
  return (
    Math.abs(prev.xs[0] - next.xs[0]) <= EDGE_TOL &&
    Math.abs(prev.xs[prev.xs.length - 1] - next.xs[next.xs.length - 1]) <= EDGE_TOL
  );
}

/**
 * Appends a table's continuation on the next page: the columns of both are put on common edges,
 * header rows repeated at the top of the continuation are dropped, and a merged label cell cut by
 * the page break (Word prints the rest of `（四）无法提供` under the break) is joined back.
 */
export function appendContinuation(prev: Fragment, next: Fragment): Fragment {
  const xs = cluster([...prev.xs, ...next.xs], EDGE_TOL);
  const a = regrid(prev, xs);
  let b = regrid(next, xs);
  b = dropRepeatedHeader(a, b);
  const offset = a.rowCount;
  const cells = [...a.cells];
  const joined = new Set<GridCell>();
  // cells of the continuation's first row, left to right, joined while the cell above continues
  const firstRow = b.cells.filter((c) => c.r0 === 0).sort((p, q) => p.c0 - q.c0);
  for (const cell of firstRow) {
    const above = a.cells.find((c) => c.r1 === a.rowCount && c.c0 === cell.c0 && c.c1 === cell.c1);
    if (!above || !cutByBreak(above, cell)) break;
    above.r1 = offset + cell.r1;
    above.text = joinWrapped([above.text, cell.text]);
    joined.add(cell);
  }
  for (const cell of b.cells) if (!joined.has(cell)) cells.push({ ...cell, r0: cell.r0 + offset, r1: cell.r1 + offset });
  return { ...a, xs, cells, rowCount: a.rowCount + b.rowCount, bottom: next.bottom };
}

/** A label cell that spans rows on either side of the break, or holds no text on one side, goes on across it. */
function cutByBreak(above: GridCell, below: GridCell): boolean {
  if (!above.text || !below.text) return true;
  return above.r1 - above.r0 > 1 || below.r1 - below.r0 > 1;
}

function regrid(f: Fragment, xs: number[]): Fragment {
  const col = (x: number) => nearestIndex(xs, x);
  return { ...f, xs, cells: f.cells.map((c) => ({ ...c, c0: col(f.xs[c.c0]), c1: col(f.xs[c.c1]) })) };
}

function dropRepeatedHeader(a: Fragment, b: Fragment): Fragment {
  let rows = 0;
  while (rows < Math.min(a.rowCount, b.rowCount - 1) && sameRows(a, b, rows + 1)) rows++;
  if (!rows) return b;
  const cells = b.cells.filter((c) => c.r0 >= rows).map((c) => ({ ...c, r0: c.r0 - rows, r1: c.r1 - rows }));
  return { ...b, cells, rowCount: b.rowCount - rows };
}

/** The first `n` rows of both hold the same cells with the same text (and contain some text). */
function sameRows(a: Fragment, b: Fragment, n: number): boolean {
  const key = (f: Fragment) =>
    f.cells
      .filter((c) => c.r0 < n)
      .map((c) => `${c.r0},${Math.min(c.r1, n)},${c.c0},${c.c1}:${c.text}`)
      .sort()
      .join('|');
  const ka = key(a);
  // a row cut from a taller cell differs from the whole row: compare only rows that end inside n
  const closed = (f: Fragment) => f.cells.filter((c) => c.r0 < n).every((c) => c.r1 <= n);
  return closed(a) && closed(b) && ka === key(b) && b.cells.some((c) => c.r0 < n && c.text);
}

function nearestIndex(xs: number[], x: number): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) best = i;
  return best;
}

/** A fragment as the importers' table model: anchor cells hold the text, merges the spans. */
export function toRawTable(f: Fragment, name: string, caption: string | undefined): RawTable {
  const cols = f.xs.length - 1;
  const rows = Array.from({ length: f.rowCount }, () => new Array<string>(cols).fill(''));
  const merges: Merge[] = [];
  for (const c of [...f.cells].sort((p, q) => p.r0 - q.r0 || p.c0 - q.c0)) {
    if (c.r1 <= c.r0 || c.c1 <= c.c0) continue;
    rows[c.r0][c.c0] = c.text;
    if (c.r1 - c.r0 > 1 || c.c1 - c.c0 > 1) merges.push({ row: c.r0, col: c.c0, rowspan: c.r1 - c.r0, colspan: c.c1 - c.c0 });
  }
  // rows left with no text at all (a line drawn only to close a page's part of a table) go
  const keep = rows.map((row, r) => row.some((t) => t) || merges.some((m) => m.row === r));
  const table: RawTable = { name, rows, merges, geometry: 'exact' };
  if (caption !== undefined) table.caption = caption;
  return keep.every(Boolean) ? table : dropRows(table, keep);
}

function dropRows(t: RawTable, keep: boolean[]): RawTable {
  const newIndex: number[] = [];
  let n = 0;
  for (const k of keep) newIndex.push(k ? n++ : -1);
  const merges: Merge[] = [];
  for (const m of t.merges) {
    const kept = keep.slice(m.row, m.row + m.rowspan).filter(Boolean).length;
    if (newIndex[m.row] < 0 || kept === 0) continue;
    if (kept > 1 || m.colspan > 1) merges.push({ ...m, row: newIndex[m.row], rowspan: kept });
  }
  return { ...t, rows: t.rows.filter((_, r) => keep[r]), merges };
}
