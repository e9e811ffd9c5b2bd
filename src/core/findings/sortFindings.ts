import type { TableId, TemplateDef } from '../template/types';
import type { Finding } from './types';

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

/** keys.md order: by table (findings about the whole input first), then severity, then rule id. */
export function sortFindings(findings: Finding[], template: TemplateDef | null): Finding[] {
  const order = new Map<TableId, number>((template?.tables ?? []).map((t, i) => [t.id, i + 1]));
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.table ? (order.get(a.f.table) ?? 99) : 0) - (b.f.table ? (order.get(b.f.table) ?? 99) : 0) ||
        SEVERITY[a.f.severity] - SEVERITY[b.f.severity] ||
        (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
