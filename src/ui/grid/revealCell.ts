import type Handsontable from 'handsontable/base';
import type { GridModel } from './gridModel';

/**
 * Scrolls the grid so that a cell is fully in view with a row of context above and below it (the
 * header rows and row-label columns stay fixed, so its labels are in view too). Scrolls only when
 * needed: a cell already in view with its neighbours stays where the reader's eye is.
 */
export function revealCell(hot: Handsontable, row: number, col: number, model: GridModel | null): void {
  const fixedRows = model?.fixedRowsTop ?? 0;
  const fixedCols = model?.fixedColumnsStart ?? 0;
  const rows = hot.countRows();
  const top = Math.max(fixedRows, row - 1);
  const bottom = Math.min(rows - 1, row + 1);
  const firstRow = hot.getFirstFullyVisibleRow();
  const lastRow = hot.getLastFullyVisibleRow();
  const firstCol = hot.getFirstFullyVisibleColumn();
  const lastCol = hot.getLastFullyVisibleColumn();
  const options: { row?: number; col?: number; verticalSnap?: 'top' | 'bottom'; horizontalSnap?: 'start' | 'end' } = {};
  if (row >= fixedRows) {
    if (firstRow < 0 || top < firstRow) Object.assign(options, { row: top, verticalSnap: 'top' });
    else if (bottom > lastRow) Object.assign(options, { row: bottom, verticalSnap: 'bottom' });
  }
  if (col >= fixedCols) {
    if (firstCol < 0 || col < firstCol) Object.assign(options, { col, horizontalSnap: 'start' });
    else if (col > lastCol) Object.assign(options, { col, horizontalSnap: 'end' });
  }
  if (options.row !== undefined || options.col !== undefined) hot.scrollViewportTo(options);
}
