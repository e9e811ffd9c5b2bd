import { normalizeLabel } from '../labels';
import type { RowDef, TableDef } from '../template/types';
import { templateLeaves } from './headerLeaves';
import type { InCell } from './inputRows';
import type { HeaderBlock, Line } from './sectionLines';

/** A row of the format with the values read for it, from one input line or several. */
export interface LogicalRow {
  rowId: string;
  label: string;
  lines: Line[];
  values: InCell[];
  header?: HeaderBlock;
  /** its values stood apart from its label and were placed by the order of the format's rows */
  byOrder: boolean;
}

/** Values that no row could take without guessing: the rows they may belong to stay unread. */
export interface LooseValues {
  rowIds: string[];
  lines: Line[];
  values: InCell[];
  /** the text of the input where the values stood (an unknown label, if any) */
  label: string;
}

type Item =
  | { kind: 'row'; row: LogicalRow; strong: boolean }
  | { kind: 'orphan'; values: InCell[]; lines: Line[]; hint: string; lone?: boolean };

/** How many values a row of the format has. */
export function valuesOfRow(table: TableDef, rowId: string): number {
  const set = table.columnSets.find((s) => s.rows.includes(rowId)) ?? table.columnSets[0];
  return templateLeaves(set.roots).length;
}

/**
 * Text from PDF readers and OCR (geometry 'ragged') puts a row's label and its values on one line,
 * or the label on one line and the values on the next (one value a line, or a label cut over
 * lines around its values), or the values of several rows in a block away from their labels.
 * This joins them with what the format knows: each row's label and how many values it has.
 *
 * 1. A label that names a row opens it; values that follow fill it up to its count (a cut-off
 *    label's continuation with values on the same line fills it too).
 * 2. Values left over, or a label line whose values broke the order of the format's rows, stand
 *    between two rows read with their labels: they fill the rows between those two, in the format's
 *    order, only when the count of values is exactly theirs (one form of 三（六） or the other); else
 *    those rows stay unread.
 */
export function assembleRows(table: TableDef, lines: Line[]): { rows: LogicalRow[]; loose: LooseValues[]; extra: Line[] } {
  const need = (id: string) => valuesOfRow(table, id);
  const items: Item[] = [];
  const extra: Line[] = [];
  let open: { row: LogicalRow; strong: boolean } | null = null;
  const close = () => {
    if (open && open.row.values.length) items.push({ kind: 'row', row: open.row, strong: open.strong });
    open = null;
  };
  const orphan = (values: InCell[], line: Line, hint = '') => {
    if (!values.length) return;
    const last = items.at(-1);
    if (last?.kind === 'orphan' && !hint && !last.hint && !last.lone) {
      last.values.push(...values);
      if (!last.lines.includes(line)) last.lines.push(line);
    } else items.push({ kind: 'orphan', values: [...values], lines: [line], hint });
  };
  const fill = (values: InCell[], line: Line) => {
    const row = open!.row;
    // One line of values after a label is that label's, however many (too many: the row says so).
    const take = row.values.length ? Math.max(0, need(row.rowId) - row.values.length) : values.length > 1 ? values.length : 1;
    row.values.push(...values.slice(0, take));
    if (take && !row.lines.includes(line)) row.lines.push(line);
    const rest = values.slice(take);
    if (rest.length) {
      close();
      orphan(rest, line);
    }
  };
  const fullRowNext = (i: number, count: number) => {
    const next = lines.slice(i + 1).find((l) => l.kind !== 'nothing' && !(l.kind === 'unknown' && !l.values.length));
    return !!next && next.kind === 'values' && next.values.length >= count;
  };
  for (const [i, line] of lines.entries()) {
    if (line.kind === 'values' && open && !open.row.values.length && line.values.length === 1 && fullRowNext(i, need(open.row.rowId))) {
      // A lone number between a label and a full line of its values is no value of it.
      close();
      items.push({ kind: 'orphan', values: [...line.values], lines: [line], hint: '', lone: true });
      continue;
    }
    if (line.kind === 'row') {
      close();
      const row: LogicalRow = { rowId: line.rowId!, label: line.label, lines: [line], values: [], header: line.header, byOrder: false };
      // Values on the label's own line are all the row's (too many or too few: the row says so).
      row.values.push(...line.values);
      open = { row, strong: line.values.length > 0 };
    } else if (line.kind === 'group') {
      close();
    } else if (line.kind === 'values') {
      if (open && open.row.values.length < need(open.row.rowId)) fill(line.values, line);
      else {
        close();
        orphan(line.values, line);
      }
    } else if (line.kind === 'unknown' && line.values.length && !line.narrative) {
      if (open && open.row.values.length === 0) fill(line.values, line);
      else {
        close();
        orphan(line.values, line, line.label);
      }
    }
  }
  close();
  return place(table, items, extra);
}

// Each table's rows by id and place (the last of an id, as a Map made from the list keeps), once per table.
const rowOrders = new WeakMap<TableDef, Map<string, number>>();
function rowOrder(table: TableDef): Map<string, number> {
  let m = rowOrders.get(table);
  if (!m) {
    m = new Map(table.rows.map((r, i) => [r.id, i]));
    rowOrders.set(table, m);
  }
  return m;
}

function place(table: TableDef, items: Item[], extra: Line[]): { rows: LogicalRow[]; loose: LooseValues[]; extra: Line[] } {
  const index = rowOrder(table);
  const rows: LogicalRow[] = [];
  const loose: LooseValues[] = [];
  const bounds = [-1];
  const taken = new Set<string>();
  items.forEach((it, i) => {
    if (it.kind !== 'row' || !it.strong) return;
    bounds.push(i);
    taken.add(it.row.rowId);
  });
  bounds.push(items.length);
  for (let b = 0; b < bounds.length - 1; b++) {
    const from = bounds[b];
    const to = bounds[b + 1];
    if (from >= 0) rows.push((items[from] as { row: LogicalRow }).row);
    const stretch = items.slice(from + 1, to);
    if (!stretch.length) continue;
    const lo = from >= 0 ? index.get((items[from] as { row: LogicalRow }).row.rowId)! : -1;
    const hi = to < items.length ? index.get((items[to] as { row: LogicalRow }).row.rowId)! : table.rows.length;
    placeStretch(table, stretch, lo, hi, taken, rows, loose, extra);
  }
  return { rows, loose, extra };
}

/** Items between two rows read with their labels (template indices lo and hi). */
function placeStretch(
  table: TableDef,
  stretch: Item[],
  lo: number,
  hi: number,
  taken: Set<string>,
  rows: LogicalRow[],
  loose: LooseValues[],
  extra: Line[],
): void {
  const byLabels = readByLabels(table, stretch, lo, hi, taken, true);
  if (byLabels) {
    for (const r of byLabels.rows) taken.add(r.rowId);
    rows.push(...byLabels.rows);
    return;
  }
  // By order alone: every value of the stretch, in input order, over the rows between lo and hi.
  // (A label that broke the order is no evidence for where its values go: it carries no hint.)
  const blocks = stretch.map((it) => (it.kind === 'row' ? { kind: 'orphan' as const, values: it.row.values, lines: it.row.lines, hint: '' } : it));
  const fit = fitGap(table, lo, hi, taken, blocks) ?? fitGap(table, lo, hi, taken, blocks.filter((b) => !b.lone));
  if (fit) {
    for (const r of fit) taken.add(r.rowId);
    rows.push(...fit);
    // A lone number left out by the fit: no value of any row.
    for (const b of blocks) if (b.lone && !fit.some((r) => r.values.some((v) => b.values.includes(v)))) extra.push(...b.lines);
    return;
  }
  // Neither: rows whose labels keep the format's order stay, blocks that fit their gap too; the rest is unread.
  const partial = readByLabels(table, stretch, lo, hi, taken, false)!;
  for (const r of partial.rows) taken.add(r.rowId);
  rows.push(...partial.rows);
  for (const it of partial.left) {
    const values = it.kind === 'row' ? it.row.values : it.values;
    const lines = it.kind === 'row' ? it.row.lines : it.lines;
    if (values.every(isBlank)) continue;
    const between = openRows(table, lo, hi, taken)
      .filter((r) => !r.standsFor?.length)
      .filter((r) => !partial.rows.some((x) => x.rowId === r.id))
      .map((r) => r.id);
    if (it.kind === 'row' && !taken.has(it.row.rowId)) loose.push({ rowIds: [it.row.rowId], lines, values, label: it.row.label });
    else if (between.length) loose.push({ rowIds: between, lines, values, label: it.kind === 'row' ? it.row.label : it.hint });
    else extra.push(...lines);
  }
}

/**
 * Weak rows (label and values on different lines) in the format's order, each block of values
 * filling its gap exactly. Strict: null at the first thing out of place; otherwise what fits, and
 * the items left.
 */
function readByLabels(
  table: TableDef,
  stretch: Item[],
  lo: number,
  hi: number,
  taken: Set<string>,
  strict: boolean,
): { rows: LogicalRow[]; left: Item[] } | null {
  const index = rowOrder(table);
  const rows: LogicalRow[] = [];
  const left: Item[] = [];
  let prev = lo;
  const used = new Set(taken);
  for (let i = 0; i < stretch.length; i++) {
    const it = stretch[i];
    if (it.kind === 'row') {
      const idx = index.get(it.row.rowId)!;
      if (idx <= prev || idx >= hi || used.has(it.row.rowId)) {
        if (strict) return null;
        left.push(it);
        continue;
      }
      used.add(it.row.rowId);
      rows.push(it.row);
      prev = idx;
      continue;
    }
    const next = stretch.slice(i + 1).find((x) => x.kind === 'row') as { row: LogicalRow } | undefined;
    const nextIdx = next ? index.get(next.row.rowId)! : hi;
    const fit = fitGap(table, prev, Math.min(nextIdx > prev ? nextIdx : hi, hi), used, [it]);
    if (!fit) {
      if (it.values.every(isBlank) && !it.hint) continue;
      if (strict) return null;
      left.push(it);
      continue;
    }
    for (const r of fit) used.add(r.rowId);
    rows.push(...fit);
    if (fit.length) prev = index.get(fit.at(-1)!.rowId)!;
  }
  return { rows, left };
}

function isBlank(c: InCell): boolean {
  return c.value.kind === 'blank';
}

/**
 * The rows strictly between template indices lo and hi (not yet read) that the blocks' values
 * fill exactly, in order, in one form of the format only (with 三（六） as one row or as three);
 * null when no form or both fit, or a block's own label is no part of the row it would fill.
 */
function fitGap(table: TableDef, lo: number, hi: number, taken: Set<string>, blocks: Array<{ values: InCell[]; lines: Line[]; hint: string }>): LogicalRow[] | null {
  const between = openRows(table, lo, hi, taken);
  const forms = formsOf(between);
  const values = blocks.flatMap((b) => b.values);
  const fits = forms.filter((rows) => rows.reduce((n, r) => n + valuesOfRow(table, r.id), 0) === values.length);
  if (fits.length !== 1) return null;
  const out: LogicalRow[] = [];
  let at = 0;
  for (const r of fits[0]) {
    const n = valuesOfRow(table, r.id);
    const mine = values.slice(at, at + n);
    const lines = blocks.filter((b) => b.values.some((v) => mine.includes(v))).flatMap((b) => b.lines);
    out.push({ rowId: r.id, label: r.display, lines, values: mine, header: lines[0]?.header, byOrder: true });
    at += n;
  }
  // A block that came with a label (a cut one) must sit on a row whose label holds it.
  for (const b of blocks) {
    if (!b.hint) continue;
    const hint = normalizeLabel(b.hint).text;
    const row = out.find((r) => b.values.some((v) => r.values.includes(v)));
    const def = row && table.rows.find((x) => x.id === row.rowId);
    if (!def || ![def.display, ...(def.aliases ?? [])].some((t) => normalizeLabel(t).text.includes(hint))) return null;
  }
  return out;
}

/** The row lists a stretch may be printed as: rows that stand for others in one, those others in the other. */
function formsOf(rows: RowDef[]): RowDef[][] {
  const short = rows.find((r) => r.standsFor?.length && rows.some((x) => r.standsFor!.includes(x.id)));
  if (!short) return [rows.filter((r) => !r.standsFor?.length || !rows.some((x) => r.standsFor!.includes(x.id)))];
  return [rows.filter((r) => r !== short), rows.filter((r) => !short.standsFor!.includes(r.id))];
}

/** Rows strictly between template indices lo and hi not read yet, in the form the read rows allow. */
function openRows(table: TableDef, lo: number, hi: number, taken: Set<string>): RowDef[] {
  return table.rows.filter((r, i) => {
    if (i <= lo || i >= hi || taken.has(r.id)) return false;
    if (r.standsFor?.some((id) => taken.has(id))) return false;
    const short = table.rows.find((x) => x.standsFor?.includes(r.id));
    return !(short && taken.has(short.id));
  });
}
