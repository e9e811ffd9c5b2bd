export { findCandidates, suspectsFor, type Candidate } from './suspects';
export { rolesOf } from './linear';
export { blankFills, withBlanksFilled, type BlankFill } from './blankFills';
export { typoKind } from './typo';
export { possibleSlip, type PossibleSlip } from './possibleSlip';
export { certainByCover } from './cover';
export { locateSuspects } from './locateSuspects';
