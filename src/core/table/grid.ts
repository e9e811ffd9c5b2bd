import type { Merge, RawTable } from './types';

/** For each cell of a table, the merge it belongs to (if any) and whether it is that merge's anchor. */
export interface GridCell {
  text: string;
  anchorRow: number;
  anchorCol: number;
  rowspan: number;
  colspan: number;
  isAnchor: boolean;
}

/**
 * Expands merges so that every covered position points at its anchor's text.
 * Rows are padded to the widest row; ragged tables are returned as they are (no padding).
 */
export function expandGrid(table: RawTable): GridCell[][] {
  // Loops, not Math.max(...spread): a table of 200,000 rows would overflow the call stack.
  let width = 0;
  for (const r of table.rows) width = Math.max(width, r.length);
  let height = table.rows.length;
  for (const m of table.merges) {
    width = Math.max(width, m.col + m.colspan);
    height = Math.max(height, m.row + m.rowspan);
  }
  const out: GridCell[][] = [];
  for (let r = 0; r < height; r++) {
    const src = table.rows[r] ?? [];
    const n = table.geometry === 'ragged' ? src.length : width;
    const row: GridCell[] = [];
    for (let c = 0; c < n; c++) {
      row.push({ text: src[c] ?? '', anchorRow: r, anchorCol: c, rowspan: 1, colspan: 1, isAnchor: true });
    }
    out.push(row);
  }
  for (const m of table.merges) applyMerge(out, m);
  return out;
}

function applyMerge(grid: GridCell[][], m: Merge): void {
  const text = grid[m.row]?.[m.col]?.text ?? '';
  for (let r = m.row; r < m.row + m.rowspan; r++) {
    for (let c = m.col; c < m.col + m.colspan; c++) {
      const cell = grid[r]?.[c];
      if (!cell) continue;
      cell.text = text;
      cell.anchorRow = m.row;
      cell.anchorCol = m.col;
      cell.rowspan = m.rowspan;
      cell.colspan = m.colspan;
      cell.isAnchor = r === m.row && c === m.col;
    }
  }
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
