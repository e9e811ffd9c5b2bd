import type { Finding } from '../findings';

/** How a cell takes part in the findings, for the grid's colours. Strongest role wins. */
export type CellRole = 'suspect' | 'total' | 'parts' | 'blank' | 'invalid';

export interface CellMark {
  /** the worst severity among the findings that name the cell */
  severity: 'error' | 'warning' | 'info';
  role: CellRole;
  /** the suggested value when the cell is a first suspect */
  suggested?: number | null;
  findings: Finding[];
}

const ROLE_RANK: Record<CellRole, number> = { suspect: 5, invalid: 4, total: 3, parts: 2, blank: 1 };
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * The per-cell view of an audit: for every cell named by an error or warning finding, its role
 * (first suspect, total side, parts side, a blank in a failing rule, unreadable text). Info
 * findings (blank lists) do not colour cells.
 */
export function cellMarks(findings: readonly Finding[]): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  const mark = (key: string, f: Finding, role: CellRole, suggested?: number | null) => {
    const m = marks.get(key);
    if (!m) {
      marks.set(key, { severity: f.severity as CellMark['severity'], role, suggested, findings: [f] });
      return;
    }
    if (!m.findings.includes(f)) m.findings.push(f);
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[m.severity]) m.severity = f.severity;
    if (ROLE_RANK[role] > ROLE_RANK[m.role]) {
      m.role = role;
      if (suggested !== undefined) m.suggested = suggested;
    }
  };
  for (const f of findings) {
    if (f.severity === 'info' || !f.cells.length) continue;
    if (f.rule.startsWith('value.')) {
      for (const k of f.cells) mark(k, f, 'invalid');
      continue;
    }
    const total = new Set(f.roles?.total ?? []);
    for (const k of f.cells) {
      const role: CellRole = f.blanks?.includes(k) ? 'blank' : total.has(k) ? 'total' : 'parts';
      mark(k, f, role);
    }
    const first = f.suspects[0];
    if (first) mark(first.cell, f, 'suspect', first.suggested);
  }
  return marks;
}
