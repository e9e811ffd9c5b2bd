import type { CellDef, RowDef, TableDef } from '../template/types';

/** Lookups of one template table, made once per table object (every report of a batch asks them). */
export interface TableIndex {
  /** the cell at a row and a column (the last listed wins, as a Map built from the list would) */
  cellAt(row: string, col: string): CellDef | undefined;
  /** the table's rows by id (the first listed wins, as `rows.find` would) */
  row(id: string): RowDef | undefined;
  /** the keys of a row's cells, in table order */
  keysOfRow(row: string): readonly string[];
}

const indexes = new WeakMap<TableDef, TableIndex>();

export function tableIndex(table: TableDef): TableIndex {
  let ix = indexes.get(table);
  if (!ix) {
    ix = buildIndex(table);
    indexes.set(table, ix);
  }
  return ix;
}

function buildIndex(table: TableDef): TableIndex {
  const cells = new Map<string, Map<string, CellDef>>();
  const keys = new Map<string, string[]>();
  for (const c of table.cells) {
    let byCol = cells.get(c.row);
    if (!byCol) cells.set(c.row, (byCol = new Map()));
    byCol.set(c.col, c);
    let list = keys.get(c.row);
    if (!list) keys.set(c.row, (list = []));
    list.push(c.key);
  }
  const rows = new Map<string, RowDef>();
  for (const r of table.rows) if (!rows.has(r.id)) rows.set(r.id, r);
  const none: readonly string[] = [];
  return {
    cellAt: (row, col) => cells.get(row)?.get(col),
    row: (id) => rows.get(id),
    keysOfRow: (row) => keys.get(row) ?? none,
  };
}
