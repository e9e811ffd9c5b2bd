export { previousFindings } from './previousFindings';
export { pairIdentities, pairYears, unitKey } from './pairYears';
