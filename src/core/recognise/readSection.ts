import type { ColumnSet, TableDef } from '../template/types';
import type { ClassifiedRow } from './classifyRows';
import { assembleRows, type LogicalRow } from './assembleRows';
import { headerIsComplete, isDashedDigitRun, splitGluedDigits, trimPadding } from './fitValues';
import { headerLeaves, positionalLeaves, templateLeaves, type Leaf } from './headerLeaves';
import type { InCell } from './inputRows';
import type { PlacedCell, StructureNote, Unplaced } from './notes';
import { sectionLines, type HeaderBlock, type Line } from './sectionLines';
import { tableIndex } from './tableIndex';
import type { Vocabulary } from './vocabulary';

export interface SectionResult {
  placed: PlacedCell[];
  notes: StructureNote[];
  unplaced: Unplaced[];
  /** rows whose label named a template row */
  rowsMatched: number;
}

/**
 * Reads the rows that belong to one template table: header blocks give the columns, row labels
 * (with their parents carried down) give the rows, and every value lands on its key. A row whose
 * values cannot be matched to its cells one for one is `structure.row-unreadable`: its cells stay
 * absent, never shifted into its neighbours.
 */
export function readSection(table: TableDef, rows: ClassifiedRow[], vocab: Vocabulary): SectionResult {
  const out: SectionResult = { placed: [], notes: [], unplaced: [], rowsMatched: 0 };
  const placedKeys = new Set<string>();
  const seenRows = new Set<string>();
  const unreadRows = new Set<string>();
  const noted = new Set<string>();
  const index = tableIndex(table);
  const note = (n: Omit<StructureNote, 'table' | 'severity'> & { severity?: StructureNote['severity'] }) =>
    out.notes.push({ severity: 'warning', table: table.id, ...n });
  const params = (extra: Record<string, string | number>) => ({ table: table.id, ...extra });
  const once = (key: string) => (noted.has(key) ? false : (noted.add(key), true));
  const keep = (values: InCell[]) => {
    for (const v of values) if (v.value.kind !== 'blank' && v.text.trim()) out.unplaced.push({ loc: v.loc, text: v.text, table: table.id });
  };
  const extraRow = (line: Line) => {
    note({ code: 'structure.extra-row', params: params({ row: line.cr.row.row + 1, label: line.label || labelOf(line) }), subject: `${line.cr.row.table}:${line.cr.row.row}` });
    keep(line.values);
  };
  const unreadable = (rowIds: string[], label: string, lines: Line[], values: InCell[]) => {
    const cells = table.cells.filter((c) => rowIds.includes(c.row)).map((c) => c.key);
    for (const id of rowIds) unreadRows.add(id);
    const first = lines[0]?.cr.row;
    note({
      code: 'structure.row-unreadable',
      params: params({ label, line: quote(lines) }),
      subject: `${rowIds.join(',')}@${first ? `${first.table}:${first.row}` : ''}`,
      cells,
    });
    keep(values);
  };

  const lines = sectionLines(table, rows, vocab);
  if (table.singleRow) {
    readSingleRow(lines);
    return out;
  }
  let logical: LogicalRow[];
  if (lines.length && lines.every((l) => l.cr.row.geometry === 'ragged')) {
    const assembled = assembleRows(table, lines);
    logical = assembled.rows;
    for (const l of assembled.extra) extraRow(l);
    for (const lv of assembled.loose) {
      const labels = lv.rowIds.map((id) => index.row(id)!.display);
      unreadable(lv.rowIds, lv.label || labels.join('、'), lv.lines, lv.values);
    }
  } else {
    logical = [];
    for (const line of lines) {
      const hasValues = line.values.some((v) => v.value.kind !== 'blank');
      if (line.kind === 'row') {
        if (line.values.length) logical.push({ rowId: line.rowId!, label: line.label, lines: [line], values: line.values, header: line.header, byOrder: false });
      } else if (line.kind === 'group' ? hasValues : line.kind === 'unknown' ? line.values.length > 0 : line.kind === 'values' && hasValues) {
        extraRow(line);
      }
    }
  }
  for (const row of logical) placeRow(row);
  dropUnusedShortRows();

  for (const r of table.rows) {
    if (seenRows.has(r.id) || unreadRows.has(r.id) || r.standsFor?.length) continue;
    const short = table.rows.find((x) => x.standsFor?.includes(r.id));
    if (short && seenRows.has(short.id)) continue;
    note({ code: 'structure.missing-row', params: params({ label: r.display }), subject: r.id });
  }
  return out;

  function placeRow(row: LogicalRow): void {
    const first = row.lines[0].cr.row;
    if (seenRows.has(row.rowId)) {
      note({ code: 'structure.duplicate-row', params: params({ row: first.row + 1, label: row.label }), subject: `${first.table}:${first.row}` });
      keep(row.values);
      return;
    }
    seenRows.add(row.rowId);
    out.rowsMatched++;
    const set = table.columnSets.find((s) => s.rows.includes(row.rowId)) ?? table.columnSets[0];
    const count = templateLeaves(set.roots).length;
    const fromHeader = row.header ? leavesOf(row.header, set) : null;
    const exact = row.lines.length === 1 && first.geometry === 'exact';
    const complete = !!fromHeader && headerIsComplete(fromHeader, set, !(exact && row.header!.exact));
    let values = trimPadding(row.values, count);
    let pairs: Array<[Leaf, InCell]>;
    if (exact && row.header?.exact && fromHeader && (complete || values.length !== count)) {
      // An exact grid under a header that places each value (or the best the header can do).
      if (!complete) missingColumns(set, fromHeader);
      const mapping = mapValues(values, fromHeader, true);
      if (mapping.extra.some((v) => v.value.kind !== 'blank')) {
        note({
          code: 'structure.extra-values',
          params: params({ row: first.row + 1, label: row.label || '—', count: values.length, expected: fromHeader.length }),
          subject: `${first.table}:${first.row}`,
        });
        keep(mapping.extra);
      }
      pairs = mapping.pairs;
    } else if (complete && fromHeader!.length !== count && values.length === fromHeader!.length) {
      // A header in the format's order with a column it lacks (备注), and rows that have that column.
      pairs = fromHeader!.map((l, i) => [l, values[i]]);
    } else {
      if (values.some((v) => isDashedDigitRun(v.text))) {
        seenRows.delete(row.rowId);
        out.rowsMatched--;
        unreadable([row.rowId], displayOf(table, row.rowId) ?? row.label, row.lines, row.values);
        return;
      }
      if (values.length !== count) {
        const split = splitGluedDigits(values, count);
        if (!split) {
          seenRows.delete(row.rowId);
          out.rowsMatched--;
          unreadable([row.rowId], displayOf(table, row.rowId) ?? row.label, row.lines, row.values);
          return;
        }
        values = split;
      }
      // A header that names every column (and no other) places them; any other is not trusted.
      const leaves = complete && fromHeader!.length === count ? fromHeader! : positionalLeaves(set);
      pairs = leaves.map((l, i) => [l, values[i]]);
    }
    if (row.byOrder && once(`order|${row.rowId}`)) {
      note({ code: 'structure.row-by-position', params: params({ label: index.row(row.rowId)!.display }), subject: row.rowId });
    }
    const rowLeaves = pairs.map((p) => p[0]);
    for (const [leaf, cell] of pairs) put(row.rowId, set, leaf, cell, rowLeaves);
  }

  function put(rowId: string, set: ColumnSet, leaf: Leaf, cell: InCell, leaves: Leaf[]): void {
    if (!leaf.colId) {
      if (cell.value.kind !== 'blank') {
        out.unplaced.push({ loc: cell.loc, text: cell.text, table: table.id });
        if (once(`xcol|${leaf.text}`)) note({ code: 'structure.extra-column', params: params({ col: leaf.col + 1, label: leaf.text }), subject: leaf.text });
      }
      return;
    }
    const def = index.cellAt(rowId, leaf.colId);
    if (!def) {
      if (cell.value.kind !== 'blank') out.unplaced.push({ loc: cell.loc, text: cell.text, table: table.id });
      return;
    }
    if (placedKeys.has(def.key)) return;
    placedKeys.add(def.key);
    out.placed.push({ key: def.key, raw: cell.text, loc: cell.loc, byPosition: leaf.byPosition });
    if (leaf.byPosition && once(`pos|${set.id}|${leaf.colId}`)) {
      note({
        code: 'structure.by-position',
        params: params({ label: leaf.node?.display ?? leaf.text, position: leaves.indexOf(leaf) + 1 }),
        subject: `${set.id}|${leaf.colId}`,
      });
    }
  }

  function missingColumns(set: ColumnSet, leaves: Leaf[]): void {
    for (const n of templateLeaves(set.roots)) {
      if (leaves.some((l) => l.colId === n.id) || !once(`mcol|${set.id}|${n.id}`)) continue;
      note({ code: 'structure.missing-column', params: params({ label: n.display }), subject: `${set.id}|${n.id}` });
    }
  }

  /** A row that stands for others, printed blank above its sub-items (a group line with empty cells), is no row. */
  function dropUnusedShortRows(): void {
    for (const r of table.rows) {
      if (!r.standsFor?.length || !seenRows.has(r.id) || !r.standsFor.some((id) => seenRows.has(id))) continue;
      const keys = new Set(index.keysOfRow(r.id));
      const mine = out.placed.filter((p) => keys.has(p.key));
      if (mine.some((p) => p.raw.trim() && !/^[/／\-—–无空]$/.test(p.raw.trim()))) continue;
      out.placed = out.placed.filter((p) => !keys.has(p.key));
      seenRows.delete(r.id);
      out.rowsMatched--;
    }
  }

  /**
   * Table 4: one row of values under its header, on one line, or over several (one value a line).
   * In text without columns, runs of values cut apart by other lines are joined only when each run
   * holds whole groups (5 values: one of 行政复议, 未经复议直接起诉, 复议后起诉, as markdown prints
   * them one under the other); runs cut mid-group (PDF text that scattered the header among the
   * values) are not put in order by guessing.
   */
  function readSingleRow(all: Line[]): void {
    const rowId = table.rows[0].id;
    const set = table.columnSets[0];
    const count = templateLeaves(set.roots).length;
    if (all.some((l) => l.cr.row.geometry === 'exact')) {
      let taken: Line | undefined;
      for (const line of all) {
        // Exact grids: the first row of values is the row; anything else with text is extra.
        if (taken || (line.kind === 'unknown' && line.labels.some((c) => !c.carried && c.value.kind === 'text'))) {
          if (line.kind !== 'nothing') extraRow(line);
          continue;
        }
        if (line.kind !== 'nothing') taken = line;
      }
      if (!taken) return;
      seenRows.add(rowId);
      out.rowsMatched++;
      placeRow0([taken], taken.values, set, count);
      return;
    }
    const runs: Line[][] = [];
    let run: Line[] = [];
    for (const line of all) {
      const hasValues = line.values.some((v) => v.value.kind !== 'text');
      if (line.narrative) continue;
      if (!hasValues) {
        if (run.length) runs.push(run);
        run = [];
        continue;
      }
      run.push(line);
    }
    if (run.length) runs.push(run);
    if (!runs.length) return;
    const size = (r: Line[]) => r.reduce((n, l) => n + l.values.length, 0);
    const group = groupSize(set);
    let taken: Line[] | undefined = runs.find((r) => size(r) === count);
    if (!taken && runs.every((r) => size(r) % group === 0) && runs.reduce((n, r) => n + size(r), 0) === count) taken = runs.flat();
    if (!taken && runs.length === 1) taken = runs[0];
    if (!taken) {
      const lines = runs.flat();
      unreadable([rowId], table.short, lines, lines.flatMap((l) => l.values));
      return;
    }
    for (const r of runs) if (!r.every((l) => taken!.includes(l))) for (const l of r) extraRow(l);
    seenRows.add(rowId);
    out.rowsMatched++;
    placeRow0(taken, taken.flatMap((l) => l.values), set, count);
  }

  function placeRow0(taken: Line[], raw: InCell[], set: ColumnSet, count: number): void {
    const rowId = table.rows[0].id;
    const header = taken[0].header;
    const fromHeader = header ? leavesOf(header, set) : null;
    let values = trimPadding(raw, count);
    const exact = taken.length === 1 && taken[0].cr.row.geometry === 'exact';
    const complete = !!fromHeader && headerIsComplete(fromHeader, set, !(exact && header!.exact));
    if (exact && header?.exact && fromHeader && (complete || values.length !== count)) {
      if (!complete) missingColumns(set, fromHeader);
      const mapping = mapValues(values, fromHeader, true);
      if (mapping.extra.some((v) => v.value.kind !== 'blank')) {
        note({
          code: 'structure.extra-values',
          params: params({ row: taken[0].cr.row.row + 1, label: '—', count: values.length, expected: fromHeader.length }),
          subject: `${taken[0].cr.row.table}:${taken[0].cr.row.row}`,
        });
        keep(mapping.extra);
      }
      const leaves = mapping.pairs.map((p) => p[0]);
      for (const [leaf, cell] of mapping.pairs) put(rowId, set, leaf, cell, leaves);
      return;
    }
    if (values.length !== count) {
      const split = splitGluedDigits(values, count);
      if (!split) {
        seenRows.delete(rowId);
        out.rowsMatched--;
        unreadable([rowId], table.short, taken, raw);
        return;
      }
      values = split;
    }
    const leaves = complete && fromHeader!.length === count ? fromHeader! : positionalLeaves(set);
    leaves.forEach((leaf, i) => put(rowId, set, leaf, values[i], leaves));
  }
}

/** The values of the smallest group of columns (table 4: the five results of one kind of case). */
function groupSize(set: ColumnSet): number {
  let min = Infinity;
  const walk = (nodes: ColumnSet['roots']) => {
    for (const n of nodes) {
      if (!n.children?.length) continue;
      if (n.children.every((c) => !c.children?.length)) min = Math.min(min, n.children.length);
      else walk(n.children);
    }
  };
  walk(set.roots);
  return Number.isFinite(min) ? min : templateLeaves(set.roots).length;
}

function leavesOf(header: HeaderBlock, set: ColumnSet): Leaf[] | null {
  if (!header.leaves.has(set)) {
    const leaves = headerLeaves(set, header.levels, header.exact);
    header.leaves.set(set, leaves.some((l) => l.colId) ? leaves : null);
  }
  return header.leaves.get(set) ?? null;
}

function labelOf(line: Line): string {
  return line.labels.filter((c) => !c.carried && c.text.trim()).map((c) => c.text.replace(/\s+/g, '')).join(' ') || '（无标签）';
}

/** The input lines of a row, as written, for the message (shortened). */
function quote(lines: Line[]): string {
  const text = lines.map((l) => l.cr.row.cells.map((c) => c.text.trim()).filter((t) => t).join(' ')).join(' / ');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * Pairs values with the header's leaves in an exact grid: equal counts pair in order (colspans in a
 * data row need not line up with the header's); otherwise by column overlap.
 */
function mapValues(vals: InCell[], leaves: Leaf[], _byColumn: true): { pairs: Array<[Leaf, InCell]>; extra: InCell[] } {
  if (vals.length === leaves.length) return { pairs: leaves.map((l, i) => [l, vals[i]]), extra: [] };
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
  return { pairs, extra: vals.filter((v) => !used.has(v)) };
}

/** The format's own name of a row (what the reader knows it by), not the label as the input ran it together. */
function displayOf(table: TableDef, rowId: string): string | undefined {
  return table.rows.find((r) => r.id === rowId)?.display;
}
