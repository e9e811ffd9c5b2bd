export { CATALOGUE, formatMessage, type MessageCode, type MessageParams, type Lang } from './catalogue';
export { formatNumber, formatDiff } from './numbers';
