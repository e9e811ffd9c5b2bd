export type * from './types';
export { keyToSymbol, templateKeys, cellLabel, findCell } from './keys';
