import { exitStatusOf, findingToJson, locationOfKey, summarise, type AuditResult, type Verdict } from '../../core';

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
  return (result?.templateId === 'generic' && plainReportJson(file, result, errors)) || encoder.encode(fileReportJson(file, result, errors));
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
 * A plain table's entry, its values and places (`T2!C4`: where its key says) written in one pass
 * over its values as bytes: on a table of 100,000 numbers, no object per cell, no map of places,
 * no string per cell for the collector to copy. A key's place is its table's and column's part
 * (worked out once, by locationOfKey) with the key's own row digits between. The same text as
 * valuesJson and JSON.stringify(plainLocations(…)); null where only those can say it (a key that an
 * object would put first).
 */
function plainReportJson(file: string, result: AuditResult, errors: string[]): Uint8Array | null {
  const names = result.reading.tables.found;
  // `T2!C` → the key's start as JSON (quoted, no closing quote) and its place around the row
  const heads = new Map<string, { quoted: Uint8Array; place: [Uint8Array, Uint8Array] | null }>();
  const [head, tail] = entryEnds(file, result, errors);
  // room for the places too, which are copied in after the values: the entry is never grown
  const out = new ByteText(result.values.size * 72 + head.length * 3 + tail.length * 3).text(head).byte(123); // {
  const places = new ByteText(result.values.size * 48);
  let firstValue = true;
  let firstPlace = true;
  for (const [k, v] of result.values) {
    // (a value that is no number or null: only JSON.stringify says how it is written)
    const value = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : 'null') : v === null ? 'null' : undefined;
    if (value === undefined || isIndexKey(k)) return null;
    if (!firstValue) out.byte(44); // ,
    firstValue = false;
    let i = k.length;
    while (i > 0 && k.charCodeAt(i - 1) >= 48 && k.charCodeAt(i - 1) <= 57) i--;
    const digits = k.length - i;
    if (digits === 0 || digits > 15 || k.charCodeAt(i) === 48) {
      // no row, or one whose digits are not its number's own text: as plainLocations writes it
      const q = JSON.stringify(k);
      out.text(`${q}:${value}`);
      const l = locationOfKey(k, names);
      if (!l) continue;
      if (!firstPlace) places.byte(44);
      firstPlace = false;
      places.text(`${q}:${JSON.stringify(l)}`);
      continue;
    }
    const prefix = k.slice(0, i);
    let at = heads.get(prefix);
    if (at === undefined) {
      // the table, the column and whether there is a place at all depend on this part alone
      const l = locationOfKey(k, names);
      at = { quoted: encoder.encode(JSON.stringify(prefix).slice(0, -1)), place: l ? [encoder.encode(`{"table":${l.table},"row":`), encoder.encode(`,"col":${l.col}}`)] : null };
      heads.set(prefix, at);
    }
    // "T2!C4":value
    out.bytes(at.quoted).ascii(k, i).byte(34).byte(58).ascii(value, 0);
    if (!at.place) continue;
    if (!firstPlace) places.byte(44);
    firstPlace = false;
    // "T2!C4":{"table":…,"row":4,"col":…}
    places.bytes(at.quoted).ascii(k, i).byte(34).byte(58).bytes(at.place[0]).ascii(k, i).bytes(at.place[1]);
  }
  return out.text('},"locations":{').bytes(places.view()).byte(125).text(tail).view();
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 text written a piece at a time into one growing buffer. */
class ByteText {
  private buf: Uint8Array;
  private at = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(Math.max(size, 1024));
  }
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    bigger.set(this.buf.subarray(0, this.at));
    this.buf = bigger;
  }
  byte(b: number): this {
    this.room(1);
    this.buf[this.at++] = b;
    return this;
  }
  bytes(b: Uint8Array): this {
    this.room(b.length);
    // a loop for the short pieces of every cell: set() costs more than it copies there
    if (b.length > 64) this.buf.set(b, this.at);
    else for (let i = 0; i < b.length; i++) this.buf[this.at + i] = b[i];
    this.at += b.length;
    return this;
  }
  /** a text of ASCII characters only (digits, a number's text), from `from` */
  ascii(text: string, from: number): this {
    this.room(text.length - from);
    for (let i = from; i < text.length; i++) this.buf[this.at++] = text.charCodeAt(i);
    return this;
  }
  text(text: string): this {
    return this.bytes(encoder.encode(text));
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

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
