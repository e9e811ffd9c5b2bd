export { CATALOGUE, type MessageCode, type Lang } from './catalogue';
export type { MessageParams, Param, Term, TermsParam } from './params';
export { formatMessage, fillTemplate, renderParam, renderTerms, PLAIN_LABELS, type Labels } from './format';
export { formatNumber, formatDiff } from './numbers';
