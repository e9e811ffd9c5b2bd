import type { AuditResult } from '../../core';
// one module at a time, never the export index: the summary workbook (exceljs) is written in the worker
import { batchSummaryCsv, type BatchItem as ExportItem } from '../../io/export/batchSummary';
import { batchReviewHtml } from '../../io/export/reviewHtml';
import type { WorkbookMaker } from '../review/reportExports';
import { workbookReport } from '../worker/workbookJob';
import { downloadBlob, XLSX_TYPE } from '../review/downloadBytes';
import { printHtml } from '../review/printHtml';
import { auditItem, itemVerdict, previousOf, type BatchItem } from './batchItem';

export type BatchExportKind = 'summary-xlsx' | 'summary-csv' | 'print-all' | 'html-all';

/**
 * Every item audited again as it stands (edits, last year's report), a few at a time with a pause
 * between, so a batch of hundreds never holds the page for long.
 */
async function audited(items: readonly BatchItem[]): Promise<Array<{ item: BatchItem; result: AuditResult | null }>> {
  const out: Array<{ item: BatchItem; result: AuditResult | null }> = [];
  for (let i = 0; i < items.length; i++) {
    out.push({ item: items[i], result: auditItem(items[i], previousOf(items, items[i])) });
    if (i % 8 === 7) await new Promise((r) => setTimeout(r, 0));
  }
  return out;
}

/** The batch's exports: the summary (.xlsx, CSV) and every report's 审核意见书 in one document (print or file). */
export async function exportBatch(kind: BatchExportKind, items: readonly BatchItem[], workbook: WorkbookMaker): Promise<boolean> {
  if (kind === 'summary-xlsx') {
    // the worker audits each report again and writes the summary
    const reports = items.map((item) => {
      const result = auditItem(item, previousOf(items, item));
      const extra = { errors: item.entry.errors, verdict: itemVerdict(item) };
      return result
        ? workbookReport(result, item.entry.name, item.decisions, extra)
        : { file: item.entry.name, reading: null, edits: {}, previous: null, decisions: item.decisions, ...extra };
    });
    const bytes = await workbook({ what: 'summary', reports });
    if (!bytes) return false;
    downloadBlob('审核汇总.xlsx', bytes, XLSX_TYPE);
    return true;
  }
  const all = await audited(items);
  const summary: ExportItem[] = all.map(({ item, result }) => ({
    file: item.entry.name,
    result,
    errors: item.entry.errors,
    decisions: item.decisions,
    verdict: itemVerdict(item),
  }));
  if (kind === 'summary-csv') {
    downloadBlob('审核汇总.csv', batchSummaryCsv(summary), 'text/csv;charset=utf-8');
    return true;
  }
  const html = batchReviewHtml(
    all.map(({ item, result }) => ({
      result,
      errors: item.entry.errors,
      ctx: { fileName: item.entry.name.split('/').pop() ?? item.entry.name, decisions: item.decisions, verdict: itemVerdict(item) },
    })),
  );
  if (kind === 'print-all') await printHtml(html);
  else downloadBlob(`审核意见书（${items.length} 份）.html`, html, 'text/html;charset=utf-8');
  return true;
}
