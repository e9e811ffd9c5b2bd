import { formatMessage } from '../messages';
import type { StructureNote } from '../recognise';
import { fingerprint } from './fingerprint';
import type { Finding } from './types';

/** Structure notes become warnings (or info) with no cells; the label and its place are in the message. */
export function structureFindings(templateId: string, notes: readonly StructureNote[]): Finding[] {
  return notes.map((n) => ({
    rule: n.code,
    fingerprint: fingerprint(templateId, n.code, [], n.subject),
    severity: n.severity,
    status: 'fail',
    message: formatMessage(n.code, n.params),
    code: n.code,
    params: n.params,
    cells: [],
    suspects: [],
    table: n.table,
  }));
}
