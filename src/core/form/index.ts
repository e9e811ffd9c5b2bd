export { formFindings } from './formFindings';
export { rulemakingBody } from './rulemakingBody';
export { sectionsMissing } from './sections';
export type { Rulemakers } from './types';
