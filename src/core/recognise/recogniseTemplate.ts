import { normalizeLabel } from '../labels';
import type { TableId, TemplateDef } from '../template/types';
import { classifyRow, winningTable, type ClassifiedRow } from './classifyRows';
import type { InRow } from './inputRows';
import type { PlacedCell, StructureNote, Unplaced } from './notes';
import { readSection } from './readSection';
import { vocabularyOf } from './vocabulary';

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
  for (const rows of rowsByTable) {
    const classified = rows.map((r) => classifyRow(r, vocab));
    let current = captionTable(rows[0]?.caption, vocab);
    const pending: ClassifiedRow[] = [];
    for (const cr of classified) {
      const t = cr.kind === 'empty' ? undefined : winningTable(cr.votes);
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
    const result = readSection(table, rows);
    if (!result.placed.length) continue;
    tables.push(table.id);
    rowsMatched += result.rowsMatched;
    const byKey = new Map(result.placed.map((p) => [p.key, p]));
    for (const c of table.cells) {
      const p = byKey.get(c.key);
      if (p) cells.set(c.key, p);
    }
    notes.push(...result.notes);
    unplaced.push(...result.unplaced);
  }
  let labelled = 0;
  let positional = 0;
  for (const c of cells.values()) c.byPosition ? positional++ : labelled++;
  const odd = notes.filter((n) =>
    ['structure.extra-row', 'structure.extra-column', 'structure.duplicate-row', 'structure.missing-row'].includes(n.code),
  ).length;
  return { template, cells, notes, unplaced, tables, score: labelled + positional / 2 + rowsMatched - 3 * odd, labelled, rowsMatched };
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
