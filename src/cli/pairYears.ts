/** Moved to the engine (the page pairs a batch's reports the same way); kept here for the CLI's imports. */
export { pairIdentities, pairYears, unitKey } from '../core/previous/pairYears';
