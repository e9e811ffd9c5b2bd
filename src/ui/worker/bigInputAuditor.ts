import type { BigInputAuditor } from '../state/bigInput';
import type { ReadClient } from './readClient';

/** The workspace's big-input auditor, in the page's reading worker. */
export function bigInputAuditor(reader: ReadClient): BigInputAuditor {
  return {
    audit: (job) => reader.auditPlain(job).then((o) => (o.kind === 'plain' ? o.answer : 'failed')),
    edit: (doc, changes) => reader.editPlain(doc, changes).then((o) => (o.kind === 'plain' ? o.answer : 'failed')),
  };
}
