export type { Finding, Suspect, TypoKind } from './types';
export { findingToJson, formatFinding, formatSuspect, findingTitle, templateLabels } from './formatFinding';
export { fingerprint } from './fingerprint';
export { ruleFindings } from './ruleFindings';
export { valueFindings } from './valueFindings';
export { structureFindings } from './structureFindings';
export { sortFindings } from './sortFindings';
