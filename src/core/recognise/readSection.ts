import type { ColumnSet, TableDef } from '../template/types';
import type { ClassifiedRow } from './classifyRows';
import { headerLeaves, positionalLeaves, templateLeaves, type HeaderCell, type Leaf } from './headerLeaves';
import type { InCell } from './inputRows';
import type { PlacedCell, StructureNote, Unplaced } from './notes';
import type { LabelMatch } from './vocabulary';

export interface SectionResult {
  placed: PlacedCell[];
  notes: StructureNote[];
  unplaced: Unplaced[];
  /** rows whose label named a template row */
  rowsMatched: number;
}

/**
 * Reads the rows that belong to one template table: header blocks give the columns, row labels
 * (with their parents carried down) give the rows, and every value lands on its key.
 */
export function readSection(table: TableDef, rows: ClassifiedRow[]): SectionResult {
  const out: SectionResult = { placed: [], notes: [], unplaced: [], rowsMatched: 0 };
  const placedKeys = new Set<string>();
  const seenRows = new Set<string>();
  const byPositionNoted = new Set<string>();
  const extraColumnsNoted = new Set<string>();
  const missingColumnsNoted = new Set<string>();
  const cellIndex = new Map(table.cells.map((c) => [`${c.row}|${c.col}`, c]));
  const note = (n: Omit<StructureNote, 'table' | 'severity'> & { severity?: StructureNote['severity'] }) =>
    out.notes.push({ severity: 'warning', table: table.id, ...n });
  const params = (extra: Record<string, string | number>) => ({ table: table.id, ...extra });

  let header: HeaderCell[][] = [];
  let headerExact = false;
  let leavesCache = new Map<ColumnSet, Leaf[]>();
  let headerFresh = false;
  let firstLeafCol: number | undefined;
  // A row label must leave room for at least this many values after it.
  const minValues = Math.min(...table.columnSets.map((set) => templateLeaves(set.roots).length));
  const stack: string[] = [];
  let singleRowDone = false;

  for (const cr of rows) {
    const { row } = cr;
    if (cr.kind === 'empty' || cr.kind === 'title' || cr.kind === 'section') continue;
    if (cr.kind === 'header') {
      if (!headerFresh) {
        header = [];
        leavesCache = new Map();
        stack.length = 0;
        firstLeafCol = undefined;
      }
      headerFresh = true;
      headerExact = row.geometry === 'exact';
      header.push(headerCellsOf(cr));
      continue;
    }
    if (headerFresh && headerExact) firstLeafCol = minLeafCol(table, header);
    headerFresh = false;

    // Leaves from the header, if any, tell where the values start in an exact grid.
    const exact = row.geometry === 'exact';
    const { labels, values } = splitRow(cr, exact ? firstLeafCol : undefined, minValues);

    // Row identity.
    let rowId: string | undefined;
    let rowLabel = '';
    if (table.singleRow) {
      if (singleRowDone || labels.some((c) => !c.carried && c.value.kind === 'text')) {
        reportExtraRow(cr, labels, values);
        continue;
      }
      rowId = table.rows[0].id;
      singleRowDone = true;
    } else {
      const own = [...labels].reverse().find((c) => !c.carried && c.value.kind === 'text');
      for (const c of labels) {
        if (c.carried || c.value.kind !== 'text') continue;
        stack[c.col] = c.label.core;
        stack.length = c.col + 1;
      }
      if (!own) {
        if (values.some((v) => v.value.kind !== 'blank')) reportExtraRow(cr, labels, values);
        continue;
      }
      rowLabel = own.text.replace(/\s+/g, '');
      const parents = labels.filter((c) => c.col < own.col).map((c) => (c.carried ? c.label.core : stack[c.col]));
      const resolved = resolveRow(table, cr.matches.get(own) ?? [], parents);
      if (resolved.kind === 'group') {
        if (values.some((v) => v.value.kind !== 'blank')) reportExtraRow(cr, labels, values);
        continue;
      }
      if (resolved.kind === 'none') {
        if (values.length) reportExtraRow(cr, labels, values);
        continue;
      }
      rowId = resolved.id;
    }

    if (seenRows.has(rowId)) {
      note({
        code: 'structure.duplicate-row',
        params: params({ row: row.row + 1, label: rowLabel }),
        subject: `${row.table}:${row.row}`,
      });
      for (const v of values) if (v.value.kind !== 'blank') out.unplaced.push({ loc: v.loc, text: v.text, table: table.id });
      continue;
    }
    seenRows.add(rowId);
    out.rowsMatched++;

    // Columns: the header's leaves for this row's column set, or the template's order by position.
    const set = table.columnSets.find((s) => s.rows.includes(rowId!)) ?? table.columnSets[0];
    let leaves = header.length ? leavesCache.get(set) : undefined;
    if (header.length && !leaves) {
      leaves = headerLeaves(set, header, headerExact);
      if (!leaves.some((l) => l.colId)) leaves = undefined;
      else {
        leavesCache.set(set, leaves);
        for (const n of templateLeaves(set.roots)) {
          if (leaves.some((l) => l.colId === n.id) || missingColumnsNoted.has(`${set.id}|${n.id}`)) continue;
          missingColumnsNoted.add(`${set.id}|${n.id}`);
          note({ code: 'structure.missing-column', params: params({ label: n.display }), subject: `${set.id}|${n.id}` });
        }
      }
    }
    const fromHeader = !!leaves;
    if (!leaves) leaves = positionalLeaves(set);
    const mapping = mapValues(values, leaves, exact && fromHeader && headerExact);
    if (mapping.extra.length && mapping.extra.some((v) => v.value.kind !== 'blank')) {
      note({
        code: 'structure.extra-values',
        params: params({ row: row.row + 1, label: rowLabel || '—', count: values.length, expected: leaves.length }),
        subject: `${row.table}:${row.row}`,
      });
      for (const v of mapping.extra) if (v.value.kind !== 'blank') out.unplaced.push({ loc: v.loc, text: v.text, table: table.id });
    }
    if (mapping.short) {
      note({
        code: 'structure.missing-values',
        params: params({ row: row.row + 1, label: rowLabel || '—', count: values.length, expected: leaves.length }),
        subject: `${row.table}:${row.row}`,
      });
    }
    for (const [leaf, cell] of mapping.pairs) {
      if (!leaf.colId) {
        if (cell.value.kind !== 'blank') {
          out.unplaced.push({ loc: cell.loc, text: cell.text, table: table.id });
          if (!extraColumnsNoted.has(leaf.text)) {
            extraColumnsNoted.add(leaf.text);
            note({ code: 'structure.extra-column', params: params({ col: leaf.col + 1, label: leaf.text }), subject: leaf.text });
          }
        }
        continue;
      }
      const def = cellIndex.get(`${rowId}|${leaf.colId}`);
      if (!def) {
        if (cell.value.kind !== 'blank') out.unplaced.push({ loc: cell.loc, text: cell.text, table: table.id });
        continue;
      }
      if (placedKeys.has(def.key)) continue;
      placedKeys.add(def.key);
      out.placed.push({ key: def.key, raw: cell.text, loc: cell.loc, byPosition: leaf.byPosition });
      if (leaf.byPosition && !byPositionNoted.has(`${set.id}|${leaf.colId}`)) {
        byPositionNoted.add(`${set.id}|${leaf.colId}`);
        note({
          code: 'structure.by-position',
          params: params({ label: leaf.node?.display ?? leaf.text, position: leaves.indexOf(leaf) + 1 }),
          subject: `${set.id}|${leaf.colId}`,
        });
      }
    }
  }

  // Rows the format has and the input lacks.
  for (const r of table.rows) {
    if (seenRows.has(r.id) || table.singleRow) continue;
    note({ code: 'structure.missing-row', params: params({ label: r.display }), subject: r.id });
  }
  return out;

  function reportExtraRow(cr: ClassifiedRow, labels: InCell[], values: InCell[]): void {
    const label = labels.filter((c) => !c.carried && c.text.trim()).map((c) => c.text.replace(/\s+/g, '')).join(' ') || '（无标签）';
    note({ code: 'structure.extra-row', params: params({ row: cr.row.row + 1, label }), subject: `${cr.row.table}:${cr.row.row}` });
    for (const v of values) if (v.value.kind !== 'blank') out.unplaced.push({ loc: v.loc, text: v.text, table: table.id });
  }
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
function splitRow(
  cr: ClassifiedRow,
  firstLeafCol: number | undefined,
  minValues: number,
): { labels: InCell[]; values: InCell[] } {
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

/** The template row a label names; the parents carried down break ties. */
function resolveRow(table: TableDef, matches: LabelMatch[], parents: string[]): RowResolution {
  const own = matches.filter(
    (m) => m.target.table === table.id && (m.target.kind === 'row' || m.target.kind === 'group'),
  );
  if (!own.length) return { kind: 'none' };
  const top = own[0].score;
  const best = own.filter((m) => m.score >= top - 0.02);
  const scored = best.map((m) => {
    const target = m.target as { kind: 'row' | 'group'; id: string };
    const groupId = target.kind === 'row' ? table.rows.find((r) => r.id === target.id)?.group : undefined;
    const group = groupId ? table.groups.find((g) => g.id === groupId) : undefined;
    const parentHit = group && parents.some((p) => p && group.display.includes(p)) ? 1 : 0;
    return { target, rank: m.score + parentHit * 0.05 + (target.kind === 'row' ? 0.01 : 0) };
  });
  scored.sort((a, b) => b.rank - a.rank);
  const winner = scored[0].target;
  return { kind: winner.kind, id: winner.id };
}

/**
 * Pairs values with leaves. Equal counts pair in order (colspans in a data row need not line up
 * with the header's); otherwise, in an exact grid, by column overlap; otherwise in order.
 */
function mapValues(
  values: InCell[],
  leaves: Leaf[],
  byColumn: boolean,
): { pairs: Array<[Leaf, InCell]>; extra: InCell[]; short: boolean } {
  let vals = values;
  // Padding: empty cells past the expected count are no data; then the empty cells a merged row
  // label leaves behind it (a label over three columns copied from Excel is the label and two blanks).
  while (vals.length > leaves.length && vals.at(-1)!.text.trim() === '') vals = vals.slice(0, -1);
  while (vals.length > leaves.length && vals[0].text.trim() === '') vals = vals.slice(1);
  if (vals.length === leaves.length) return { pairs: leaves.map((l, i) => [l, vals[i]]), extra: [], short: false };
  if (byColumn) {
    const used = new Set<InCell>();
    const pairs: Array<[Leaf, InCell]> = [];
    for (const leaf of leaves) {
      const cell =
        vals.find((v) => !used.has(v) && v.col <= leaf.col && leaf.col <= v.colEnd) ??
        vals.find((v) => !used.has(v) && v.col >= leaf.col && v.col <= leaf.colEnd);
      if (cell) {
        used.add(cell);
        pairs.push([leaf, cell]);
      }
    }
    return { pairs, extra: vals.filter((v) => !used.has(v)), short: false };
  }
  const n = Math.min(vals.length, leaves.length);
  return {
    pairs: leaves.slice(0, n).map((l, i) => [l, vals[i]]),
    extra: vals.slice(n),
    short: vals.length < leaves.length,
  };
}
