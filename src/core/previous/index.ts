export { previousFindings } from './previousFindings';
