import { columnLetters } from '../table/grid';
import type { RawTable } from '../table/types';
import { parseCellValue } from '../values';
import { kindCode, labelAfter, NONE, NUMBER, type GridScan } from './findSums';

/**
 * A plain table's cells as read, in input order, without a string per key: each cell's key is its
 * head (`T2!C`: the table's name and the column's letters, one string per column) and its row's
 * number (`T2!C4`), made only when asked for (keysOf). A key may repeat (tables of one name share
 * their keys): the last text wins and the first place stays, as in an object or a map.
 */
export interface PlainCells {
  heads: string[];
  /** each cell's head (an index into heads) and row number (1-based) */
  head: number[];
  row: number[];
  texts: string[];
  /** the cells' numbers; null for a blank total */
  values: (number | null)[];
  /** whether some key is there twice */
  repeats: boolean;
  /** the keys, once made */
  keys?: string[];
}

/**
 * The numeric cells of plain tables, straight from their rows: on a table of 200,000 numbers, no
 * string or object per cell beyond its text as read. `scans` gets each table's GridScan where its
 * rows are its grid (no merges), made in the same pass (findSums reads them instead of its own).
 */
export function plainCells(tables: readonly RawTable[], scans?: (GridScan | undefined)[]): PlainCells {
  const cells: PlainCells = { heads: [], head: [], row: [], texts: [], values: [], repeats: new Set(tables.map((t) => t.name)).size < tables.length };
  const { heads, head, row: rowOf, texts, values } = cells;
  for (const table of tables) {
    const columns: number[] = [];
    const rows = table.rows;
    const scan = scans && !table.merges.length ? emptyScan(rows) : undefined;
    scans?.push(scan);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      let label = '';
      let number = false;
      for (let c = 0; c < row.length; c++) {
        const text = row[c] ?? '';
        // a text of digits alone is the number they write (parseCellValue's answer, without its cache)
        let value = wholeNumber(text);
        if (value < 0) {
          const v = parseCellValue(text);
          if (scan) {
            scan.kinds[r * scan.width + c] = kindCode(v.kind);
            if (v.kind !== 'number') label = labelAfter(label, text);
          }
          if (v.kind !== 'number') continue;
          value = v.value;
        } else if (scan) scan.kinds[r * scan.width + c] = NUMBER;
        number = true;
        let h = columns[c];
        if (h === undefined) h = columns[c] = heads.push(`${table.name}!${columnLetters(c)}`) - 1;
        head.push(h);
        rowOf.push(r + 1);
        texts.push(text);
        values.push(value);
      }
      if (scan) {
        scan.hasNumber.push(number);
        scan.rowLabels.push(label);
      }
    }
  }
  return cells;
}

/** The number a text of 1 to 15 ASCII digits writes; -1 for any other text. */
function wholeNumber(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** A GridScan of these rows to be filled (undefined when a row is missing: findSums reads such rows itself). */
function emptyScan(rows: readonly (readonly string[])[]): GridScan | undefined {
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) return undefined;
    if (row.length > width) width = row.length;
  }
  return { width, kinds: new Uint8Array(rows.length * width).fill(NONE), hasNumber: [], rowLabels: [] };
}

/** Adds a cell by its key (`T2!C4`, as findSums writes a total's), after the others. */
export function addCell(cells: PlainCells, key: string, text: string, value: number | null): void {
  let i = key.length;
  while (i > 0 && key.charCodeAt(i - 1) >= 48 && key.charCodeAt(i - 1) <= 57) i--;
  const prefix = key.slice(0, i);
  let h = cells.heads.indexOf(prefix);
  if (h < 0) h = cells.heads.push(prefix) - 1;
  cells.head.push(h);
  cells.row.push(Number(key.slice(i)));
  cells.texts.push(text);
  cells.values.push(value);
  cells.keys?.push(key);
}

/** Each cell's key (`T2!C4`), in order (made once). */
export function keysOf(cells: PlainCells): string[] {
  if (cells.keys && cells.keys.length === cells.row.length) return cells.keys;
  const { heads, head, row } = cells;
  const keys = new Array<string>(row.length);
  for (let i = 0; i < row.length; i++) keys[i] = heads[head[i]] + row[i];
  return (cells.keys = keys);
}

/** How many different keys. */
export function keyCount(cells: PlainCells): number {
  return cells.repeats ? new Set(keysOf(cells)).size : cells.row.length;
}

/** The cells as `Reading['raw']` is written: key → text, in their order. */
export function rawObject(cells: PlainCells): Record<string, string> {
  const raw: Record<string, string> = {};
  const keys = keysOf(cells);
  const { texts } = cells;
  for (let i = 0; i < keys.length; i++) raw[keys[i]] = texts[i];
  return raw;
}

/** The cells as AuditResult's maps hold them: key → text, key → number or null. */
export function rawMap(cells: PlainCells): Map<string, string> {
  const map = new Map<string, string>();
  const keys = keysOf(cells);
  for (let i = 0; i < keys.length; i++) map.set(keys[i], cells.texts[i]);
  return map;
}

export function valueMap(cells: PlainCells): Map<string, number | null> {
  const map = new Map<string, number | null>();
  const keys = keysOf(cells);
  for (let i = 0; i < keys.length; i++) map.set(keys[i], cells.values[i]);
  return map;
}

/**
 * Makes `target[name]` an enumerable property whose value is made when first read (or replaced),
 * in the place the property already holds: the object stays a plain value (JSON, structured clone
 * and spread read the property as before). `settled` is told when that happens.
 */
function lazyProperty<T>(target: object, name: string, make: () => T, settled: () => void): void {
  let value: T | undefined;
  let made = false;
  const settle = (v: T) => {
    value = v;
    made = true;
    settled();
    try {
      Object.defineProperty(target, name, { value: v, writable: true, enumerable: true, configurable: true });
    } catch {
      // an object frozen since: the accessor stays, and gives this one value
    }
    return v;
  };
  Object.defineProperty(target, name, {
    get: () => (made ? value : settle(make())),
    set: (v: T) => void settle(v),
    enumerable: true,
    configurable: true,
  });
}

// A plain reading whose `raw` nobody has read or replaced → its cells (all it holds).
const unreadRaw = new WeakMap<object, PlainCells>();
// A plain audit result whose `values` nobody has read or replaced → its cells (all its values).
const unreadValues = new WeakMap<object, PlainCells>();

/**
 * Gives a plain reading a `raw` made of `cells` when first asked for: the CLI's one pass from
 * reading to JSON never builds an object of 100,000 keys only for the audit to walk it again.
 */
export function withLazyRaw<R extends { raw: Record<string, string> }>(reading: R, cells: PlainCells): R {
  lazyProperty(reading, 'raw', () => rawObject(cells), () => unreadRaw.delete(reading));
  unreadRaw.set(reading, cells);
  return reading;
}

/** The cells of a plain reading whose `raw` nobody has read or replaced (so they are all it holds); else undefined. */
export function plainCellsOf(reading: object): PlainCells | undefined {
  return unreadRaw.get(reading);
}

/**
 * Gives a plain audit result its `values` (and `raw`, unless given) made of `cells` when first
 * asked for: the CLI writes its JSON from the cells (plainValuesOf) without a map of either.
 */
export function withLazyMaps<R extends { raw: Map<string, string>; values: Map<string, number | null> }>(result: R, cells: PlainCells, raw?: Map<string, string>): R {
  if (raw) result.raw = raw;
  else lazyProperty(result, 'raw', () => rawMap(cells), () => {});
  lazyProperty(result, 'values', () => valueMap(cells), () => unreadValues.delete(result));
  unreadValues.set(result, cells);
  return result;
}

/** The cells of a plain audit result whose `values` nobody has read or replaced (they are its values, in order); else undefined. */
export function plainValuesOf(result: object): PlainCells | undefined {
  return unreadValues.get(result);
}

/** `result.values.size`, without making the map of a plain result's values. */
export function valueCount(result: { values: ReadonlyMap<string, unknown> }): number {
  const cells = unreadValues.get(result);
  return cells ? keyCount(cells) : result.values.size;
}
