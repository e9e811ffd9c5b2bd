import { cellLabel, findingTitle, formatFinding, formatNumber, formatSuspect, type Lang, type Problem, type TemplateDef } from '../../core';
import { tr } from '../i18n';

/** What one problem's card says: a headline, the relationships it breaks, and a details line. */
export interface ProblemCardText {
  severity: Problem['severity'];
  uncertain: boolean;
  /** `1 处疑似错误：本年新收·其他 应为 4` */
  headline: string;
  /** `影响 2 个勾稽关系` (empty for a problem that is one finding without a suspect) */
  affects: string;
  /** why the suspect is suspected (a digit slip, the only cell in every broken sum…) */
  why: string;
  relations: Array<{ id: string; title?: string; message: string }>;
  /** the suggestion 改为建议值 puts in, when there is one */
  apply: { cell: string; value: number } | null;
  /** rule ids and cell keys: for whoever compares with the CLI's JSON, never in the headline */
  details: string;
}

/**
 * Renders one problem (the findings that share a certain suspect, or one finding alone) in the
 * reader's language, with the template's labels. Pure: the card component only lays it out.
 */
export function problemCard(p: Problem, lang: Lang, template?: TemplateDef | null): ProblemCardText {
  const first = p.findings[0];
  const uncertain = p.findings.every((f) => f.status === 'uncertain');
  const label = (key: string) => (template ? cellLabel(template, key, lang) : key);
  const relations = p.findings.map((f) => ({ id: f.fingerprint, title: findingTitle(f, lang, template), message: formatFinding(f, lang, template) }));
  const s = p.suspect;
  let headline: string;
  const suspect = s ? first.suspects.find((x) => x.cell === s.cell) : undefined;
  // a blank to fill in, or a filled cell named while blanks were counted as 0
  const fill = suspect?.code === 'suspect.blank';
  if (s && s.suggested !== null) {
    headline = tr(fill ? 'problemFill' : uncertain ? 'problemSuspectUncertain' : 'problemSuspect', lang)
      .replace('{cell}', label(s.cell))
      .replace('{value}', formatNumber(s.suggested));
  } else if (s) {
    headline = tr('problemSuspectOnly', lang).replace('{cell}', label(s.cell));
  } else {
    headline = relations[0].title ?? relations[0].message;
  }
  const n = p.findings.length;
  const affects = s || n > 1 ? (n === 1 ? tr('affectsOne', lang) : tr('affectsMany', lang).replace('{n}', String(n))) : '';
  const cells = s ? [s.cell] : first.cells.slice(0, 6);
  const sep = lang === 'en' ? ', ' : '、';
  return {
    severity: p.severity,
    uncertain,
    headline,
    affects,
    why: suspect ? formatSuspect(suspect, lang, template) : '',
    relations,
    apply: s && s.suggested !== null ? { cell: s.cell, value: s.suggested } : null,
    details: `${tr('detailsRules', lang)}: ${[...new Set(p.findings.map((f) => f.rule))].join(sep)} · ${tr('detailsCells', lang)}: ${cells.join(sep)}${first.cells.length > cells.length ? '…' : ''}`,
  };
}
