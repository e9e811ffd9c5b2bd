export { parseCellValue, normalizeCellText, looksLikeValue, type CellValue } from './parseCellValue';
