import type { AuditResult } from '../../core';
import { csvDocument } from './csv';
import type { ExportContext } from './exportContext';
import { REVIEW_HEADER, reviewRowValues, reviewRows } from './reviewRows';

/**
 * One report's findings as CSV (UTF-8 BOM, CRLF): the 审核意见 rows — table, cells by label,
 * message, suspect, original / current / suggested values, decision and note — then the findings
 * fixed in review (已在审核中修正). Texts are neutralised; numbers stay numbers.
 */
export function findingsCsv(file: string, result: AuditResult, ctx: Partial<ExportContext> = {}): string {
  const rows = reviewRows(result, { ...ctx, fileName: ctx.fileName ?? file });
  return csvDocument([['文件', ...REVIEW_HEADER], ...rows.map((r) => [file, ...reviewRowValues(r)])]);
}
