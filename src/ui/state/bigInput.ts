import type { AuditResult, RawTable } from '../../core';
import type { PlainAnswer, PlainAuditJob } from '../worker/plainAudit';

/**
 * An input with more cells than this is recognised and audited in the worker, never on the page's
 * main thread (issue 10). A report has about 200 value cells; its tables as printed, a few hundred.
 */
export const BIG_INPUT_CELLS = 20_000;

export function cellCount(tables: readonly RawTable[]): number {
  let n = 0;
  for (const t of tables) for (const r of t.rows) n += r.length;
  return n;
}

/** The worker's side as the workspace sees it ('failed': no worker could run). */
export interface BigInputAuditor {
  audit(job: PlainAuditJob): Promise<PlainAnswer | null | 'failed'>;
  edit(doc: string, changes: Array<[string, string]>): Promise<PlainAnswer | null | 'failed'>;
}

/** A big input shown before the worker's answer: a plain table of these tables, nothing checked yet. */
export function pendingPlainResult(tables: readonly RawTable[], narrative: string[]): AuditResult {
  const names = tables.map((t) => t.name);
  return {
    reading: {
      version: 1,
      templateId: 'generic',
      raw: {},
      locations: {},
      notes: [],
      unplaced: [],
      tables: { found: names, expected: names },
      expectedCells: 0,
      text: narrative,
      sums: [],
      report: { unit: null, year: null },
    },
    previous: null,
    templateId: 'generic',
    template: null,
    raw: new Map(),
    values: new Map(),
    locations: new Map(),
    findings: [],
    outcomes: [],
    notes: [],
    unplaced: [],
    tables: [],
    ruleErrors: [],
  };
}
