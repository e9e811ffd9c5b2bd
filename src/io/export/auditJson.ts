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
  const values = valuesJson(result.values);
  const locations = result.templateId === 'generic' ? JSON.stringify(plainLocations(result)) : locationsJson(result.locations);
  // keys that are array indices would be put first by an object: only the slow way orders them so
  if (values === null || locations === null) return JSON.stringify(fileReport(file, result, errors));
  const summary = summarise(result);
  const { unit, year } = result.reading.report;
  const report = unit !== null || year !== null ? `,"report":${JSON.stringify({ unit, year })}` : '';
  const findings = JSON.stringify(result.findings.map((f) => findingToJson(f, result.template)));
  return (
    `{"file":${JSON.stringify(file)},"template":${JSON.stringify(result.templateId)},"verdict":${JSON.stringify(summary.verdict)},` +
    `"cells":${JSON.stringify(summary.cells)}${report},"values":${values},"locations":${locations},"findings":${findings},"errors":${JSON.stringify(errors)}}`
  );
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
