import type { Merge } from '../core/table/types';

/** One `<td>`/`<th>` as written: its text and its spans (already sanitised to ≥ 1). */
export interface CellSpec {
  text: string;
  rowspan: number;
  colspan: number;
}

export interface TableLayout {
  rows: string[][];
  merges: Merge[];
  /** true when the table was cut to the limits below (hostile or absurd input) */
  truncated: boolean;
}

/** The widest grid we build; the HTML spec caps a single colspan at 1000 too. */
export const MAX_COLUMNS = 1000;
/** rows × columns of one table; beyond this the bottom rows are dropped */
const MAX_CELLS = 2_000_000;
/** occupancy marks per table, so that overlapping spans in hostile input cannot make us quadratic */
const MAX_MARKS = 4_000_000;

/**
 * Places cells on a grid the way browsers do: each cell goes to the first column of its row not
 * already covered by a rowspan from above, so a cell that follows a rowspan shifts right. A rowspan
 * reaching past the last row is cut at the last row. Anchors hold the text, covered positions "".
 */
export function layoutTable(specRows: CellSpec[][]): TableLayout {
  const height = specRows.length;
  const occupied: boolean[][] = [];
  for (let r = 0; r < height; r++) occupied.push([]);
  const anchors: { row: number; col: number; spec: CellSpec; rowspan: number; colspan: number }[] = [];
  let width = 0;
  let marks = 0;
  let truncated = false;

  rows: for (let r = 0; r < height; r++) {
    let col = 0;
    for (const spec of specRows[r]) {
      while (occupied[r][col]) col++;
      if (col >= MAX_COLUMNS) {
        truncated = true;
        break;
      }
      const rowspan = Math.min(spec.rowspan, height - r);
      let colspan = spec.colspan;
      if (col + colspan > MAX_COLUMNS) {
        colspan = MAX_COLUMNS - col;
        truncated = true;
      }
      marks += rowspan * colspan;
      if (marks > MAX_MARKS) {
        truncated = true;
        break rows;
      }
      for (let rr = r; rr < r + rowspan; rr++) {
        const line = occupied[rr];
        for (let cc = col; cc < col + colspan; cc++) line[cc] = true;
      }
      anchors.push({ row: r, col, spec, rowspan, colspan });
      width = Math.max(width, col + colspan);
      col += colspan;
    }
  }

  let keptRows = height;
  if (width > 0 && height * width > MAX_CELLS) {
    keptRows = Math.floor(MAX_CELLS / width);
    truncated = true;
  }
  const rows: string[][] = [];
  for (let r = 0; r < keptRows; r++) rows.push(new Array<string>(width).fill(''));
  const merges: Merge[] = [];
  for (const a of anchors) {
    if (a.row >= keptRows) continue;
    rows[a.row][a.col] = a.spec.text;
    const rowspan = Math.min(a.rowspan, keptRows - a.row);
    if (rowspan > 1 || a.colspan > 1) merges.push({ row: a.row, col: a.col, rowspan, colspan: a.colspan });
  }
  return { rows, merges, truncated };
}
