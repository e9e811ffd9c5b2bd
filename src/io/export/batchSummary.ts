import { formatFinding, summarise, type AuditResult, type Verdict } from '../../core';
import { csvDocument } from './csv';
import type { Decision } from './exportContext';
import { exportVerdict, formatZh, verdictZh } from './reportFacts';

/** One file of a batch: its audit (null when nothing could be read) and what the review decided. */
export interface BatchItem {
  file: string;
  result: AuditResult | null;
  /** why the file could not be read (in Chinese) */
  errors?: readonly string[];
  decisions?: Readonly<Record<string, Decision>>;
  /** the verdict when the caller already has it; default: the one the decisions give */
  verdict?: Verdict;
}

export interface BatchSummaryRow {
  file: string;
  unit: string;
  year: number | null;
  format: string;
  recognised: number;
  expected: number;
  errors: number;
  warnings: number;
  firstFinding: string;
  verdict: Verdict;
  verdictZh: string;
}

export const BATCH_HEADER = ['文件', '单位', '年度', '格式', '已识别单元格', '应有单元格', '错误', '警告', '首个问题', '结论'] as const;

/** The batch summary of issue 9: one row per file, problems counted by severity (one per thing to fix). */
export function batchSummaryRows(items: readonly BatchItem[]): BatchSummaryRow[] {
  return items.map((item) => {
    const r = item.result;
    const s = summarise(r);
    const verdict = exportVerdict(r, item);
    const first = s.problems[0]?.findings[0];
    return {
      file: item.file,
      unit: r?.reading.report.unit ?? '',
      year: r?.reading.report.year ?? null,
      format: formatZh(r),
      recognised: s.cells.recognised,
      expected: s.cells.expected,
      errors: s.problems.filter((p) => p.severity === 'error').length,
      warnings: s.problems.filter((p) => p.severity === 'warning').length,
      firstFinding: first && r ? formatFinding(first, 'zh', r.template) : verdict === 'unreadable' ? (item.errors?.[0] ?? '') : '',
      verdict,
      verdictZh: verdictZh(verdict),
    };
  });
}

export function values(r: BatchSummaryRow): Array<string | number | null> {
  return [r.file, r.unit, r.year, r.format, r.recognised, r.expected, r.errors, r.warnings, r.firstFinding, r.verdictZh];
}

/** The batch summary as CSV (UTF-8 BOM, CRLF, texts neutralised, numbers as numbers). */
export function batchSummaryCsv(items: readonly BatchItem[]): string {
  return csvDocument([[...BATCH_HEADER], ...batchSummaryRows(items).map(values)]);
}
