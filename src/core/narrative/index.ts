export { narrativeFindings } from './narrativeFindings';
export { factsOf, type StatedFact } from './facts';
export { sentencesOf } from './sentences';
export { chineseNumber, statedNumber } from './numerals';
