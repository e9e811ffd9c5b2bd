export { readBestFormat, type Recognition } from './readBestFormat';
export type { TemplateReading } from './recogniseTemplate';
export { genericCells } from './genericCells';
export type { PlacedCell, StructureNote, Unplaced } from './notes';
