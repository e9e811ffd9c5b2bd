export { findCandidates, suspectsFor, type Candidate } from './suspects';
export { coefficient, rolesOf, blankTotal, blankAnyTotal, totalCells } from './linear';
export { blankFills, filledValue, type BlankFill } from './blankFills';
export { typoKind } from './typo';
export { possibleSlip, type PossibleSlip } from './possibleSlip';
export { certainByCover } from './cover';
