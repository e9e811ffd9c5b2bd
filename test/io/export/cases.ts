import { importText } from '../../../src/io';
import type { AuditResult } from '../../../src/core';
import { auditTables } from '../../support/pipeline';
import { editSample, sampleText } from '../../support/youyang';

/**
 * Audits of the bundled 酉阳县 2021 report (src/samples/youyang-2021.txt), edited as a submission
 * with slips would be, then edited again in review as a reviewer would.
 */
export function sampleAudit(submitted: Record<string, string | number> = {}, reviewEdits: Record<string, string> = {}): AuditResult {
  const text = Object.keys(submitted).length ? editSample(submitted) : sampleText();
  const imported = importText(text);
  return auditTables(imported.tables, { edits: reviewEdits });
}

/** The same result as if the title had named this unit and year. */
export function withReport(result: AuditResult, unit: string | null, year: number | null): AuditResult {
  return { ...result, reading: { ...result.reading, report: { unit, year } } };
}

/** A table that is no report, its text as pasted. */
export function genericAudit(tsv: string): AuditResult {
  return auditTables(importText(tsv).tables);
}
