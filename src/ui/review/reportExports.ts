import type { AuditResult } from '../../core';
// one module at a time, never the export index: the workbook (exceljs) is written in the worker
import { fileReport } from '../../io/export/auditJson';
import type { Decision } from '../../io/export/exportContext';
import { exportFileName } from '../../io/export/fileNames';
import { findingsCsv } from '../../io/export/findingsCsv';
import { reviewHtml } from '../../io/export/reviewHtml';
import { workbookReport, type WorkbookJob } from '../worker/workbookJob';
import { downloadBlob, XLSX_TYPE } from './downloadBytes';
import { printHtml } from './printHtml';

export type ReportExportKind = 'xlsx' | 'print' | 'csv' | 'json';

/** One report to export: its audit with its edits (the originals are in its reading), its file, the decisions. */
export interface ReportToExport {
  result: AuditResult;
  fileName: string;
  decisions: Readonly<Record<string, Decision>>;
}

const SUFFIX: Record<Exclude<ReportExportKind, 'print'>, [string, string, string]> = {
  xlsx: ['审核意见', 'xlsx', XLSX_TYPE],
  csv: ['审核结果', 'csv', 'text/csv;charset=utf-8'],
  json: ['审核结果', 'json', 'application/json'],
};

/**
 * The exports of one report (issue 9, point 4), named from its unit and year as read: the annotated
 * workbook, the printed 审核意见书, CSV with original/current/suggested values and decisions, and
 * keys.md JSON (texts as written, no decisions: the contract's shape).
 */
/** Writes a workbook in the worker; null when it could not. */
export type WorkbookMaker = (job: WorkbookJob) => Promise<Uint8Array | null>;

export async function exportReport(kind: ReportExportKind, r: ReportToExport, workbook: WorkbookMaker): Promise<boolean> {
  const ctx = { fileName: r.fileName, decisions: r.decisions };
  if (kind === 'print') {
    await printHtml(reviewHtml(r.result, ctx));
    return true;
  }
  const [suffix, ext, type] = SUFFIX[kind];
  const name = exportFileName(r.result.reading.report, r.fileName, suffix, ext);
  if (kind === 'xlsx') {
    const bytes = await workbook({ what: 'report', report: workbookReport(r.result, r.fileName, r.decisions) });
    if (!bytes) return false;
    downloadBlob(name, bytes, XLSX_TYPE);
  } else if (kind === 'csv') downloadBlob(name, findingsCsv(r.fileName, r.result, ctx), type);
  else downloadBlob(name, JSON.stringify({ files: [fileReport(r.fileName, r.result, [])] }, null, 2), type);
  return true;
}
