import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TemplateDef } from '../core';
import {
  annotatedXlsx,
  batchSummaryCsv,
  batchSummaryXlsx,
  claimFileName,
  exportFileName,
  fileReport,
  findingsCsv,
  reviewHtml,
} from '../io/export';
import type { AuditedFile } from './textReport';
import { textReport } from './textReport';

import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';

export { EXPORT_FORMATS, type ExportFormat };

const SUFFIX: Record<ExportFormat, [string, string]> = {
  xlsx: ['审核意见', 'xlsx'],
  csv: ['审核结果', 'csv'],
  json: ['审核结果', 'json'],
  text: ['审核结果', 'txt'],
  html: ['审核意见书', 'html'],
};

/**
 * The same exports the page makes, one per report, named from the unit and year as read (the file's
 * own name when unknown, numbered when two collide), and the batch summary as .xlsx and CSV.
 * Returns the names written, in order.
 */
export async function writeExports(dir: string, format: ExportFormat, files: readonly AuditedFile[], templates: readonly TemplateDef[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const taken = new Set<string>();
  const written: string[] = [];
  const put = (name: string, data: string | Uint8Array) => {
    const claimed = claimFileName(name, taken);
    writeFileSync(join(dir, claimed), data);
    written.push(claimed);
  };
  for (const f of files) {
    const source = f.file === '-' ? 'stdin' : basename(f.file);
    const [suffix, ext] = SUFFIX[format];
    const name = exportFileName(f.result?.reading.report, source, suffix, ext);
    if (format === 'text') put(name, textReport([f], templates) + '\n');
    else if (format === 'json') put(name, JSON.stringify({ files: [fileReport(f.file, f.result, f.result ? [] : f.errors)] }, null, 2) + '\n');
    else if (!f.result) continue; // nothing read: the summary says why
    else if (format === 'csv') put(name, findingsCsv(f.file, f.result, { fileName: source }));
    else if (format === 'html') put(name, reviewHtml(f.result, { fileName: source }));
    else put(name, await annotatedXlsx(f.result, { fileName: source }));
  }
  const items = files.map((f) => ({ file: f.file, result: f.result, errors: f.errors }));
  put('审核汇总.xlsx', await batchSummaryXlsx(items));
  put('审核汇总.csv', batchSummaryCsv(items));
  return written;
}
