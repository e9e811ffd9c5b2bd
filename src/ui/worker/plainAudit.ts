import { audit, reauditPlain, type AuditResult, type RawTable, type Reading } from '../../core';
import { REPORT_TEMPLATES } from '../../templates';
import { RULEMAKERS } from '../../templates/rulemakers';
import { readingOf } from '../state/documentViews';

/**
 * A big input read and audited in the worker (issue 10: the page's main thread never audits a big
 * table). A report in it is small: its Reading goes back and the page audits it. A plain table's
 * result goes back without its hundreds of thousands of cell values (the grid has the cells; the
 * page needs the findings), and stays here, so that an edit is checked again where it changed.
 */
export type PlainAnswer =
  | { kind: 'report'; reading: Reading }
  | { kind: 'plain'; result: AuditResult };

export interface PlainAuditJob {
  /** the document's id (when it was loaded) */
  doc: string;
  tables: RawTable[];
  narrative: string[];
  edits: Record<string, string>;
  /** null: recognise automatically; a template id; or 'generic' */
  override: string | null;
}

/** The last plain tables audited here, by document (a few: undo brings an older document back). */
const kept = new Map<string, AuditResult>();
const KEEP = 3;

export function auditBigInput(job: PlainAuditJob): PlainAnswer {
  const reading = readingOf({ ...job, templateOverride: job.override });
  if (reading.templateId !== null && reading.templateId !== 'generic') return { kind: 'report', reading };
  // A plain table's edits are in its reading (it was read with them).
  const result = audit(reading, { templates: REPORT_TEMPLATES, rulemakers: RULEMAKERS });
  kept.delete(job.doc);
  kept.set(job.doc, result);
  while (kept.size > KEEP) kept.delete(kept.keys().next().value!);
  return { kind: 'plain', result: slim(result) };
}

/** An edit of a plain table audited here: its sums checked again; null when the table is not kept. */
export function reauditBigInput(doc: string, changes: ReadonlyArray<readonly [string, string]>): PlainAnswer | null {
  const before = kept.get(doc);
  if (!before) return null;
  const result = reauditPlain(before, changes);
  kept.set(doc, result);
  return { kind: 'plain', result: slim(result) };
}

/**
 * What the page needs of a plain table's audit: everything but the per-cell maps. They are left
 * out unread: a plain reading and audit make them only when read (core's plainCells), and a copy
 * with `{ ...r }` would read them (~100 ms on 100,000 cells) only to throw them away.
 */
function slim(r: AuditResult): AuditResult {
  return {
    ...without(r, ['reading', 'raw', 'values', 'locations']),
    reading: { ...without(r.reading, ['raw', 'locations']), raw: {}, locations: {} },
    raw: new Map(),
    values: new Map(),
    locations: new Map(),
  } as AuditResult;
}

/** `o`'s own enumerable properties but `left`, without reading those. */
function without<T extends object>(o: T, left: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (!left.includes(k)) out[k] = (o as Record<string, unknown>)[k];
  return out as Partial<T>;
}
