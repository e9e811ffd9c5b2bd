export { normalizeLabel, type NormalizedLabel } from './normalizeLabel';
export { labelSimilarity } from './similarity';
export { toSimplified } from './simplified';
