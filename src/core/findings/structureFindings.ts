import type { MessageCode } from '../messages';
import type { StructureNote } from '../recognise';
import { fingerprint } from './fingerprint';
import type { Finding } from './types';

/** Notes said once per table, however many columns or rows they are about (a reviewer needs one line). */
const GROUPED: Partial<Record<StructureNote['code'], MessageCode>> = {
  'structure.by-position': 'structure.by-position.many',
  'structure.row-by-position': 'structure.row-by-position.many',
};

/**
 * Structure notes become findings. keys.md: their `cells` are [] (the label and its place are in the
 * message), except `structure.row-unreadable`, which lists the keys of the row it could not read;
 * the fingerprint adds their table and subject, so two never share one. Columns (or rows) placed by
 * position are one finding per table that names them all.
 */
export function structureFindings(templateId: string, notes: readonly StructureNote[]): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, StructureNote[]>();
  for (const n of notes) {
    if (!GROUPED[n.code]) {
      out.push(finding(templateId, n));
      continue;
    }
    const key = `${n.code}|${n.table ?? ''}`;
    const list = groups.get(key) ?? [];
    if (!list.length) groups.set(key, list);
    list.push(n);
  }
  for (const list of groups.values()) {
    const [first] = list;
    if (list.length === 1) {
      out.push(finding(templateId, first));
      continue;
    }
    const labels = { list: list.map((n) => String(n.params.label)) };
    out.push({
      ...finding(templateId, { ...first, subject: 'all' }),
      code: GROUPED[first.code]!,
      params: { ...(first.table ? { table: { table: first.table } } : {}), count: list.length, labels },
    });
  }
  return out;
}

function finding(templateId: string, n: StructureNote): Finding {
  return {
    rule: n.code,
    fingerprint: fingerprint(templateId, n.code, [], `${n.table ?? ''}|${n.subject}`),
    severity: n.severity,
    status: 'fail' as const,
    code: n.code,
    params: n.table ? { ...n.params, table: { table: n.table } } : n.params,
    cells: n.code === 'structure.row-unreadable' ? [...(n.cells ?? [])] : [],
    suspects: [],
    table: n.table,
  };
}
