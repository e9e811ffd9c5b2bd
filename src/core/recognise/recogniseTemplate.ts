import { normalizeLabel } from '../labels';
import type { TableDef, TableId, TemplateDef } from '../template/types';
import { classifyRow, winningTable, type ClassifiedRow } from './classifyRows';
import type { InRow } from './inputRows';
import type { PlacedCell, StructureNote, Unplaced } from './notes';
import { readSection } from './readSection';
import { vocabularyOf, type Vocabulary } from './vocabulary';

export interface TemplateReading {
  template: TemplateDef;
  /** placed cells by key, in template order */
  cells: Map<string, PlacedCell>;
  notes: StructureNote[];
  unplaced: Unplaced[];
  tables: TableId[];
  /** how well the input fits this format: keys placed by label count 1, by position ½, oddities cost */
  score: number;
  /** keys placed by label (not by position) */
  labelled: number;
  /** input rows whose label named a row of the format */
  rowsMatched: number;
}

/**
 * Reads the input as a report of one format: each row is given to the template table its labels
 * point at (rows without telling labels stay with the table before them), then each table's rows
 * are read by readSection.
 */
export function recogniseTemplate(template: TemplateDef, rowsByTable: InRow[][]): TemplateReading {
  const vocab = vocabularyOf(template);
  const sections = new Map<TableId, ClassifiedRow[]>();
  // Column headings named exactly: the 2019 and 2021 formats differ in table 2's, and that decides.
  const headingsNamed = new Set<string>();
  for (const rows of rowsByTable) {
    const classified = rows.map((r) => classifyRow(r, vocab));
    for (const cr of classified) {
      if (cr.kind !== 'header') continue;
      for (const found of cr.matches.values()) for (const m of found) if (m.score === 1 && m.target.kind === 'column') headingsNamed.add(m.target.node.display);
    }
    let current = captionTable(rows[0]?.caption, vocab);
    const pending: ClassifiedRow[] = [];
    for (const cr of classified) {
      const t = cr.kind === 'empty' || !mayTurnTable(cr, current) ? undefined : winningTable(cr.votes);
      if (t) {
        if (!current) for (const p of pending) push(sections, t, p);
        pending.length = 0;
        current = t;
      }
      if (current) push(sections, current, cr);
      else pending.push(cr);
    }
  }

  const cells = new Map<string, PlacedCell>();
  const notes: StructureNote[] = [];
  const unplaced: Unplaced[] = [];
  const tables: TableId[] = [];
  let rowsMatched = 0;
  for (const table of template.tables) {
    const rows = sections.get(table.id);
    if (!rows) continue;
    const result = readSection(table, rows, vocab);
    if (!result.placed.length) {
      // A table whose values could not be read is still reported so (its cells listed, none placed).
      notes.push(...result.notes.filter((n) => n.code === 'structure.row-unreadable'));
      continue;
    }
    tables.push(table.id);
    rowsMatched += result.rowsMatched;
    // in the table's order of cells (a key listed twice keeps its first place, as Map.set would)
    const { order, keys } = cellOrder(table);
    const slots: Array<PlacedCell | undefined> = new Array(keys.length);
    for (const p of result.placed) {
      const i = order.get(p.key);
      if (i !== undefined) slots[i] = p;
    }
    for (let i = 0; i < keys.length; i++) if (slots[i]) cells.set(keys[i], slots[i]!);
    notes.push(...result.notes);
    unplaced.push(...result.unplaced);
  }
  let labelled = 0;
  let positional = 0;
  for (const c of cells.values()) c.byPosition ? positional++ : labelled++;
  const odd = notes.filter((n) =>
    ['structure.extra-row', 'structure.extra-column', 'structure.duplicate-row', 'structure.missing-row', 'structure.row-unreadable'].includes(n.code),
  ).length;
  const headings = headingsInText(rowsByTable, vocab) + headingsNamed.size;
  return { template, cells, notes, unplaced, tables, score: labelled + positional / 2 + rowsMatched - 3 * odd + 3 * headings, labelled, rowsMatched };
}

const cellOrders = new WeakMap<TableDef, { order: Map<string, number>; keys: string[] }>();

/** Each key of a table's cells and its first place among them. */
function cellOrder(table: TableDef): { order: Map<string, number>; keys: string[] } {
  let c = cellOrders.get(table);
  if (!c) {
    const order = new Map<string, number>();
    const keys: string[] = [];
    for (const cell of table.cells) if (!order.has(cell.key)) order.set(cell.key, keys.push(cell.key) - 1);
    c = { order, keys };
    cellOrders.set(table, c);
  }
  return c;
}

function push(map: Map<TableId, ClassifiedRow[]>, t: TableId, cr: ClassifiedRow): void {
  const list = map.get(t) ?? [];
  list.push(cr);
  map.set(t, list);
}

function captionTable(caption: string | undefined, vocab: ReturnType<typeof vocabularyOf>): TableId | undefined {
  if (!caption) return undefined;
  const m = vocab.match(normalizeLabel(caption)).find((x) => x.target.kind === 'title');
  return m?.target.table;
}

/**
 * In text without rows or columns (PDF text, one cell a line) a lone column label (`总计`, a header
 * fragment of table 4) says nothing about where a table starts: once a table is open, only a title,
 * a row's label or a line with values turns to another.
 */
function mayTurnTable(cr: ClassifiedRow, current: TableId | undefined): boolean {
  if (cr.row.geometry !== 'ragged') return true;
  // A sentence of the report's text that names a table (`…被申请行政复议、提起行政诉讼情况。`) starts none.
  const text = cr.row.cells.map((c) => c.text).join('');
  if (text.length > 40 || /[。；]/.test(text)) return false;
  if (!current) return true;
  if (cr.row.cells.some((c) => c.value.kind === 'number')) return true;
  for (const found of cr.matches.values()) {
    const kinds = new Set(found.map((m) => m.target.kind));
    if (kinds.has('title')) return true;
    if ((kinds.has('row') || kinds.has('group')) && !kinds.has('column')) return true;
  }
  return false;
}

/**
 * Column headings of this format found inside longer texts of text without separators
 * (`…信息内容本年新制作数量本年新公开数量对外公开总数量规章`): the 2019 and 2021 formats differ in
 * table 2's columns, and such a text names them though no cell does.
 */
function headingsInText(rowsByTable: InRow[][], vocab: Vocabulary): number {
  const found = new Set<string>();
  const forms = vocab.columnForms(MIN_HEADING);
  for (const rows of rowsByTable) {
    for (const row of rows) {
      if (row.geometry !== 'ragged') continue;
      for (const cell of row.cells) {
        const t = cell.label.text;
        if (t.length < 2 * MIN_HEADING || vocab.match(cell.label).some((m) => m.score === 1)) continue;
        for (const f of forms) if (t.includes(f)) found.add(f);
      }
    }
  }
  return found.size;
}

const MIN_HEADING = 5;
