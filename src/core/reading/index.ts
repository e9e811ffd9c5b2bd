export type { Reading, ReadingHints } from './types';
export { recognise } from './recognise';
export { expectedCells } from './expectedCells';
export { reportIdentity } from './reportIdentity';
