export { previousFindings } from './previousFindings';
export { pairYears, unitKey } from './pairYears';
