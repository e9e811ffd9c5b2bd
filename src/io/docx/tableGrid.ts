import type { Merge } from '../../core/table/types';
import type { DocxCell, DocxTable } from './documentReader';

export interface GridLayout {
  rows: string[][];
  merges: Merge[];
  /** cut to the limits below (hostile or absurd input) */
  truncated: boolean;
}

/** the same limits as the HTML reader's layout */
export const MAX_COLUMNS = 1000;
const MAX_CELLS = 2_000_000;

interface Anchor {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  text: string;
}

/**
 * Places Word's cells on the table grid. Unlike HTML, a Word row says where its cells sit: it skips
 * `gridBefore` grid columns, each cell covers `gridSpan` of them, and `gridAfter` columns stay empty
 * at its end. A vertical merge is a `w:vMerge` restart cell with `continue` cells below it at the
 * same grid columns; Word shows only the restart cell's content, so a continue cell's own text is
 * dropped. Tracked deletions of rows and cells are applied (changes read as accepted).
 */
export function layoutDocxTable(table: DocxTable): GridLayout {
  const rows = table.rows.filter((r) => !r.deleted);
  const anchors: Anchor[] = [];
  /** the anchor that a `continue` cell starting at this grid column would extend */
  const openAt = new Map<number, Anchor>();
  let width = table.gridColumns;
  let truncated = false;

  rows.forEach((row, r) => {
    let col = row.gridBefore;
    for (const cell of joinHorizontalMerges(row.cells)) {
      if (col >= MAX_COLUMNS) {
        truncated = true;
        break;
      }
      let colspan = cell.colspan;
      if (col + colspan > MAX_COLUMNS) {
        colspan = MAX_COLUMNS - col;
        truncated = true;
      }
      const above = openAt.get(col);
      if (cell.vMerge === 'continue' && above && above.colspan === colspan && above.row + above.rowspan === r) {
        above.rowspan++;
      } else {
        const anchor: Anchor = { row: r, col, rowspan: 1, colspan, text: cellText(cell) };
        anchors.push(anchor);
        // a continue cell with nothing to continue (the merge above was broken) starts a merge itself
        if (cell.vMerge) openAt.set(col, anchor);
        else openAt.delete(col);
      }
      col += colspan;
    }
    width = Math.max(width, Math.min(MAX_COLUMNS, col + row.gridAfter));
  });

  let height = rows.length;
  if (width > 0 && height * width > MAX_CELLS) {
    height = Math.floor(MAX_CELLS / width);
    truncated = true;
  }
  const grid: string[][] = [];
  for (let r = 0; r < height; r++) grid.push(new Array<string>(width).fill(''));
  const merges: Merge[] = [];
  for (const a of anchors) {
    if (a.row >= height) continue;
    grid[a.row][a.col] = a.text;
    const rowspan = Math.min(a.rowspan, height - a.row);
    if (rowspan > 1 || a.colspan > 1) merges.push({ row: a.row, col: a.col, rowspan, colspan: a.colspan });
  }
  return { rows: grid, merges, truncated };
}

/**
 * Drops cells deleted by tracked changes and folds legacy `w:hMerge` continue cells into the cell on
 * their left (older Word and some converters write horizontal merges that way instead of gridSpan).
 */
function joinHorizontalMerges(cells: DocxCell[]): DocxCell[] {
  const out: DocxCell[] = [];
  for (const cell of cells) {
    if (cell.deleted) continue;
    const left = out[out.length - 1];
    if (cell.hMergeContinue && left) {
      out[out.length - 1] = { ...left, colspan: left.colspan + cell.colspan };
    } else out.push(cell);
  }
  return out;
}

/**
 * A cell's paragraphs joined with "\n", as Word shows them; the empty paragraphs Word leaves at a
 * cell's start or end (every cell has at least one paragraph) are not part of its text.
 */
export function cellText(cell: DocxCell): string {
  const p = cell.paragraphs;
  let start = 0;
  let end = p.length;
  while (start < end && p[start] === '') start++;
  while (end > start && p[end - 1] === '') end--;
  return p.slice(start, end).join('\n');
}
