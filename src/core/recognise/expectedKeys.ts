import type { TemplateDef } from '../template/types';

/**
 * The keys a report of this format has as the input prints it. Where a row may stand for others
 * (2021's 三（六）其他处理 printed as one row), the input's form decides: if it holds a key of the short
 * row, the rows it stands for are not expected, otherwise the short row is not.
 *
 * @example expectedKeys(GOV_DISCLOSURE_2021, ['t3.other.natural']).length  // 186
 * @example expectedKeys(GOV_DISCLOSURE_2021, []).length                    // 200
 */
export function expectedKeys(template: TemplateDef, present: Iterable<string>): string[] {
  const have = new Set(present);
  const out: string[] = [];
  for (const table of shapeOf(template)) {
    const dropped = droppedRows(table, have);
    for (const c of table.cells) if (!dropped.has(c.row)) out.push(c.key);
  }
  return out;
}

/** How many keys expectedKeys gives, without listing them (`present` is asked for keys only). */
export function expectedCount(template: TemplateDef, present: { has(key: string): boolean }): number {
  let n = 0;
  for (const table of shapeOf(template)) {
    const dropped = droppedRows(table, present);
    if (!dropped.size) n += table.cells.length;
    else for (const c of table.cells) if (!dropped.has(c.row)) n++;
  }
  return n;
}

interface TableShape {
  cells: ReadonlyArray<{ key: string; row: string }>;
  /** rows that may stand for others: their own cells' keys, and the rows they stand for */
  short: ReadonlyArray<{ row: string; keys: string[]; standsFor: string[] }>;
}

function droppedRows(table: TableShape, have: { has(key: string): boolean }): Set<string> {
  const dropped = new Set<string>();
  for (const s of table.short) {
    if (s.keys.some((k) => have.has(k))) for (const id of s.standsFor) dropped.add(id);
    else dropped.add(s.row);
  }
  return dropped;
}

// Each template's rows and cells, looked at once (every report of a batch asks).
const shapes = new WeakMap<TemplateDef, TableShape[]>();

function shapeOf(template: TemplateDef): TableShape[] {
  let s = shapes.get(template);
  if (!s) {
    s = template.tables.map((table) => ({
      cells: table.cells.map((c) => ({ key: c.key, row: c.row })),
      short: table.rows
        .filter((row) => row.standsFor?.length)
        .map((row) => ({ row: row.id, keys: table.cells.filter((c) => c.row === row.id).map((c) => c.key), standsFor: [...row.standsFor!] })),
    }));
    shapes.set(template, s);
  }
  return s;
}
