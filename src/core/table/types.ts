/**
 * The table model every importer produces: a grid of raw cell strings plus merges.
 *
 * - `rows[r][c]` is the cell's text exactly as read (line breaks kept as "\n"); a cell covered by a
 *   merge holds "" and the merge's anchor holds the text.
 * - `geometry` says whether column positions can be trusted. Word's plain-text export writes one cell
 *   per line and drops colspans, so its rows have different lengths ("ragged"); HTML, TSV and
 *   spreadsheets keep real columns ("exact").
 */
export interface Merge {
  /** 0-based row of the anchor (top-left) cell */
  row: number;
  /** 0-based column of the anchor cell */
  col: number;
  rowspan: number;
  colspan: number;
}

export type Geometry = 'exact' | 'ragged';

export interface RawTable {
  /** `T1`, `T2`, … for text and HTML input; the sheet name for spreadsheets */
  name: string;
  rows: string[][];
  merges: Merge[];
  geometry: Geometry;
  /** the narrative line just before the table, e.g. `三、收到和处理政府信息公开申请情况` */
  caption?: string;
}

/** Where a cell sat in the input, 1-based, as in the CLI's `locations`. */
export interface CellLocation {
  table: number;
  row: number;
  col: number;
}
