export { recognise, type Recognition } from './recognise';
export type { TemplateReading } from './recogniseTemplate';
export { genericCells } from './genericCells';
export type { PlacedCell, StructureNote, Unplaced } from './notes';
