import { findingToJson, type AuditResult } from '../../core';

/** One file's entry in the CLI's JSON (keys.md, "The CLI's JSON"). */
export interface FileReport {
  file: string;
  template: string | null;
  values: Record<string, number | null>;
  locations: Record<string, { table: number; row: number; col: number }>;
  findings: ReturnType<typeof findingToJson>[];
  errors: string[];
}

export function fileReport(file: string, result: AuditResult | null, errors: string[]): FileReport {
  if (!result) return { file, template: null, values: {}, locations: {}, findings: [], errors };
  return {
    file,
    template: result.templateId,
    values: Object.fromEntries(result.values),
    locations: Object.fromEntries(result.locations),
    findings: result.findings.map(findingToJson),
    errors,
  };
}

/** Exit status of keys.md: 1 when a file has an `error` finding that fails, or could not be read. */
export function exitStatus(reports: readonly FileReport[]): 0 | 1 {
  const bad = reports.some(
    (r) => r.template === null || r.errors.length > 0 || r.findings.some((f) => f.severity === 'error' && f.status === 'fail'),
  );
  return bad ? 1 : 0;
}
