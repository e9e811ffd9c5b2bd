import { evaluateRules, type RuleOutcome } from './evaluate';
import type { Rulemakers } from './form';
import { ruleFindings, sortFindings, structureFindings, valueFindings, type Finding } from './findings';
import { beyondTheTables } from './beyondTheTables';
import { plainCellsOf, rawMap, sumFindings, withLazyMaps } from './generic';
import type { Reading } from './reading';
import type { StructureNote, Unplaced } from './recognise';
import { compiledRules, type RuleLoadError } from './rules';
import type { CellLocation } from './table/types';
import type { TableId, TemplateDef } from './template/types';
import { parseCellValue, type CellValue } from './values';

/**
 * The composition root: the page, the worker and the CLI all audit through `recognise` and here.
 * Everything in the result is derived from the reading, the edits and the rules.
 */
export interface AuditResult {
  reading: Reading;
  /** last year's reading it was audited with, if any */
  previous: Reading | null;
  /** `gov-disclosure-2021`, `gov-disclosure-2019`, `generic`, or null when there was no table */
  templateId: string | null;
  template: TemplateDef | null;
  /** current text of every recognised cell (edits applied), in template order */
  raw: Map<string, string>;
  /** keys.md values: a number, or null for a blank or unreadable cell */
  values: Map<string, number | null>;
  locations: Map<string, CellLocation>;
  findings: Finding[];
  outcomes: RuleOutcome[];
  notes: StructureNote[];
  unplaced: Unplaced[];
  /** the report's tables found in the input */
  tables: TableId[];
  ruleErrors: RuleLoadError[];
}

export interface AuditOptions {
  /** the report formats; the reading's format is looked up here */
  templates: readonly TemplateDef[];
  /** cells changed since reading (key → text as typed) */
  edits?: Readonly<Record<string, string>>;
  /** last year's report, for the checks that compare the two */
  previous?: Reading | null;
  /** who may make 规章 (src/templates/rulemakers.ts); without it that check of the form is not made */
  rulemakers?: Rulemakers;
}

/** Thrown for misuse of the API (a reading whose format is not among the templates given). */
export class AuditUsageError extends Error {}

export function audit(reading: Reading, options: AuditOptions): AuditResult {
  const edits = options.edits ?? {};
  if (reading.templateId === null || reading.templateId === 'generic') return plainResult(reading, edits);
  const template = options.templates.find((t) => t.id === reading.templateId);
  if (!template) throw new AuditUsageError(`audit: format ${reading.templateId} is not among the templates given`);

  const { rules, errors } = compiledRules(template);
  const parsed = new Map<string, CellValue>();
  const values = new Map<string, number | null>();
  const decimals = new Map<string, number>();
  const raw = new Map<string, string>();
  for (const table of template.tables) {
    for (const cell of table.cells) {
      const text = cell.key in edits ? edits[cell.key] : reading.raw[cell.key];
      if (text === undefined) continue;
      raw.set(cell.key, text);
      const v = parseCellValue(text);
      parsed.set(cell.key, v);
      values.set(cell.key, v.kind === 'number' ? v.value : null);
      if (v.kind === 'number') decimals.set(cell.key, v.decimals);
    }
  }
  const outcomes = evaluateRules(rules, values, decimals);
  const findings = sortFindings(
    [
      ...structureFindings(template.id, reading.notes),
      ...valueFindings(template, parsed),
      ...ruleFindings(template, outcomes, values, parsed),
      ...beyondTheTables(reading, template, values, options.previous ?? null, options.rulemakers),
    ],
    template,
  );
  return {
    reading,
    previous: options.previous ?? null,
    templateId: template.id,
    template,
    raw,
    values,
    locations: locationMap(reading.locations),
    findings,
    outcomes,
    notes: reading.notes,
    unplaced: reading.unplaced,
    tables: reading.tables.found as TableId[],
    ruleErrors: errors,
  };
}

/** The reading's places as a map, in their order (as `new Map(Object.entries(…))`, without a pair per cell). */
function locationMap(locations: Reading['locations']): Map<string, CellLocation> {
  const map = new Map<string, CellLocation>();
  for (const k of Object.keys(locations)) map.set(k, locations[k]);
  return map;
}

/**
 * A table that is no report, audited again after edits without being read again: only the edited
 * cells change, then its sums are checked. For big tables, where reading them again would cost
 * far more than the edit (the page's edit path).
 */
export function reauditPlain(result: AuditResult, changes: ReadonlyArray<readonly [key: string, text: string]>): AuditResult {
  const raw = new Map(result.raw);
  const values = new Map(result.values);
  for (const [k, text] of changes) {
    if (!raw.has(k)) continue; // a cell that was no number when read is not one of its values
    raw.set(k, text);
    const v = parseCellValue(text);
    values.set(k, v.kind === 'number' ? v.value : null);
  }
  const sums = result.reading.sums ?? [];
  return { ...result, raw, values, findings: sums.length ? sumFindings(sums, raw) : [] };
}

/** A table that is no report (or nothing at all): its numbers, and the sums its totals state. */
function plainResult(reading: Reading, edits: Readonly<Record<string, string>>): AuditResult {
  const raw = new Map<string, string>();
  const values = new Map<string, number | null>();
  // A plain reading as recognise made it: its cells as they were read, the numbers already known;
  // the result's maps are made of them when asked for (the CLI's JSON is written from the cells).
  const cells = plainCellsOf(reading);
  if (cells && !hasKeys(edits)) {
    const sums = reading.sums ?? [];
    const known = sums.length ? rawMap(cells) : undefined;
    return withLazyMaps(plainEntry(reading, known ?? raw, values, known && sumFindings(sums, known)), cells, known);
  }
  for (const k in reading.raw) {
    const text = k in edits ? edits[k] : reading.raw[k];
    raw.set(k, text);
    const v = parseCellValue(text);
    values.set(k, v.kind === 'number' ? v.value : null);
  }
  // a table with 合计/总计/小计 lines is checked against them (keys.md: totals.<kind>.<cell>)
  return plainEntry(reading, raw, values, reading.sums?.length ? sumFindings(reading.sums, raw) : []);
}

function plainEntry(reading: Reading, raw: Map<string, string>, values: Map<string, number | null>, findings: Finding[] = []): AuditResult {
  return {
    reading,
    previous: null,
    templateId: reading.templateId,
    template: null,
    raw,
    values,
    locations: new Map(Object.entries(reading.locations)),
    findings,
    outcomes: [],
    notes: reading.notes,
    unplaced: reading.unplaced,
    tables: [],
    ruleErrors: [],
  };
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
