import { CATALOGUE, summarise, type AuditResult, type Lang, type Verdict } from '../../core';
import { dateText, type ExportContext } from './exportContext';
import { reviewedVerdict } from './reviewedVerdict';

const VERDICT_CODES = {
  pass: 'verdict.pass',
  fail: 'verdict.fail',
  incomplete: 'verdict.incomplete',
  blank: 'verdict.blank',
  'not-report': 'verdict.not-report',
  unreadable: 'verdict.unreadable',
} as const satisfies Record<Verdict, keyof typeof CATALOGUE>;

/** The verdict in Chinese, as keys.md names it: 通过, 需退回修改, … */
export function verdictZh(verdict: Verdict): string {
  return CATALOGUE[VERDICT_CODES[verdict]].zh;
}

/** The report's format in a few words: `2021 格式`, `2019 格式`, `非年报表格`, `` when nothing was read. */
export function formatZh(result: AuditResult | null): string {
  return formatName(result?.templateId ?? null, 'zh', result?.template?.name);
}

/** A format's name by its template id, in either language (`2021 格式` / `2021 format`); `name` for a format with no year. */
export function formatName(templateId: string | null, lang: Lang, name?: string): string {
  if (templateId === null) return '';
  if (templateId === 'generic') return lang === 'zh' ? '非年报表格' : 'not a report';
  const year = /(\d{4})$/.exec(templateId);
  return year ? (lang === 'zh' ? `${year[1]} 格式` : `${year[1]} format`) : (name ?? templateId);
}

/** The verdict an export prints: the caller's, or the one the decisions give. */
export function exportVerdict(result: AuditResult | null, ctx: Pick<ExportContext, 'verdict' | 'decisions'>): Verdict {
  return ctx.verdict ?? reviewedVerdict(result, ctx.decisions);
}

/** The head of an 审核意见: what was reviewed, when, and the outcome, as label–value pairs. */
export function reportFacts(result: AuditResult, ctx: ExportContext): Array<[string, string]> {
  const s = summarise(result);
  const { unit, year } = result.reading.report;
  const errors = s.problems.filter((p) => p.severity === 'error').length;
  return [
    ['单位', unit ?? '（未识别）'],
    ['年度', year !== null ? String(year) : '（未识别）'],
    ['文件', ctx.fileName],
    ['报告格式', formatZh(result)],
    ['审核日期', dateText(ctx.date)],
    ['审核结论', verdictZh(exportVerdict(result, ctx))],
    ['识别单元格', `${s.cells.recognised} / ${s.cells.expected}`],
    ['问题', `${s.problems.length} 个（错误 ${errors}，警告 ${s.problems.length - errors}）`],
  ];
}
