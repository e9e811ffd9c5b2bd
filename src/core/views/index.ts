export { cellMarks, type CellMark, type CellRole } from './cellMarks';
export { explainCell, type Relation } from './explainCell';
