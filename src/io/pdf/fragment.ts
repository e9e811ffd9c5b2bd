/**
 * A table as found on one page (or, after joining, over several): column edges and cells on a grid
 * of rows and columns. Cells cover the grid; a cell spanning several rows or columns is a merge.
 */
export interface GridCell {
  r0: number;
  /** exclusive */
  r1: number;
  c0: number;
  /** exclusive */
  c1: number;
  text: string;
}

export interface Fragment {
  page: number;
  /** x edges of the columns, left to right (length = columns + 1) */
  xs: number[];
  rowCount: number;
  cells: GridCell[];
  top: number;
  bottom: number;
  /** whether the columns came from ruling lines (true) or from where text sits (false) */
  ruled: boolean;
}
