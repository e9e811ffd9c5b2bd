import { formatFinding, isFailing, summarise, type AuditResult, type Lang, type Verdict } from '../../core';
import type { Decision } from '../../io/export/exportContext';
import { formatName, formatZh } from '../../io/export/reportFacts';

/**
 * What the batch list shows of one file, computed where the file was audited (the worker, or the
 * page after an edit) so that the list never needs the audit again: the verdict and the counts of
 * keys.md, the first finding, and what the reviewer's decisions can change.
 */
export interface BatchFacts {
  templateId: string | null;
  unit: string | null;
  year: number | null;
  /** `2021 格式`, `2019 格式`, `非年报表格`, `` */
  format: string;
  recognised: number;
  expected: number;
  /** problems (one per thing to fix) by severity, as the summary export counts them */
  errors: number;
  warnings: number;
  /** the first problem's first finding, in both languages; for an unreadable file, why */
  first: { zh: string; en: string } | null;
  verdict: Verdict;
  /** the verdict once every failing finding is dismissed (keys.md verdicts: never 通过 for a report not read in full) */
  cleared: Verdict;
  /** fingerprints of the failing findings (error with status fail or error) */
  failing: string[];
}

/** The facts of an audit (null: nothing could be read, `errors` says why; `errorsEn` in English). */
export function factsOf(result: AuditResult | null, errors: readonly string[] = [], errorsEn: readonly string[] = errors): BatchFacts {
  const s = summarise(result);
  const f = s.problems[0]?.findings[0];
  const failing = result ? result.findings.filter(isFailing) : [];
  const cleared = failing.length && result ? summarise({ ...result, findings: result.findings.filter((x) => !isFailing(x)) }).verdict : s.verdict;
  return {
    templateId: result?.templateId ?? null,
    unit: result?.reading.report.unit ?? null,
    year: result?.reading.report.year ?? null,
    format: formatZh(result),
    recognised: s.cells.recognised,
    expected: s.cells.expected,
    errors: s.problems.filter((p) => p.severity === 'error').length,
    warnings: s.problems.filter((p) => p.severity === 'warning').length,
    first: f && result ? { zh: formatFinding(f, 'zh', result.template), en: formatFinding(f, 'en', result.template) } : errors[0] ? { zh: errors[0], en: errorsEn[0] ?? errors[0] } : null,
    verdict: s.verdict,
    cleared,
    failing: failing.map((x) => x.fingerprint),
  };
}

/** The format column in the reader's language (`2021 格式` / `2021 format`; the facts keep the Chinese the exports print). */
export function formatWord(facts: Pick<BatchFacts, 'templateId' | 'format'>, lang: Lang): string {
  return lang === 'zh' ? facts.format : formatName(facts.templateId, lang, facts.format);
}

/**
 * The verdict once the decisions count, from the facts alone: the same as `reviewedVerdict` on the
 * audit (a failing finding left undismissed keeps 需退回修改; with all dismissed, what remains decides).
 */
export function reviewedFromFacts(facts: BatchFacts, decisions: Readonly<Record<string, Decision>> = {}): Verdict {
  if (facts.verdict !== 'fail') return facts.verdict;
  return facts.failing.every((fp) => decisions[fp]?.state === 'dismissed') ? facts.cleared : 'fail';
}
