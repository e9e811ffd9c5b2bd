import { columnLetters, officialLayout, type Lang, type Merge, type RawTable, type TableId, type TemplateDef } from '../../core';

export type CellKind = 'header' | 'label' | 'value' | 'section' | 'plain';

/**
 * What the grid shows for one tab: the data, merges, what each cell is, and which key sits where.
 * A report table is drawn in its official layout; a table that is no report is shown as it came.
 */
export interface GridModel {
  id: string;
  /**
   * Which document and table the model shows (`3:t3`): the same origin in another language is the
   * same data, so the grid's undo history stays valid across a language switch.
   */
  origin?: string;
  title: string;
  data: string[][];
  merges: Merge[];
  kinds: CellKind[][];
  /** report key or generic name (`T1!B7`) of each editable cell */
  keys: (string | undefined)[][];
  posOf: Map<string, { row: number; col: number }>;
  colWidths: number[];
  /** header rows to keep in view while scrolling */
  fixedRowsTop: number;
}

const WIDTHS: Record<TableId, (labelCols: number, cols: number) => number[]> = {
  t2: (_l, cols) => [190, ...Array(cols - 1).fill(150)],
  t3: (_l, cols) => [84, 112, 236, ...Array(cols - 3).fill(72)],
  t4: (_l, cols) => Array(cols).fill(64),
};

export function reportModel(template: TemplateDef, tableId: TableId, raw: ReadonlyMap<string, string>, lang: Lang): GridModel {
  const layout = officialLayout(template, tableId, lang, new Set(raw.keys()));
  const data = layout.rows.map((row) => row.map((c) => (c.kind === 'value' && c.key ? (raw.get(c.key) ?? '') : c.text)));
  const kinds = layout.rows.map((row) => row.map((c) => c.kind as CellKind));
  const keys = layout.rows.map((row) => row.map((c) => (c.kind === 'value' ? c.key : undefined)));
  const cols = layout.rows[0]?.length ?? 0;
  const headerRows = layout.rows.findIndex((row) => row.some((c) => c.kind === 'value'));
  return {
    id: tableId,
    title: layout.title,
    data,
    merges: layout.merges,
    kinds,
    keys,
    posOf: layout.keyPos,
    colWidths: WIDTHS[tableId](layout.labelCols, cols),
    fixedRowsTop: tableId === 't2' ? 0 : Math.max(0, headerRows),
  };
}

export function genericModel(table: RawTable, index: number): GridModel {
  // Loops, not Math.max(...spread): a sheet of 200,000 rows would overflow the call stack.
  let width = 1;
  for (const r of table.rows) width = Math.max(width, r.length);
  for (const m of table.merges) width = Math.max(width, m.col + m.colspan);
  const data = table.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const keys = data.map((r, ri) => r.map((_, c) => `${table.name}!${columnLetters(c)}${ri + 1}`));
  const posOf = new Map<string, { row: number; col: number }>();
  keys.forEach((r, ri) => r.forEach((k, c) => posOf.set(k, { row: ri, col: c })));
  // Sized from the first rows only: enough to fit a table's labels, cheap for a long list.
  const sample = data.slice(0, 200);
  const colWidths = Array.from({ length: width }, (_, c) =>
    Math.min(280, sample.reduce((w, r) => Math.max(w, textWidth(r[c]) + 20), 64)),
  );
  return {
    id: `G${index}`,
    title: table.name,
    data,
    merges: table.merges.filter((m) => m.rowspan > 1 || m.colspan > 1),
    kinds: data.map((r) => r.map(() => 'plain' as const)),
    keys,
    posOf,
    colWidths,
    fixedRowsTop: 0,
  };
}

/** Rough pixel width of a line of text: CJK characters are about twice as wide as Latin ones. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s.split('\n')[0] ?? '') w += /[\u2e80-\uffff]/.test(ch) ? 14 : 8;
  return w;
}
