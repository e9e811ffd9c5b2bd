import type { RuleOutcome } from '../evaluate';
import { formatNumber, renderTerms, type Lang } from '../messages';
import type { Linear } from '../rules';
import { cellLabel } from '../template/keys';
import type { TemplateDef } from '../template/types';

/** One relationship a cell belongs to, written out with labels and values. */
export interface Relation {
  ruleId: string;
  title: string;
  status: RuleOutcome['status'];
  severity: 'error' | 'warning';
  /** `本年新收 60 + 上年结转 8 = 68 ≠ （七）总计 67 + 结转下年度 0 = 67` */
  equation: string;
  left?: number;
  right?: number;
}

const OP_TEXT: Record<string, [string, string]> = {
  '==': ['=', '≠'],
  '!=': ['≠', '='],
  '<': ['<', '≥'],
  '<=': ['≤', '>'],
  '>': ['>', '≤'],
  '>=': ['≥', '<'],
};

/** Every evaluated relationship that reads the cell: what the page shows when a cell is selected. */
export function explainCell(
  template: TemplateDef,
  outcomes: readonly RuleOutcome[],
  values: ReadonlyMap<string, number | null>,
  key: string,
  lang: Lang = 'zh',
): Relation[] {
  return outcomes
    .filter((o) => o.status !== 'skipped' && o.rule.cells.includes(key))
    .map((o) => {
      const rule = o.rule;
      const lin = rule.comparison?.linear;
      let equation = rule.source;
      if (lin && rule.comparison) {
        const holds = o.status === 'pass';
        const [ok, bad] = OP_TEXT[rule.comparison.op];
        const names = shortNames(template, [...lin.left.terms, ...lin.right.terms].map((t) => t.name), lang);
        const side = (l: Linear, v: number | undefined) => {
          // The same renderer as the findings' sums, with each term named.
          const terms = l.terms.map((t) => ({ cell: t.name, coef: t.coef, value: values.get(t.name) ?? null }));
          const text = renderTerms({ terms, constant: l.constant || undefined, compact: true }, lang, names);
          return terms.length > 1 && v !== undefined ? `${text} = ${formatNumber(v)}` : text;
        };
        equation = `${side(lin.left, o.left)} ${holds ? ok : bad} ${side(lin.right, o.right)}`;
      }
      return {
        ruleId: rule.id,
        title: lang === 'en' ? rule.titleEn : rule.title,
        status: o.status,
        severity: rule.severity,
        equation,
        left: o.left,
        right: o.right,
      };
    });
}

/**
 * Labels without what all the cells share: a column sum names its rows (`（一）予以公开 24`),
 * a row sum its columns (`自然人 60`).
 */
function shortNames(template: TemplateDef, keys: string[], lang: Lang): Map<string, string> {
  const split = keys.map((k) => cellLabel(template, k, lang).split(lang === 'en' ? ' · ' : '·'));
  const common = (i: number) => split.every((p) => p[i] !== undefined && p[i] === split[0][i]);
  const commonFromEnd = (i: number) => split.every((p) => p.length > i && p[p.length - 1 - i] === split[0][split[0].length - 1 - i]);
  let head = 0;
  while (common(head)) head++;
  let tail = 0;
  while (commonFromEnd(tail)) tail++;
  const out = new Map<string, string>();
  keys.forEach((k, i) => {
    const parts = split[i];
    const kept = parts.slice(Math.min(head, parts.length - 1), Math.max(parts.length - tail, Math.min(head, parts.length - 1) + 1));
    out.set(k, kept.join(lang === 'en' ? ' · ' : '·'));
  });
  return out;
}
