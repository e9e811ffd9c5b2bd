import { audit, pairYears, unitKey, type Reading, type Verdict } from '../../core';
import type { Decision } from '../../io/export/exportContext';
import { REPORT_TEMPLATES } from '../../templates';
import { RULEMAKERS } from '../../templates/rulemakers';
import { factsOf, reviewedFromFacts, type BatchFacts } from './batchFacts';
import type { BatchEntry } from './readBatchFile';

/** One report of the batch: what the worker read, the reviewer's edits and decisions, and what the list shows. */
export interface BatchItem {
  id: string;
  /** when it was added (ISO) */
  addedAt: string;
  entry: BatchEntry;
  /** cells changed in review (key → text); the submission's own text stays in `entry.reading.raw` */
  edits: Record<string, string>;
  /** the reviewer's decisions by finding fingerprint */
  decisions: Record<string, Decision>;
  /** the facts of the audit with the edits and last year's report */
  facts: BatchFacts;
  /** the id of the item audited as last year's report, when the batch holds one */
  previousId: string | null;
  /** earlier submissions of the same unit and year that this one replaced, newest first */
  history: BatchItem[];
}

/** The verdict the list shows: the reviewer's decisions counted, never 通过 for a report not fully read. */
export function itemVerdict(item: BatchItem): Verdict {
  return reviewedFromFacts(item.facts, item.decisions);
}

/** A report's unit and year as a resubmission is matched: both read, unit compared as pairYears does. */
function identity(entry: BatchEntry): string | null {
  const r = entry.reading?.report;
  return r?.unit && r.year !== null ? `${unitKey(r.unit)}|${r.year}` : null;
}

/**
 * Adds new reports to the list. A report of a unit and year already in the list replaces the older
 * one in place (the resubmission), which goes into its history; decisions made on the older carry
 * over by fingerprint (a finding still there keeps its decision), its edits do not.
 */
export function addEntries(items: readonly BatchItem[], entries: readonly BatchEntry[], makeId: () => string, now = new Date()): BatchItem[] {
  const out = [...items];
  for (const entry of entries) {
    const item: BatchItem = { id: makeId(), addedAt: now.toISOString(), entry, edits: {}, decisions: {}, facts: entry.facts, previousId: null, history: [] };
    const id = identity(entry);
    const at = id === null ? -1 : out.findIndex((x) => identity(x.entry) === id);
    if (at < 0) {
      out.push(item);
      continue;
    }
    const older = out[at];
    out[at] = { ...item, decisions: { ...older.decisions }, history: [{ ...older, history: [] }, ...older.history] };
  }
  return out;
}

/** The audit of an item as it stands: its reading, edits and last year's report (null: nothing read). */
export function auditItem(item: BatchItem, previous: Reading | null = null) {
  const reading = item.entry.reading;
  if (!reading) return null;
  return audit(reading, { templates: REPORT_TEMPLATES, edits: item.edits, previous, rulemakers: RULEMAKERS });
}

/**
 * Pairs each report with last year's report of its unit in the batch, and audits again (on this
 * thread) only the items whose pairing changed or that carry edits. Returns the list, the same
 * objects where nothing changed.
 */
export function pairItems(items: readonly BatchItem[], force: ReadonlySet<string> = new Set()): BatchItem[] {
  const changes = new Map(pairingChanges(items, force).map((c) => [c.id, c]));
  return items.map((item) => {
    const c = changes.get(item.id);
    return c ? refreshed({ ...item, previousId: c.previousId }, c.previous) : item;
  });
}

/** A pairing to apply: the item, its last-year report's id and reading. */
export interface PairingChange {
  id: string;
  previousId: string | null;
  previous: Reading | null;
}

/** The items whose pairing changed (or that are forced): each must be audited again. */
export function pairingChanges(items: readonly BatchItem[], force: ReadonlySet<string> = new Set()): PairingChange[] {
  const readings = items.map((x) => x.entry.reading);
  const paired = pairYears(readings);
  const at = new Map(readings.map((r, i) => [r, i] as const));
  const out: PairingChange[] = [];
  items.forEach((item, i) => {
    const prev = paired[i];
    const previousId = prev ? items[at.get(prev)!].id : null;
    if (previousId !== item.previousId || force.has(item.id)) out.push({ id: item.id, previousId, previous: prev });
  });
  return out;
}

/** The item with its facts recomputed (its own reading, edits and previous report). */
export function refreshed(item: BatchItem, previous: Reading | null): BatchItem {
  if (!item.entry.reading) return item;
  const clean = !previous && !Object.keys(item.edits).length;
  return { ...item, facts: clean ? item.entry.facts : factsOf(auditItem(item, previous)) };
}

/** The reading of an item's last-year report, when it has one in the list. */
export function previousOf(items: readonly BatchItem[], item: BatchItem): Reading | null {
  return item.previousId ? (items.find((x) => x.id === item.previousId)?.entry.reading ?? null) : null;
}
