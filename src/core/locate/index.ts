export { findCandidates, suspectsFor, coefficient, type Candidate } from './suspects';
