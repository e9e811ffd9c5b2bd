export { findCandidates, suspectsFor, coefficient, type Candidate } from './suspects';
export { blankFills, filledValue, rolesOf, type BlankFill } from './blankFills';
export { typoKind } from './typo';
export { possibleSlip, type PossibleSlip } from './possibleSlip';
