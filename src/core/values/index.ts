export { parseCellValue, normalizeCellText, type CellValue } from './parseCellValue';
