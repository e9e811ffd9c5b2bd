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
