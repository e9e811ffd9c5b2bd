export type { Finding, Suspect } from './types';
export { findingToJson } from './types';
export { fingerprint } from './fingerprint';
export { ruleFindings } from './ruleFindings';
export { valueFindings } from './valueFindings';
export { structureFindings } from './structureFindings';
export { sortFindings } from './sortFindings';
