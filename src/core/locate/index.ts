export { findCandidates, suspectsFor, type Candidate } from './suspects';
export { coefficient, rolesOf, blankTotal, blankAnyTotal, totalCells, linearValue } from './linear';
export { blankFills, filledValue, type BlankFill } from './blankFills';
export { typoKind } from './typo';
export { possibleSlip, type PossibleSlip } from './possibleSlip';
export { certainByCover } from './cover';
export { locateSuspects } from './locateSuspects';
