import { columnLetters, officialLayout, parseCellValue, type Lang, type Merge, type RawTable, type TableId, type TemplateDef } from '../../core';

export type CellKind = 'header' | 'label' | 'value' | 'section' | 'plain';

/**
 * What the grid shows for one tab: the data, merges, what each cell is, and which key sits where.
 * A report table is drawn in its official layout; a table that is no report is shown as it came.
 * Keys and kinds are functions, not arrays: a plain table of 200,000 cells needs none built ahead.
 */
export interface GridModel {
  id: string;
  /**
   * Which document and table the model shows (`3:t3`): the same origin in another language is the
   * same data, so the grid's undo history stays valid across a language switch.
   */
  origin?: string;
  title: string;
  /** the grid's data (handed to the grid as it is: each model is built afresh) */
  data: string[][];
  merges: Merge[];
  kindAt(row: number, col: number): CellKind | undefined;
  /** report key or generic name (`T1!B7`) of an editable cell */
  keyAt(row: number, col: number): string | undefined;
  posOf(key: string): { row: number; col: number } | undefined;
  colWidths: number[];
  /** header rows to keep in view while scrolling */
  fixedRowsTop: number;
  /** row-label columns to keep in view while scrolling */
  fixedColumnsStart: number;
  /** a plain table's header row, drawn as the grid's column headers */
  colHeaders?: string[];
  /** a plain table's size without its header row, for the status line */
  dataSize?: { rows: number; cols: number };
  /** the spreadsheet row number of the grid's first row (a plain table whose row 1 is its header starts at 2) */
  firstRowNumber?: number;
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
    kindAt: (r, c) => kinds[r]?.[c],
    keyAt: (r, c) => keys[r]?.[c],
    posOf: (key) => layout.keyPos.get(key),
    colWidths: WIDTHS[tableId](layout.labelCols, cols),
    fixedRowsTop: tableId === 't2' ? 0 : Math.max(0, headerRows),
    fixedColumnsStart: layout.labelCols,
  };
}

export function genericModel(table: RawTable, index: number): GridModel {
  // Loops, not Math.max(...spread): a sheet of 200,000 rows would overflow the call stack.
  let width = 1;
  for (const r of table.rows) width = Math.max(width, r.length);
  for (const m of table.merges) width = Math.max(width, m.col + m.colspan);
  const header = headerRowOf(table);
  const skip = header ? 1 : 0;
  const data: string[][] = [];
  for (let i = skip; i < table.rows.length; i++) {
    const r = table.rows[i];
    data.push(r.length === width ? r.slice() : Array.from({ length: width }, (_, c) => r[c] ?? ''));
  }
  const name = table.name;
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const keyAt = (r: number, c: number) => (r >= 0 && r < data.length && c >= 0 && c < width ? `${name}!${letters[c]}${r + skip + 1}` : undefined);
  const posOf = (key: string) => {
    const m = /^(.*)!([A-Z]+)(\d+)$/.exec(key);
    if (!m || m[1] !== name) return undefined;
    const col = letters.indexOf(m[2]);
    const row = Number(m[3]) - 1 - skip;
    return col >= 0 && row >= 0 && row < data.length ? { row, col } : undefined;
  };
  // Sized from the first rows only: enough to fit a table's labels, cheap for a long list.
  const sample = table.rows.slice(0, 200);
  const colWidths = Array.from({ length: width }, (_, c) =>
    Math.min(280, sample.reduce((w, r) => Math.max(w, textWidth(r[c] ?? '') + 20), 64)),
  );
  const labelColumn = data.slice(0, 50).filter((r) => parseCellValue(r[0] ?? '').kind === 'text').length > Math.min(25, data.length / 2);
  return {
    id: `G${index}`,
    title: table.name,
    data,
    merges: table.merges
      .filter((m) => (m.rowspan > 1 || m.colspan > 1) && m.row >= skip)
      .map((m) => ({ ...m, row: m.row - skip })),
    kindAt: (r, c) => (r >= 0 && r < data.length && c >= 0 && c < width ? 'plain' : undefined),
    keyAt,
    posOf,
    colWidths,
    fixedRowsTop: 0,
    fixedColumnsStart: labelColumn && width > 2 ? 1 : 0,
    colHeaders: header ? Array.from({ length: width }, (_, c) => header[c] || letters[c]) : undefined,
    dataSize: { rows: data.length, cols: width },
    firstRowNumber: skip + 1,
  };
}

/**
 * A plain table's first row is its header when it is all words (no number, no merge below it
 * reaching into it) and the rows under it hold numbers: `姓名 | 金额 | 日期` over data.
 */
function headerRowOf(table: RawTable): string[] | null {
  const [first, ...rest] = table.rows;
  if (!first || rest.length < 1) return null;
  const filled = first.filter((c) => c.trim());
  if (filled.length < 2 || filled.some((c) => parseCellValue(c).kind !== 'text')) return null;
  if (table.merges.some((m) => m.row === 0 && m.rowspan > 1)) return null;
  const below = rest.slice(0, 20).some((r) => r.some((c) => parseCellValue(c).kind === 'number'));
  return below ? first : null;
}

/** Rough pixel width of a line of text: CJK characters are about twice as wide as Latin ones. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s.split('\n')[0] ?? '') w += /[\u2e80-\uffff]/.test(ch) ? 14 : 8;
  return w;
}
