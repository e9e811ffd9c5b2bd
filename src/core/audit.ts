import { evaluateRules, type RuleOutcome } from './evaluate';
import { ruleFindings, sortFindings, structureFindings, valueFindings, type Finding } from './findings';
import { genericCells, readBestFormat, type StructureNote, type Unplaced } from './recognise';
import { compileRuleSet, type CompiledRule, type RuleLoadError } from './rules';
import type { CellLocation, RawTable } from './table/types';
import type { TableId, TemplateDef } from './template/types';
import { parseCellValue, type CellValue } from './values';
import { REPORT_TEMPLATES } from '../templates';

/**
 * The composition root: the page, the batch worker and the CLI all audit through here.
 *
 * auditTables: input tables → recognised cells → rule outcomes → findings.
 * auditCells: the same from already-recognised cells (the page re-audits each edit this way).
 */
export interface AuditResult {
  /** `gov-disclosure-2021`, `gov-disclosure-2019`, `generic`, or null when there was no table */
  templateId: string | null;
  template: TemplateDef | null;
  /** raw text of every recognised cell, in template order */
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
  templates?: readonly TemplateDef[];
  /** read the input as this format, whatever fits best (the page's format override) */
  templateId?: string;
}

export function auditTables(tables: readonly RawTable[], options: AuditOptions = {}): AuditResult {
  const all = options.templates ?? REPORT_TEMPLATES;
  const candidates = options.templateId ? all.filter((t) => t.id === options.templateId) : all;
  if (!tables.length) return emptyResult(null);
  const recognition = readBestFormat(tables, candidates.length ? candidates : all);
  const reading = recognition.reading;
  if (!reading) return genericResult(tables);
  const raw = new Map<string, string>();
  const locations = new Map<string, CellLocation>();
  for (const [key, cell] of reading.cells) {
    raw.set(key, cell.raw);
    locations.set(key, cell.loc);
  }
  return auditCells(reading.template, raw, {
    locations,
    notes: [...recognition.notes, ...reading.notes],
    unplaced: reading.unplaced,
    tables: reading.tables,
  });
}

export function auditCells(
  template: TemplateDef,
  raw: ReadonlyMap<string, string>,
  context: { locations?: Map<string, CellLocation>; notes?: StructureNote[]; unplaced?: Unplaced[]; tables?: TableId[] } = {},
): AuditResult {
  const { rules, errors } = compiledRules(template);
  const parsed = new Map<string, CellValue>();
  const values = new Map<string, number | null>();
  const decimals = new Map<string, number>();
  const ordered = new Map<string, string>();
  for (const table of template.tables) {
    for (const cell of table.cells) {
      const text = raw.get(cell.key);
      if (text === undefined) continue;
      ordered.set(cell.key, text);
      const v = parseCellValue(text);
      parsed.set(cell.key, v);
      values.set(cell.key, v.kind === 'number' ? v.value : null);
      if (v.kind === 'number') decimals.set(cell.key, v.decimals);
    }
  }
  const outcomes = evaluateRules(rules, values, decimals);
  const notes = context.notes ?? [];
  const findings = sortFindings(
    [...structureFindings(template, notes), ...valueFindings(template, parsed), ...ruleFindings(template, outcomes, values, parsed)],
    template,
  );
  const tables = context.tables ?? template.tables.filter((t) => t.cells.some((c) => values.has(c.key))).map((t) => t.id);
  return {
    templateId: template.id,
    template,
    raw: ordered,
    values,
    locations: context.locations ?? new Map(),
    findings,
    outcomes,
    notes,
    unplaced: context.unplaced ?? [],
    tables,
    ruleErrors: errors,
  };
}

const compiled = new WeakMap<TemplateDef, { rules: CompiledRule[]; errors: RuleLoadError[] }>();

function compiledRules(template: TemplateDef) {
  let c = compiled.get(template);
  if (!c) {
    c = compileRuleSet(template);
    compiled.set(template, c);
  }
  return c;
}

function genericResult(tables: readonly RawTable[]): AuditResult {
  const result = emptyResult('generic');
  for (const cell of genericCells(tables)) {
    result.raw.set(cell.key, cell.raw);
    const v = parseCellValue(cell.raw);
    result.values.set(cell.key, v.kind === 'number' ? v.value : null);
    result.locations.set(cell.key, cell.loc);
  }
  return result;
}

function emptyResult(templateId: string | null): AuditResult {
  return {
    templateId,
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
