import {
  CATALOGUE,
  formatFinding,
  formatMessage,
  formatSuspect,
  formatNumber,
  summarise,
  templateLabels,
  type AuditResult,
  type Lang,
  type Suspect,
  type TemplateDef,
  type Verdict,
} from '../core';
import { say } from './messages';

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The slip a certain suspect names: `疑似数位颠倒：填写 86，应为 68`. */
function typoText(s: Suspect, lang: Lang): string {
  const slip = s.params.slip;
  return typeof slip === 'object' && 'msg' in slip ? formatMessage(slip.msg, slip.params ?? {}, lang) : '';
}

/** One file as the text report shows it: its audit, or why it could not be read. */
export interface AuditedFile {
  file: string;
  result: AuditResult | null;
  /** why it could not be read (result null), or what the reader noticed */
  errors: string[];
}

const VERDICT_ORDER: Verdict[] = ['pass', 'fail', 'incomplete', 'blank', 'not-report', 'unreadable'];

/** The readable report the CLI prints without --json: cells named by their labels, never by key. */
export function textReport(files: readonly AuditedFile[], templates: readonly TemplateDef[], lang: Lang = 'zh'): string {
  return files.map((f) => textBlock(f, templates, lang)).join('') + textSummary(files.map((f) => summarise(f.result).verdict), lang);
}

/** One file's part of the text report, its blank line after it included. */
export function textBlock(f: AuditedFile, _templates: readonly TemplateDef[], lang: Lang = 'zh'): string {
  const { file, result, errors } = f;
  const lines: string[] = [];
  const summary = summarise(result);
  const verdict = CATALOGUE[`verdict.${summary.verdict}`][lang];
  lines.push(`■ ${file}  【${verdict}】`);
  if (!result || result.templateId === null) {
    for (const e of errors) lines.push(`  ${say('report.cannot', { error: e }, lang)}`);
    lines.push('');
    return lines.join('\n') + '\n';
  }
  const template = result.template;
  const labels = templateLabels(template);
  const sums = result.reading.sums?.length ?? 0;
  const format = template ? (lang === 'en' ? template.nameEn : template.name) : sums ? say('report.generic', { sums }, lang) : say('report.generic-no-sums', {}, lang);
  const sep = lang === 'en' ? '; ' : '；';
  const head = [say('report.format', { format }, lang), say('report.cells', summary.cells, lang)];
  const missing = summary.tables.expected.filter((t) => !summary.tables.found.includes(t));
  if (template && missing.length) head.push(say('report.tables-missing', { tables: missing.map((t) => labels.table(t, lang)).join(lang === 'en' ? ', ' : '、') }, lang));
  head.push(say('report.counts', { errors: summary.findings.error, warnings: summary.findings.warning, infos: summary.findings.info }, lang));
  lines.push('  ' + head.join(sep));
  for (const e of errors) lines.push(`  ${say('report.notice', { text: e }, lang)}`);
  if (result.findings.length) {
    const rows = result.findings.map((f) => {
      const s = f.suspects.find((x) => !x.possible);
      // a slip is named (疑似数位颠倒：填写 86，应为 68); a possible suspect says it is a guess from the digits
      const possible = s ? undefined : f.suspects.find((x) => x.possible);
      const slip = s?.typo && s.suggested !== null ? (lang === 'en' ? ` (${typoText(s, lang)})` : `（${typoText(s, lang)}）`) : '';
      const suspect = possible
        ? '  ' + say('report.slip', { cell: labels.cell(possible.cell, lang), reason: formatSuspect(possible, lang, template) }, lang)
        : s
        ? '  ' +
          (s.suggested !== null
            ? say('report.suspect', { cell: labels.cell(s.cell, lang), suggested: formatNumber(s.suggested) }, lang) + slip
            : say('report.suspect-unknown', { cell: labels.cell(s.cell, lang) }, lang))
        : '';
      const quote = f.quote ? (lang === 'en' ? ` ("${f.quote}")` : `（原文：“${f.quote}”）`) : '';
      return [say(`severity.${f.severity}`, {}, lang) + (f.status === 'uncertain' ? '?' : ''), formatFinding(f, lang, template) + quote + suspect];
    });
    const [c0, c1] = say('report.columns', {}, lang).split('|');
    const w0 = rows.reduce((w, x) => Math.max(w, displayWidth(x[0])), displayWidth(c0));
    lines.push(`  ${pad(c0, w0)}  ${c1}`);
    for (const [a, b] of rows) lines.push(`  ${pad(a, w0)}  ${b}`);
  }
  lines.push('');
  return lines.join('\n') + '\n';
}

/** The text report's last line: how many files, and how many of each verdict. */
export function textSummary(verdicts: readonly Verdict[], lang: Lang = 'zh'): string {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  const parts = VERDICT_ORDER.filter((v) => counts.has(v)).map((v) =>
    say('summary.part', { verdict: CATALOGUE[`verdict.${v}`][lang], count: counts.get(v)! }, lang),
  );
  return say('summary.total', { count: verdicts.length, parts: parts.join(lang === 'en' ? ', ' : '，') }, lang);
}
