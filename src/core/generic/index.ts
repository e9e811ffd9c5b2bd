export { findSums, locationOfKey, type GridScan, type SumRule } from './findSums';
export { addCell, keyCount, keysOf, plainCells, plainCellsOf, plainValuesOf, rawMap, valueCount, withLazyMaps, withLazyRaw, type PlainCells } from './plainCells';
export { sumFindings } from './sumFindings';
