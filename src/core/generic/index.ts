export { findSums, type SumRule } from './findSums';
export { sumFindings } from './sumFindings';
