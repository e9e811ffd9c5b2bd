import { normalizeLabel } from '../labels';
import type { ColumnSet, TableDef } from '../template/types';
import { parseCellValue } from '../values';
import type { ClassifiedRow } from './classifyRows';
import { headerLeaves, templateLeaves, type HeaderCell, type Leaf } from './headerLeaves';
import type { InCell } from './inputRows';
import type { LabelMatch, Vocabulary } from './vocabulary';
import { isDashedDigitRun } from './fitValues';

/** A block of header rows and the value columns it gives each column set (computed once). */
export interface HeaderBlock {
  levels: HeaderCell[][];
  exact: boolean;
  firstLeafCol?: number;
  leaves: Map<ColumnSet, Leaf[] | null>;
}

/**
 * One input row of a table's section, as readSection sees it: its label cells, its value cells and
 * the row of the format its label names. `kind`: `row` names a row; `group` a group of rows; `unknown`
 * a label that names nothing; `values` no label, only values; `nothing` neither.
 */
export interface Line {
  cr: ClassifiedRow;
  labels: InCell[];
  values: InCell[];
  kind: 'row' | 'group' | 'unknown' | 'values' | 'nothing';
  rowId?: string;
  /** the row's label as written, for messages */
  label: string;
  header?: HeaderBlock;
  /** a sentence of the report's text that fell among the rows (PDF text): no row at all */
  narrative: boolean;
}

/** Splits a section's rows into header blocks and lines with their labels resolved. */
export function sectionLines(table: TableDef, rows: ClassifiedRow[], vocab: Vocabulary): Line[] {
  const lines: Line[] = [];
  let header: HeaderBlock | undefined;
  let headerFresh = false;
  const minValues = Math.min(...table.columnSets.map((set) => templateLeaves(set.roots).length));
  const stack: string[] = [];
  for (const cr of rows) {
    const { row } = cr;
    if (table.singleRow && cr.kind === 'empty' && headerFresh && header?.exact && row.geometry === 'exact') {
      // Table 4 of an unfilled form: its one row, every cell empty, right under its header.
      const first = minLeafCol(table, header.levels) ?? 0;
      const values = row.cells.filter((c) => c.col >= first && !c.carried);
      lines.push({ cr, labels: [], values, kind: 'values', label: '', header, narrative: false });
      headerFresh = false;
      continue;
    }
    if (cr.kind === 'empty' || cr.kind === 'title' || cr.kind === 'section') continue;
    if (cr.kind === 'header') {
      if (!headerFresh) {
        header = { levels: [], exact: row.geometry === 'exact', leaves: new Map() };
        stack.length = 0;
      }
      headerFresh = true;
      header!.exact = row.geometry === 'exact';
      header!.levels.push(headerCellsOf(cr));
      continue;
    }
    if (headerFresh && header?.exact) header.firstLeafCol = minLeafCol(table, header.levels);
    headerFresh = false;
    const exact = row.geometry === 'exact';
    let { labels, values } = splitRow(cr, exact ? header?.firstLeafCol : undefined, minValues);
    // In text without columns, text where values would be (`业 构 组织`, a header cut over lines) is no value.
    if (!exact && values.length && values.every((v) => v.value.kind === 'text' && !isDashedDigitRun(v.text))) {
      labels = [...labels, ...values];
      values = [];
    }
    const line: Line = { cr, labels, values, kind: 'nothing', label: '', header, narrative: false };
    lines.push(line);
    if (!exact && isSentence(cr)) {
      // `上年结转 189 件），均在法定期限内答复。`: the report's text, though it names a row.
      line.narrative = true;
      continue;
    }
    if (table.singleRow) {
      line.kind = values.length ? 'values' : labels.some((c) => !c.carried && c.value.kind === 'text') ? 'unknown' : 'nothing';
      line.label = labelText(labels);
      line.narrative = !exact && isNarrative(cr, labels);
      continue;
    }
    let own = [...labels].reverse().find((c) => !c.carried && c.value.kind === 'text');
    for (const c of labels) {
      if (c.carried || c.value.kind !== 'text') continue;
      stack[c.col] = c.label.core;
      stack.length = c.col + 1;
    }
    if (!own) {
      line.kind = values.length ? 'values' : 'nothing';
      continue;
    }
    const parents = labels.filter((c) => c.col < own!.col).map((c) => (c.carried ? c.label.core : stack[c.col]));
    let resolved = resolveRow(table, cr.matches.get(own) ?? [], parents, values.length > 0);
    if (resolved.kind === 'none' && !exact) {
      // A label with its digits glued on (`行政许可2629`): the digits are the row's values.
      const glued = /^(.*\D)(\d[\d.,]*)$/s.exec(own.text.trim());
      const rest = glued && resolveRow(table, vocab.match(normalizeLabel(glued[1])), parents, true);
      if (glued && rest && rest.kind === 'row') {
        const labelCell: InCell = { ...own, text: glued[1], value: parseCellValue(glued[1]), label: normalizeLabel(glued[1]) };
        const digits: InCell = { ...own, text: glued[2], value: parseCellValue(glued[2]), label: normalizeLabel(glued[2]) };
        labels = labels.map((c) => (c === own ? labelCell : c));
        values = [digits, ...values];
        line.labels = labels;
        line.values = values;
        own = labelCell;
        resolved = rest;
      }
    }
    line.label = own.text.replace(/\s+/g, '');
    if (resolved.kind === 'none') {
      line.kind = 'unknown';
      line.narrative = !exact && isNarrative(cr, labels);
    } else {
      line.kind = resolved.kind;
      line.rowId = resolved.id;
    }
  }
  return lines;
}

function labelText(labels: InCell[]): string {
  return labels.filter((c) => !c.carried && c.text.trim()).map((c) => c.text.replace(/\s+/g, '')).join(' ');
}

/**
 * Prose among the rows of PDF text (`全年收取政府信息公开信息处理费 3940 元。`): no label of the
 * format in it, and written as a sentence.
 */
function isNarrative(cr: ClassifiedRow, labels: InCell[]): boolean {
  if (labels.some((c) => (cr.matches.get(c) ?? []).length)) return false;
  const text = cr.row.cells.map((c) => c.text).join('');
  return /[。；;]/.test(text) || (text.length >= 15 && /[，,]/.test(text)) || /^\d{4}\s*年/.test(text.trim());
}

/** A sentence with counts in it (`…208 件（17.46%），不予公开…`), never a row of a table. */
function isSentence(cr: ClassifiedRow): boolean {
  const text = cr.row.cells.map((c) => c.text).join(' ');
  return /[。；]|\d\s*件[，,。；、）)]|\d%/.test(text);
}

/** Header cells of one header row that name columns (not the label-area note, not section lines). */
function headerCellsOf(cr: ClassifiedRow): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (const c of cr.row.cells) {
    if (c.carried || c.value.kind !== 'text') continue;
    const m = cr.matches.get(c) ?? [];
    if (m.length && m.every((x) => x.target.kind === 'labelHeader' || x.target.kind === 'section' || x.target.kind === 'title')) continue;
    cells.push({ label: c.label, text: c.text.replace(/\s+/g, ''), col: c.col, colEnd: c.colEnd, loc: c.loc });
  }
  return cells;
}

function minLeafCol(table: TableDef, header: HeaderCell[][]): number | undefined {
  let min: number | undefined;
  for (const set of table.columnSets) {
    for (const leaf of headerLeaves(set, header, true)) {
      if (leaf.colId && (min === undefined || leaf.col < min)) min = leaf.col;
    }
  }
  return min;
}

/**
 * Splits a data row into its label cells and its value cells. In an exact grid under a header the
 * values start at the header's first value column; otherwise they are the cells after the last
 * label (a label has letters and no digits beyond its numbering; `约20` is a bad value, not a label).
 */
function splitRow(cr: ClassifiedRow, firstLeafCol: number | undefined, minValues: number): { labels: InCell[]; values: InCell[] } {
  const cells = cr.row.cells;
  if (firstLeafCol !== undefined) {
    return {
      labels: cells.filter((c) => c.col < firstLeafCol),
      values: cells.filter((c) => c.col >= firstLeafCol && !c.carried),
    };
  }
  // The last label is the last label-like cell that still leaves room for the row's values:
  // in `8.属于行政查询事项 | 二十 | 0 …` the text `二十` sits where a value belongs.
  let last = -1;
  cells.forEach((c, i) => {
    if (isLabelLike(c, cr) && (cells.length - 1 - i >= minValues || isKnownLabel(c, cr) || last < 0)) last = i;
  });
  return { labels: cells.slice(0, last + 1), values: cells.slice(last + 1).filter((c) => !c.carried) };
}

function isKnownLabel(c: InCell, cr: ClassifiedRow): boolean {
  return (cr.matches.get(c) ?? []).some((m) => m.target.kind === 'row' || m.target.kind === 'group');
}

function isLabelLike(c: InCell, cr: ClassifiedRow): boolean {
  if (c.value.kind !== 'text') return c.carried && c.text.trim() !== '';
  if ((cr.matches.get(c) ?? []).length) return true;
  const t = c.label.core;
  return !/\d/.test(t) && /[\p{L}]{2,}/u.test(t);
}

type RowResolution = { kind: 'row'; id: string } | { kind: 'group'; id: string } | { kind: 'none' };

/**
 * The template row a label names; the parents carried down break ties. A label that names both a
 * group and a row (2021's `（六）其他处理`, printed with or without its sub-items) is the row when
 * values follow it, the group when none do.
 */
export function resolveRow(table: TableDef, matches: LabelMatch[], parents: string[], hasValues: boolean): RowResolution {
  const own = matches.filter((m) => m.target.table === table.id && (m.target.kind === 'row' || m.target.kind === 'group'));
  if (!own.length) return { kind: 'none' };
  const top = own[0].score;
  const best = own.filter((m) => m.score >= top - 0.02);
  const scored = best.map((m) => {
    const target = m.target as { kind: 'row' | 'group'; id: string };
    const groupId = target.kind === 'row' ? table.rows.find((r) => r.id === target.id)?.group : undefined;
    const group = groupId ? table.groups.find((g) => g.id === groupId) : undefined;
    const parentHit = group && parents.some((p) => p && group.display.includes(p)) ? 1 : 0;
    const shortRow = target.kind === 'row' && table.groups.some((g) => g.id === target.id);
    const bonus = target.kind === 'row' ? (shortRow && !hasValues ? 0 : 0.01) : hasValues ? 0 : 0.005;
    return { target, rank: m.score + parentHit * 0.05 + bonus };
  });
  scored.sort((a, b) => b.rank - a.rank);
  const winner = scored[0].target;
  return { kind: winner.kind, id: winner.id };
}
