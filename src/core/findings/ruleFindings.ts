import type { RuleOutcome, Values } from '../evaluate';
import { coefficient, findCandidates, suspectsFor } from '../locate';
import { formatDiff, formatMessage, formatNumber, type Lang, type MessageCode, type MessageParams } from '../messages';
import type { Linear } from '../rules';
import { cellLabel } from '../template/keys';
import type { TemplateDef } from '../template/types';
import type { CellValue } from '../values';
import { fingerprint } from './fingerprint';
import { render } from './render';
import type { Finding, Suspect } from './types';

/**
 * Turns broken rules into findings: the message with the values substituted, the cells and their
 * roles, and the suspects. Uncertain rules (a blank takes part) say what the blank should be when
 * the data can tell.
 */
export function ruleFindings(
  template: TemplateDef,
  outcomes: readonly RuleOutcome[],
  values: Values,
  parsed: ReadonlyMap<string, CellValue> = new Map(),
): Finding[] {
  // A cell that holds text is null in the rules like a blank, but it is not empty: say what it holds.
  const textOf = (key: string) => {
    const v = parsed.get(key);
    return v?.kind === 'text' ? v.text : undefined;
  };
  const candidates = findCandidates(outcomes, values);
  const fills = blankFills(outcomes, values);
  const out: Finding[] = [];
  for (const o of outcomes) {
    if (o.status === 'pass' || o.status === 'skipped') continue;
    const rule = o.rule;
    const linear = rule.comparison?.linear;
    const roles = linear ? rolesOf(linear) : undefined;
    const base = {
      rule: rule.id,
      fingerprint: fingerprint(template.id, rule.id, rule.cells),
      cells: rule.cells,
      table: rule.table,
      title: rule.title,
      titleEn: rule.titleEn,
      roles,
      blanks: o.blanks.length ? o.blanks : undefined,
    };
    if (o.status === 'error') {
      out.push({ ...base, severity: 'warning', status: 'uncertain', suspects: [], ...msg('rule.fail.other', (l) => ({ title: titleOf(rule, l) })) });
      continue;
    }
    if (o.status === 'fail') {
      const suspects = suspectsFor(rule.id, candidates).map((c) =>
        suspect(c.cell, c.suggested, 'suspect.single-cell', () => ({ suggested: formatNumber(c.suggested), count: c.repairs.length })),
      );
      out.push({ ...base, severity: rule.severity, status: 'fail', suspects, ...failMessage(template, o, values) });
      continue;
    }
    // Uncertain: a blank takes part.
    const fill = fills.get(o);
    if (fill) {
      const basis = (l: Lang) => formatMessage(fill.basis, {}, l);
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [suspect(fill.cell, fill.value, 'suspect.blank', (l) => ({ basis: basis(l), suggested: formatNumber(fill.value) }))],
        ...msg(textOf(fill.cell) === undefined ? 'rule.uncertain.suggest' : 'rule.uncertain.suggest-text', (l) => ({
          title: titleOf(rule, l),
          cell: cellLabel(template, fill.cell, l),
          text: textOf(fill.cell) ?? '',
          basis: basis(l),
          suggested: formatNumber(fill.value),
        })),
      });
    } else if (linear && o.blanks.every((b) => filledValue(fills, b) !== undefined)) {
      // Every blank is the total of a sum of its own: fill them from their parts and look again.
      const filled = new Map(values);
      for (const b of o.blanks) filled.set(b, filledValue(fills, b)!);
      const l = linearValue(linear.left, filled);
      const r = linearValue(linear.right, filled);
      const holds = Math.abs(l - r) <= o.tolerance + 1e-9;
      const equation = `${termsText(linear.left, filled, true)} ${holds ? '=' : '≠'} ${termsText(linear.right, filled, true)}`;
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [],
        ...msg(holds ? 'rule.uncertain.filled-holds' : 'rule.uncertain.filled-fails', (lang) => ({
          title: titleOf(rule, lang),
          count: o.blanks.length,
          equation,
          diff: formatDiff(l - r),
        })),
      });
    } else {
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [],
        ...msg('rule.uncertain.blanks', (l) => ({
          title: titleOf(rule, l),
          equation: linear ? equationText(linear, values) : rule.source,
          blanks: o.blanks
            .map((k) => cellLabel(template, k, l) + (textOf(k) === undefined ? '' : `（“${textOf(k)}”）`))
            .join(l === 'en' ? ', ' : '、'),
        })),
      });
    }
  }
  return out;
}

const msg = render;

function suspect(cell: string, suggested: number | null, code: MessageCode, params: (lang: Lang) => MessageParams): Suspect {
  return {
    cell,
    suggested,
    reason: formatMessage(code, params('zh'), 'zh'),
    reasonEn: formatMessage(code, params('en'), 'en'),
    reasonCode: code,
    reasonParams: params('zh'),
  };
}

const titleOf = (rule: { title: string; titleEn: string }, lang: Lang) => (lang === 'en' ? rule.titleEn : rule.title);

/** The side with one term is the total; otherwise the left side is. */
function rolesOf(linear: { left: Linear; right: Linear }): { total: string[]; parts: string[] } {
  const l = linear.left.terms.map((t) => t.name);
  const r = linear.right.terms.map((t) => t.name);
  return r.length === 1 && l.length > 1 ? { total: r, parts: l } : { total: l, parts: r };
}

function isPlainSum(lin: Linear): boolean {
  return lin.constant === 0 && lin.terms.every((t) => t.coef === 1);
}

function failMessage(template: TemplateDef, o: RuleOutcome, values: Values) {
  const rule = o.rule;
  const cmp = rule.comparison;
  if (!cmp || o.left === undefined || o.right === undefined) return msg('rule.fail.other', (l) => ({ title: titleOf(rule, l) }));
  const left = o.left;
  const right = o.right;
  const lin = cmp.linear;
  if (cmp.op === '==' && lin && isPlainSum(lin.left) && isPlainSum(lin.right)) {
    const single = lin.left.terms.length === 1 ? 'left' : lin.right.terms.length === 1 ? 'right' : null;
    if (single) {
      const total = lin[single].terms[0].name;
      const parts = lin[single === 'left' ? 'right' : 'left'];
      const totalValue = single === 'left' ? left : right;
      const sum = single === 'left' ? right : left;
      return msg('rule.fail.sum', (l) => ({
        total: cellLabel(template, total, l),
        totalValue: formatNumber(totalValue),
        parts: termsText(parts, values, true),
        sum: formatNumber(sum),
        diff: formatDiff(totalValue - sum),
      }));
    }
    return msg('rule.fail.equation', (l) => ({
      title: titleOf(rule, l),
      left: termsText(lin.left, values, false),
      leftValue: formatNumber(left),
      right: termsText(lin.right, values, false),
      rightValue: formatNumber(right),
      diff: formatDiff(left - right),
    }));
  }
  return msg('rule.fail.compare', (l) => ({
    title: titleOf(rule, l),
    left: lin ? termsText(lin.left, values, false) : l === 'en' ? 'left' : '左边',
    leftValue: formatNumber(left),
    right: lin ? termsText(lin.right, values, false) : l === 'en' ? 'right' : '右边',
    rightValue: formatNumber(right),
    op: { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' }[cmp.op],
  }));
}

/** `24+0+…+1`: the values of a sum, shortened when long. */
function termsText(lin: Linear, values: Values, compact: boolean): string {
  const parts = lin.terms.map((t) => {
    const v = values.get(t.name);
    const s = v === null || v === undefined ? '空' : formatNumber(v);
    return t.coef === 1 ? s : `${formatNumber(t.coef)}×${s}`;
  });
  if (lin.constant) parts.push(formatNumber(lin.constant));
  const shown = compact && parts.length > 6 ? [...parts.slice(0, 2), '…', parts.at(-1)!] : parts;
  return shown.join(compact ? '+' : ' + ');
}

function linearValue(lin: Linear, values: Values): number {
  let v = lin.constant;
  for (const t of lin.terms) v += t.coef * (values.get(t.name) ?? 0);
  return v;
}

/** The one value the other rules agree a blank should take, if any. */
function filledValue(fills: ReturnType<typeof blankFills>, cell: string): number | undefined {
  let found: number | undefined;
  for (const f of fills.values()) {
    if (f.cell !== cell) continue;
    if (found !== undefined && Math.abs(found - f.value) > 1e-9) return undefined;
    found = f.value;
  }
  return found;
}

function equationText(lin: { left: Linear; right: Linear }, values: Values): string {
  return `${termsText(lin.left, values, true)} ≠ ${termsText(lin.right, values, true)}`;
}

/**
 * What a blank should be, where the data can tell: the only blank of a rule (solve for it), or a
 * blank total whose parts are filled or blank (their sum).
 */
function blankFills(outcomes: readonly RuleOutcome[], values: Values) {
  const fills = new Map<RuleOutcome, { cell: string; value: number; basis: 'rule.basis.parts' | 'rule.basis.others' }>();
  for (const o of outcomes) {
    // A rule that holds with blanks tells its blanks too (a blank total over blank parts is 0).
    const usable = o.status === 'uncertain' || (o.status === 'pass' && o.blanks.length > 0);
    if (!usable || o.rule.comparison?.op !== '==' || !o.rule.comparison.linear) continue;
    const lin = o.rule.comparison.linear;
    const roles = rolesOf(lin);
    const totalBlank = roles.total.length === 1 && o.blanks.includes(roles.total[0]);
    const cell = o.blanks.length === 1 ? o.blanks[0] : totalBlank ? roles.total[0] : undefined;
    if (!cell) continue;
    const k = coefficient(lin, cell);
    if (k === 0) continue;
    // Blanks count as 0 in left/right; the blank cell must absorb the whole difference.
    const value = (0 - (o.left! - o.right!)) / k + (values.get(cell) ?? 0);
    const basis = roles.total.length === 1 && roles.total[0] === cell ? 'rule.basis.parts' : 'rule.basis.others';
    fills.set(o, { cell, value: Math.round(value * 1e9) / 1e9, basis });
  }
  return fills;
}
