import type { AuditResult } from '../audit';
import type { Finding } from '../findings';
import { valueCount } from '../generic';

/** keys.md, "Verdict". */
export type Verdict = 'pass' | 'fail' | 'incomplete' | 'blank' | 'not-report' | 'unreadable';

/** One thing to fix: the findings that share a certain first suspect, or one finding on its own. */
export interface Problem {
  /** the cell most likely wrong and what it should be, when the data singles it out */
  suspect: { cell: string; suggested: number | null } | null;
  findings: Finding[];
  severity: Finding['severity'];
  table?: string;
}

export interface Summary {
  verdict: Verdict;
  cells: { recognised: number; expected: number };
  tables: { found: string[]; expected: string[] };
  /** rules confronted with the data, by outcome (skipped rules read a cell the input lacks) */
  rules: { passed: number; failed: number; uncertain: number; error: number; skipped: number };
  findings: { error: number; warning: number; info: number };
  /** errors and warnings, one per thing to fix (info findings are not problems) */
  problems: Problem[];
}

/** Findings that mean the report was not read in full. */
const NOT_READ = new Set(['structure.missing-table', 'structure.missing-row', 'structure.row-unreadable']);

/** An error that fails the report: a broken relationship or a rule that could not be evaluated. */
export const isFailing = (f: Finding) => f.severity === 'error' && (f.status === 'fail' || f.status === 'error');

/**
 * The views of one audit a reader needs first: the verdict, what was read of what was expected, the
 * outcome of every rule, and the problems. `null` is an input from which no table could be read.
 */
export function summarise(result: AuditResult | null): Summary {
  const rules = { passed: 0, failed: 0, uncertain: 0, error: 0, skipped: 0 };
  const counts = { error: 0, warning: 0, info: 0 };
  if (!result || result.templateId === null) {
    return { verdict: 'unreadable', cells: { recognised: 0, expected: 0 }, tables: { found: [], expected: [] }, rules, findings: counts, problems: [] };
  }
  for (const o of result.outcomes) {
    if (o.status === 'pass') rules.passed++;
    else if (o.status === 'fail') rules.failed++;
    else if (o.status === 'uncertain') rules.uncertain++;
    else if (o.status === 'error') rules.error++;
    else rules.skipped++;
  }
  for (const f of result.findings) counts[f.severity]++;
  // (a plain table's count, without making the map of its values)
  const cells = { recognised: valueCount(result), expected: result.reading.expectedCells };
  return {
    verdict: verdictOf(result, cells),
    cells,
    tables: { found: [...result.reading.tables.found], expected: [...result.reading.tables.expected] },
    rules,
    findings: counts,
    problems: problemsOf(result.findings),
  };
}

function verdictOf(result: AuditResult, cells: Summary['cells']): Verdict {
  if (result.templateId === 'generic') return 'not-report';
  if (result.findings.some(isFailing)) return 'fail';
  if (result.values.size > 0 && [...result.values.values()].every((v) => v === null)) return 'blank';
  if (result.findings.some((f) => NOT_READ.has(f.rule)) || cells.recognised < cells.expected) return 'incomplete';
  return 'pass';
}

/**
 * Findings grouped by their certain first suspect (a wrong cell breaks its row sum and its column
 * sum: one problem, two relationships); a finding without one is its own problem.
 */
export function problemsOf(findings: readonly Finding[]): Problem[] {
  const out: Problem[] = [];
  const bySuspect = new Map<string, Problem>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const s = f.suspects[0];
    if (s && !s.possible) {
      const key = `${s.cell}|${s.suggested}`;
      const p = bySuspect.get(key);
      if (p) {
        p.findings.push(f);
        if (f.severity === 'error') p.severity = 'error';
        continue;
      }
      const problem: Problem = { suspect: { cell: s.cell, suggested: s.suggested }, findings: [f], severity: f.severity, table: f.table };
      bySuspect.set(key, problem);
      out.push(problem);
    } else {
      out.push({ suspect: null, findings: [f], severity: f.severity, table: f.table });
    }
  }
  return out;
}

/** Exit status of keys.md: 0 when every verdict is `pass` (or `not-report` without a failing error). */
export function exitStatusOf(items: ReadonlyArray<{ verdict: Verdict; failing: boolean }>): 0 | 1 {
  return items.every((i) => i.verdict === 'pass' || (i.verdict === 'not-report' && !i.failing)) ? 0 : 1;
}
