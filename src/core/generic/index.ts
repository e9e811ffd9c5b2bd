export { findSums, locationOfKey, type SumRule } from './findSums';
export { sumFindings } from './sumFindings';
