import { audit, type AuditResult, type Reading, type Verdict } from '../../core';
import { annotatedXlsx, batchSummaryXlsx, type Decision } from '../../io/export';
import { REPORT_TEMPLATES } from '../../templates';
import { RULEMAKERS } from '../../templates/rulemakers';

/**
 * A workbook to write, as plain data the worker can be sent (an audit result holds compiled rules,
 * which cannot be): each report's reading, its edits and last year's reading; the worker audits it
 * again and writes it with exceljs, which therefore never weighs on the page's start.
 */
export interface WorkbookReport {
  file: string;
  reading: Reading | null;
  edits: Readonly<Record<string, string>>;
  previous: Reading | null;
  decisions: Readonly<Record<string, Decision>>;
  errors?: readonly string[];
  verdict?: Verdict;
}

export type WorkbookJob = { what: 'report'; report: WorkbookReport } | { what: 'summary'; reports: WorkbookReport[] };

const auditOf = (r: WorkbookReport) =>
  r.reading && r.reading.templateId !== null ? audit(r.reading, { templates: REPORT_TEMPLATES, edits: r.edits, previous: r.previous, rulemakers: RULEMAKERS }) : null;

/** Runs in the worker: the annotated workbook of one report, or the batch summary. */
export async function makeWorkbook(job: WorkbookJob): Promise<Uint8Array> {
  if (job.what === 'report') {
    const result = auditOf(job.report);
    if (!result) throw new Error('no reading');
    return annotatedXlsx(result, { fileName: job.report.file, decisions: job.report.decisions });
  }
  return batchSummaryXlsx(
    job.reports.map((r) => ({ file: r.file, result: auditOf(r), errors: r.errors, decisions: r.decisions, verdict: r.verdict })),
  );
}

/** What the worker needs to write a report's workbook again from its audit: the edits are where the
 * current text differs from the text as read. */
export function workbookReport(result: AuditResult, file: string, decisions: Readonly<Record<string, Decision>>, extra: Partial<WorkbookReport> = {}): WorkbookReport {
  const edits: Record<string, string> = {};
  for (const [k, v] of result.raw) if (result.reading.raw[k] !== v) edits[k] = v;
  return { file, reading: result.reading, edits, previous: result.previous, decisions, ...extra };
}
