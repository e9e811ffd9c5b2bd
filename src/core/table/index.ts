export type { Merge, Geometry, RawTable, CellLocation } from './types';
export { expandGrid, columnLetters, type GridCell } from './grid';
