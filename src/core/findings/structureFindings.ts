import type { StructureNote } from '../recognise';
import { fingerprint } from './fingerprint';
import type { Finding } from './types';

/**
 * Structure notes become findings. keys.md: their `cells` are [] (the label and its place are in the
 * message), except `structure.row-unreadable`, which lists the keys of the row it could not read;
 * the fingerprint adds their table and subject, so two never share one.
 */
export function structureFindings(templateId: string, notes: readonly StructureNote[]): Finding[] {
  return notes.map((n) => ({
    rule: n.code,
    fingerprint: fingerprint(templateId, n.code, [], `${n.table ?? ''}|${n.subject}`),
    severity: n.severity,
    status: 'fail' as const,
    code: n.code,
    params: n.table ? { ...n.params, table: { table: n.table } } : n.params,
    cells: n.code === 'structure.row-unreadable' ? [...(n.cells ?? [])] : [],
    suspects: [],
    table: n.table,
  }));
}
