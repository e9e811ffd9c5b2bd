import type { Lang } from '../messages';
import type { StructureNote } from '../recognise';
import type { TemplateDef } from '../template/types';
import { fingerprint } from './fingerprint';
import { render } from './render';
import type { Finding } from './types';

/** Structure notes become warnings (or info) with no cells; the label and its place are in the message. */
export function structureFindings(template: TemplateDef, notes: readonly StructureNote[]): Finding[] {
  return notes.map((n) => {
    const table = template.tables.find((t) => t.id === n.table);
    const params = (l: Lang) => (table ? { ...n.params, table: l === 'en' ? table.shortEn : table.short } : n.params);
    return {
      rule: n.code,
      fingerprint: fingerprint(template.id, n.code, [], `${n.table ?? ''}|${n.subject}`),
      severity: n.severity,
      status: 'fail' as const,
      ...render(n.code, params),
      cells: [],
      suspects: [],
      table: n.table,
    };
  });
}
