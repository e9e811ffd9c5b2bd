export { findCandidates, suspectsFor, coefficient, type Candidate } from './suspects';
export { blankFills, filledValue, rolesOf, type BlankFill } from './blankFills';
