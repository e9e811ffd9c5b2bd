import { normalizeLabel, type NormalizedLabel } from '../labels';
import { expandGrid } from '../table/grid';
import type { CellLocation, RawTable } from '../table/types';
import { parseCellValue, type CellValue } from '../values';

/**
 * One cell of an input row, as the recogniser sees it.
 * `carried` cells stand for a rowspan from above: in exact grids they carry the anchor's text;
 * in Word's text export they are the empty cells the export writes in their place.
 */
export interface InCell {
  text: string;
  value: CellValue;
  label: NormalizedLabel;
  /** column index in the row: a real column for exact grids, the position in the line for ragged ones */
  col: number;
  colEnd: number;
  carried: boolean;
  loc: CellLocation;
}

export interface InRow {
  /** index of the input table (0-based) */
  table: number;
  /** 0-based row within its input table */
  row: number;
  geometry: RawTable['geometry'];
  cells: InCell[];
  caption?: string;
}

export function inputRows(tables: readonly RawTable[]): InRow[][] {
  return tables.map((table, t) => rowsOfTable(table, t));
}

function rowsOfTable(table: RawTable, t: number): InRow[] {
  if (!table.merges.length) return plainRows(table, t);
  const grid = expandGrid(table);
  return grid.map((gridRow, r) => {
    const cells: InCell[] = [];
    for (let c = 0; c < gridRow.length; c++) {
      const g = gridRow[c];
      // A cell covered from the left belongs to the anchor already listed; a merge carried down
      // from above is listed once per row, at its first column.
      if (!g.isAnchor && (g.anchorRow === r || c !== g.anchorCol)) continue;
      const carried = !g.isAnchor;
      const text = g.text;
      cells.push({
        text,
        value: parseCellValue(text),
        label: normalizeLabel(text),
        col: c,
        colEnd: c + g.colspan - 1,
        carried,
        loc: { table: t + 1, row: (carried ? g.anchorRow : r) + 1, col: (carried ? g.anchorCol : c) + 1 },
      });
    }
    return { table: t, row: r, geometry: table.geometry, cells, caption: r === 0 ? table.caption : undefined };
  });
}

/**
 * rowsOfTable for a table without merges (all text input): every cell is its own anchor, so the
 * rows are read straight from the table, without a grid of cells first. An exact grid's rows are
 * padded to its widest row, a ragged table's are not (as expandGrid does).
 */
function plainRows(table: RawTable, t: number): InRow[] {
  let width = 0;
  for (const r of table.rows) width = Math.max(width, r.length);
  const out: InRow[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const src = table.rows[r] ?? [];
    const n = table.geometry === 'ragged' ? src.length : width;
    const cells: InCell[] = [];
    for (let c = 0; c < n; c++) {
      const text = src[c] ?? '';
      cells.push({ text, value: parseCellValue(text), label: normalizeLabel(text), col: c, colEnd: c, carried: false, loc: { table: t + 1, row: r + 1, col: c + 1 } });
    }
    out.push({ table: t, row: r, geometry: table.geometry, cells, caption: r === 0 ? table.caption : undefined });
  }
  return out;
}

/** Real text in a cell (not a rowspan placeholder, not blank). */
export function hasText(cell: InCell): boolean {
  return !cell.carried && cell.text.trim() !== '' && cell.value.kind !== 'blank';
}
