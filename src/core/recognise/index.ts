export { readBestFormat, type Recognition, type FormatHints } from './readBestFormat';
export type { TemplateReading } from './recogniseTemplate';
export { expectedCount, expectedKeys } from './expectedKeys';
export type { PlacedCell, StructureNote, Unplaced } from './notes';
