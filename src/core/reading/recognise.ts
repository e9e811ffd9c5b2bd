import type { StructureNote } from '../recognise';
import { addCell, findSums, keyCount, keysOf, plainCells, withLazyRaw, type GridScan } from '../generic';
import { readBestFormat } from '../recognise';
import type { RawTable } from '../table/types';
import type { TemplateDef } from '../template/types';
import { expectedCells } from './expectedCells';
import { reportIdentity } from './reportIdentity';
import type { Reading, ReadingHints } from './types';

/**
 * Reads input tables as a report of one of `templates` (the best fit), or as a table that is no
 * report (`generic`), or finds nothing (`templateId: null`). Pass one template to force a format, or
 * none to read the input as it came.
 *
 * @example
 *   const reading = recognise(importText(text).tables, REPORT_TEMPLATES);
 *   const result = audit(reading, { templates: REPORT_TEMPLATES });
 */
export function recognise(tables: readonly RawTable[], templates: readonly TemplateDef[], hints: ReadingHints = {}): Reading {
  const base = {
    version: 1 as const,
    text: [...(hints.text ?? [])],
    // what the caller knows wins; otherwise the report's title says it
    report: { ...reportIdentity(hints.text ?? []), ...definedOnly({ unit: hints.unit, year: hints.year }) },
  };
  if (!tables.some((t) => t.rows.some((r) => r.some((c) => c.trim() !== '')))) {
    return { ...base, templateId: null, raw: {}, locations: {}, notes: [], unplaced: [], tables: { found: [], expected: [] }, expectedCells: 0 };
  }
  // the report's year only breaks a tie between formats that its labels fit equally
  const recognition = templates.length ? readBestFormat(tables, templates, { year: base.report.year }) : { reading: null, notes: [] };
  const r = recognition.reading;
  if (!r) {
    // A plain table's keys say where each cell sat (`T2!C4`: table T2, row 4, column C), so its
    // locations are not stored: on a table of 200,000 numbers that halves the reading's cost.
    // the cells and each table's kinds of cells in one pass; the sums are read off the kinds
    const scans: (GridScan | undefined)[] = [];
    const cells = plainCells(tables, scans);
    const names = tables.map((t) => t.name);
    const sums = findSums(tables, scans);
    // a blank total is a cell of the reading too: the audit says what it should be
    if (sums.length) {
      const totals = new Set(sums.map((s) => s.total));
      const present = new Set<string>();
      for (const k of keysOf(cells)) if (totals.has(k)) present.add(k);
      for (const s of sums) {
        if (present.has(s.total)) continue;
        present.add(s.total);
        addCell(cells, s.total, '', null);
      }
    }
    const reading: Reading = {
      ...base,
      templateId: 'generic',
      raw: {},
      locations: {},
      notes: [],
      unplaced: [],
      tables: { found: names, expected: names },
      // tables of one name share their keys: only counting them says how many there are
      expectedCells: keyCount(cells),
      sums,
    };
    // its `raw` is made when asked for: the audit reads the cells themselves
    return withLazyRaw(reading, cells);
  }
  const raw: Reading['raw'] = {};
  const locations: Reading['locations'] = {};
  for (const [key, cell] of r.cells) {
    raw[key] = cell.raw;
    locations[key] = cell.loc;
  }
  const missing: StructureNote[] = r.template.tables
    .filter((t) => !r.tables.includes(t.id))
    .map((t) => ({ code: 'structure.missing-table', table: t.id, severity: 'warning', params: {}, subject: t.id }));
  return {
    ...base,
    templateId: r.template.id,
    raw,
    locations,
    // concat, not a spread: the lists differ in kind (empty or not), and a spread of them kept
    // throwing this function's optimised code away
    notes: recognition.notes.concat(r.notes, missing),
    unplaced: r.unplaced,
    tables: { found: [...r.tables], expected: r.template.tables.map((t) => t.id) },
    expectedCells: expectedCells(r.template, r.cells),
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
