import { exitStatusOf, findingToJson, locationOfKey, plainValuesOf, summarise, type AuditResult, type PlainCells, type Verdict } from '../../core';

/** One file's entry in the CLI's JSON (keys.md, "The CLI's JSON" and "Beyond one table's arithmetic"). */
export interface FileReport {
  file: string;
  template: string | null;
  verdict: Verdict;
  cells: { recognised: number; expected: number };
  report?: { unit: string | null; year: number | null };
  values: Record<string, number | null>;
  locations: Record<string, { table: number; row: number; col: number }>;
  findings: ReturnType<typeof findingToJson>[];
  errors: string[];
}

export function fileReport(file: string, result: AuditResult | null, errors: string[]): FileReport {
  const summary = summarise(result);
  if (!result || result.templateId === null) {
    return { file, template: null, verdict: 'unreadable', cells: summary.cells, values: {}, locations: {}, findings: [], errors };
  }
  const { unit, year } = result.reading.report;
  return {
    file,
    template: result.templateId,
    verdict: summary.verdict,
    cells: summary.cells,
    ...(unit !== null || year !== null ? { report: { unit, year } } : {}),
    values: Object.fromEntries(result.values),
    locations: result.templateId === 'generic' ? plainLocations(result) : Object.fromEntries(result.locations),
    findings: result.findings.map((f) => findingToJson(f, result.template)),
    errors,
  };
}

/** Exit status of keys.md: 0 when every verdict is `pass` (or `not-report` without a failing error), else 1. */
export function exitStatus(reports: readonly FileReport[]): 0 | 1 {
  return exitStatusOf(
    reports.map((r) => ({ verdict: r.verdict, failing: r.findings.some((f) => f.severity === 'error' && f.status !== 'uncertain') })),
  );
}

/** A plain table's cells are where their keys say (keys.md: `T2!C4`); the reading does not store it. */
function plainLocations(result: AuditResult): Record<string, { table: number; row: number; col: number }> {
  const names = result.reading.tables.found;
  const out: Record<string, { table: number; row: number; col: number }> = {};
  for (const key of result.values.keys()) {
    const loc = locationOfKey(key, names);
    if (loc) out[key] = loc;
  }
  return out;
}

/**
 * `JSON.stringify(fileReport(file, result, errors))`, written straight from the result's maps: a
 * folder of a thousand reports is 400 values and places each, and building an object of each map
 * only to write it out costs more than the rest of the entry. Gives exactly the same text.
 */
export function fileReportJson(file: string, result: AuditResult | null, errors: string[]): string {
  if (!result || result.templateId === null) return JSON.stringify(fileReport(file, result, errors));
  if (result.templateId === 'generic') {
    const bytes = plainReportJson(file, result, errors);
    return bytes ? decoder.decode(bytes) : JSON.stringify(fileReport(file, result, errors));
  }
  const values = valuesJson(result.values);
  const locations = locationsJson(result.locations);
  // keys that are array indices would be put first by an object: only the slow way orders them so
  if (values === null || locations === null) return JSON.stringify(fileReport(file, result, errors));
  const [head, tail] = entryEnds(file, result, errors);
  return `${head}${values},"locations":${locations}${tail}`;
}

/**
 * fileReportJson as UTF-8, for standard output: a plain table's entry (100,000 values and places
 * make 6 MB) is written as bytes from the start, never made a string only to be encoded again.
 */
export function fileReportJsonBytes(file: string, result: AuditResult | null, errors: string[]): Uint8Array {
  if (result?.templateId !== 'generic') return encoder.encode(fileReportJson(file, result, errors));
  // (where the cells cannot be written this way, once: not tried again by fileReportJson)
  return plainReportJson(file, result, errors) ?? encoder.encode(JSON.stringify(fileReport(file, result, errors)));
}

/** The entry's text before its values (`…,"values":`) and after its places (`,"findings":…}`). */
function entryEnds(file: string, result: AuditResult, errors: string[]): [string, string] {
  const summary = summarise(result);
  const { unit, year } = result.reading.report;
  const report = unit !== null || year !== null ? `,"report":${JSON.stringify({ unit, year })}` : '';
  const findings = JSON.stringify(result.findings.map((f) => findingToJson(f, result.template)));
  return [
    `{"file":${JSON.stringify(file)},"template":${JSON.stringify(result.templateId)},"verdict":${JSON.stringify(summary.verdict)},` +
      `"cells":${JSON.stringify(summary.cells)}${report},"values":`,
    `,"findings":${findings},"errors":${JSON.stringify(errors)}}`,
  ];
}

/**
 * A plain table's entry, its values and places (`T2!C4`: where its key says) written as bytes in
 * one pass over its cells: on a table of 100,000 numbers, no object per cell, no map of places, no
 * string per cell for the collector to copy. The cells are the reading's own while nobody has made
 * the result's maps (core's plainValuesOf: the CLI's one pass from reading to JSON), else split
 * off the keys of its values. The same text as JSON.stringify(fileReport(…)); null where only that
 * can say it (a key an object would put first, or one that is not a head and a row's number).
 */
function plainReportJson(file: string, result: AuditResult, errors: string[]): Uint8Array | null {
  const own = plainValuesOf(result);
  const cells = own && !own.repeats ? own : cellsOfValues(result.values);
  return cells && cellsReportJson(file, result, errors, cells);
}

/** What the JSON of a plain table's cells is written from (PlainCells' parts). */
type JsonCells = Pick<PlainCells, 'heads' | 'head' | 'row' | 'values'>;

/** A plain result's values as JsonCells, each key split into its head (`T2!C`) and row (`4`); null if a key is not so written. */
function cellsOfValues(values: ReadonlyMap<string, number | null>): JsonCells | null {
  const cells: JsonCells = { heads: [], head: [], row: [], values: [] };
  const index = new Map<string, number>();
  for (const [k, v] of values) {
    if (typeof v !== 'number' && v !== null) return null;
    let i = k.length;
    while (i > 0 && k.charCodeAt(i - 1) >= 48 && k.charCodeAt(i - 1) <= 57) i--;
    // no head (digits alone: an index key, written first by an object), no row, or row digits that
    // are not the number's own text (`T1!A04`)
    const digits = k.length - i;
    if (i === 0 || digits === 0 || digits > 15 || k.charCodeAt(i) === 48) return null;
    const prefix = k.slice(0, i);
    let h = index.get(prefix);
    if (h === undefined) index.set(prefix, (h = cells.heads.push(prefix) - 1));
    cells.head.push(h);
    cells.row.push(Number(k.slice(i)));
    cells.values.push(v);
  }
  return cells;
}

/**
 * plainReportJson of its cells, none of them twice: each key's head (`T2!C`) is written as bytes once, then every cell is its
 * head's bytes and its row's digits; no key, place or number is made a string. The loops over the
 * cells run once per process, mostly before they are optimised: each is kept small and of one
 * type throughout, writing into a buffer made big enough first.
 */
function cellsReportJson(file: string, result: AuditResult, errors: string[], cells: JsonCells): Uint8Array {
  const names = result.reading.tables.found;
  const { heads, head, row } = cells;
  const n = row.length;
  // per head: its start as JSON (quoted, no closing quote), and its place around the row (none: no place)
  const empty = new Uint8Array(0);
  const quoted: Uint8Array[] = heads.map(() => empty);
  const placeHead: Uint8Array[] = heads.map(() => empty);
  const placeTail: Uint8Array[] = heads.map(() => empty);
  const hasPlace: boolean[] = heads.map(() => false);
  const seen: boolean[] = heads.map(() => false);
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const h = head[i];
    if (seen[h]) continue;
    seen[h] = true;
    quoted[h] = encoder.encode(JSON.stringify(heads[h]).slice(0, -1));
    // the table and the column depend on the head alone (the row is the cell's own)
    const l = locationOfKey(heads[h] + row[i], names);
    if (l) {
      hasPlace[h] = true;
      placeHead[h] = encoder.encode(`{"table":${l.table},"row":`);
      placeTail[h] = encoder.encode(`,"col":${l.col}}`);
    }
    longest = Math.max(longest, quoted[h].length + placeHead[h].length + placeTail[h].length);
  }
  // one buffer for the entry, big enough for the most each cell writes (its head and place's
  // bytes, two rows' digits of 16 at most, a value of 24, punctuation): only what is written of it
  // is ever touched
  const [start, end] = entryEnds(file, result, errors);
  const out = new Uint8Array((start.length + end.length) * 3 + 32 + n * (2 * longest + 96));
  let at = encoder.encodeInto(start, out).written;
  out[at++] = 123; // {
  at = writeValues(out, at, cells, quoted);
  at += encoder.encodeInto('},"locations":{', out.subarray(at)).written;
  at = writePlaces(out, at, cells, quoted, placeHead, placeTail, hasPlace);
  out[at++] = 125; // }
  at += encoder.encodeInto(end, out.subarray(at)).written;
  return out.subarray(0, at);
}

/** A cell's key `"T2!C4":` (its column head already quoted and opened, `"T2!C`) into `out` from `at`; gives where it ends. */
function writeKey(out: Uint8Array, at: number, quotedHead: Uint8Array, row: number): number {
  out.set(quotedHead, at);
  at = writeWhole(out, at + quotedHead.length, row);
  out[at++] = 34; // "
  out[at++] = 58; // :
  return at;
}

/** `"T2!C4":value,…` into `out` from `at`; gives where it ends. */
function writeValues(out: Uint8Array, at: number, { head, row, values }: JsonCells, quoted: readonly Uint8Array[]): number {
  for (let i = 0; i < row.length; i++) {
    if (i) out[at++] = 44; // ,
    at = writeKey(out, at, quoted[head[i]], row[i]);
    const x = values[i];
    at = x !== null && Number.isInteger(x) && x >= 0 && x < 1e15 ? writeWhole(out, at, x) : writeAscii(out, at, x === null || !Number.isFinite(x) ? 'null' : String(x));
  }
  return at;
}

/** `"T2!C4":{"table":…,"row":4,"col":…},…` into `out` from `at`, for the cells with a place; gives where it ends. */
function writePlaces(
  out: Uint8Array,
  at: number,
  { head, row }: JsonCells,
  quoted: readonly Uint8Array[],
  placeHead: readonly Uint8Array[],
  placeTail: readonly Uint8Array[],
  hasPlace: readonly boolean[],
): number {
  let first = true;
  for (let i = 0; i < row.length; i++) {
    const h = head[i];
    if (!hasPlace[h]) continue;
    if (!first) out[at++] = 44; // ,
    first = false;
    at = writeKey(out, at, quoted[h], row[i]);
    const a = placeHead[h];
    out.set(a, at);
    at += a.length;
    at = writeWhole(out, at, row[i]);
    const b = placeTail[h];
    out.set(b, at);
    at += b.length;
  }
  return at;
}

/** A whole number from 0 below 10^15 in digits, at `at`; gives where it ends. */
function writeWhole(out: Uint8Array, at: number, n: number): number {
  let len = 1;
  for (let m = n; m >= 10; m = (m - (m % 10)) / 10) len++;
  let i = at + len;
  for (let m = n; i > at; m = (m - (m % 10)) / 10) out[--i] = 48 + (m % 10);
  return at + len;
}

function writeAscii(out: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
  return at;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Keys repeat in every report of a format: each is quoted once.
const quoted = new Map<string, string>();
function quote(key: string): string {
  let q = quoted.get(key);
  if (q === undefined) {
    if (quoted.size > 50_000) quoted.clear();
    q = JSON.stringify(key);
    quoted.set(key, q);
  }
  return q;
}

/** An object's own keys that are array indices come first, in numeric order: such a key is not written here. */
function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

function valuesJson(values: ReadonlyMap<string, number | null>): string | null {
  const parts: string[] = [];
  for (const [k, v] of values) {
    if (isIndexKey(k)) return null;
    parts.push(`${quote(k)}:${typeof v === 'number' && Number.isFinite(v) ? String(v) : JSON.stringify(v)}`);
  }
  return `{${parts.join(',')}}`;
}

function locationsJson(locations: ReadonlyMap<string, { table: number; row: number; col: number }>): string | null {
  const parts: string[] = [];
  for (const [k, l] of locations) {
    if (isIndexKey(k)) return null;
    parts.push(`${quote(k)}:${isPlace(l) ? placeJson(l) : JSON.stringify(l)}`);
  }
  return `{${parts.join(',')}}`;
}

// The same few thousand places recur in every report of a format: each is written once.
const places = new Map<number, string>();
function placeJson(l: { table: number; row: number; col: number }): string {
  if (l.table < 0 || l.table >= 64 || l.row < 0 || l.row >= 65536 || l.col < 0 || l.col >= 1024) return `{"table":${l.table},"row":${l.row},"col":${l.col}}`;
  const k = (l.table * 65536 + l.row) * 1024 + l.col;
  let text = places.get(k);
  if (text === undefined) {
    if (places.size > 100_000) places.clear();
    text = `{"table":${l.table},"row":${l.row},"col":${l.col}}`;
    places.set(k, text);
  }
  return text;
}

/** A place as the recogniser makes it (inputRows): these three keys, in this order, whole numbers. */
const PLACE_KEYS = ['table', 'row', 'col'];
function isPlace(l: { table: number; row: number; col: number }): boolean {
  if (!Number.isInteger(l.table) || !Number.isInteger(l.row) || !Number.isInteger(l.col)) return false;
  let n = 0;
  for (const k in l) if (k !== PLACE_KEYS[n++]) return false;
  return n === 3;
}
