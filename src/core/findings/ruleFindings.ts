import type { RuleOutcome, Values } from '../evaluate';
import { blankFills, locateSuspects, rolesOf, withBlanksFilled, type BlankFill } from '../locate';
import type { MessageCode, MessageParams, TermsParam } from '../messages';
import type { Linear } from '../rules';
import type { TemplateDef } from '../template/types';
import type { CellValue } from '../values';
import { findCell } from '../template/keys';
import { fingerprint } from './fingerprint';
import { certainSuspect, possibleSuspect } from './slipSuspects';
import type { Finding, Suspect } from './types';

/**
 * Turns broken rules into findings: the relationship with its values as parameters, the cells and
 * their roles, and the suspects. Uncertain rules (a blank takes part) say what the blank should be
 * when the data can tell; a rule that could not be evaluated is a `rule.error`.
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
  const textsOf = (keys: readonly string[]) => Object.fromEntries(keys.flatMap((k) => (textOf(k) === undefined ? [] : [[k, textOf(k)!]])));
  // Blanks filled only where one is uncertain (a report that passes, as most do, needs none).
  const fills = outcomes.some((o) => o.status === 'uncertain') ? blankFills(outcomes, values) : new Map<RuleOutcome, BlankFill>();
  const suspectsOf = locateSuspects(outcomes, values, fills, (cell, value) => canHold(template, cell, value));
  const out: Finding[] = [];
  for (const o of outcomes) {
    if (o.status === 'pass' || o.status === 'skipped') continue;
    const rule = o.rule;
    const linear = rule.comparison?.linear;
    const title = { rule: rule.id };
    const base = {
      rule: rule.id,
      fingerprint: fingerprint(template.id, rule.id, rule.cells),
      cells: rule.cells,
      table: rule.table,
      roles: linear ? rolesOf(linear) : undefined,
      blanks: o.blanks.length ? o.blanks : undefined,
    };
    if (o.status === 'error') {
      // keys.md: a rule that throws is an error finding carrying the error text; the run goes on.
      out.push({ ...base, rule: 'rule.error', fingerprint: fingerprint(template.id, 'rule.error', rule.cells, rule.id), severity: 'error', status: 'error', suspects: [], code: 'rule.error', params: { title, error: o.error ?? '' } });
      continue;
    }
    if (o.status === 'fail') {
      const suspects = suspectsOf(rule.id).map((c) => certainSuspect(c.cell, c.suggested, values.get(c.cell), c.repairs.length));
      // No cell singled out: the digits may still point at one (offered as possible, never certain).
      if (!suspects.length) {
        const guess = possibleSuspect(o, outcomes, values);
        if (guess) suspects.push(guess);
      }
      out.push({ ...base, severity: rule.severity, status: 'fail', suspects, ...failMessage(o, values) });
      continue;
    }
    // Uncertain: a blank takes part.
    const located = suspectsOf(rule.id);
    const fill = fills.get(o);
    const filled = withBlanksFilled(o, fills, values);
    if (located.length && linear) {
      // A filled cell that this rule and another broken one both ask to change to the same value:
      // it, not a blank, is the likely error (a blank that were wrong would break its own other
      // relationships, which hold). Still uncertain (keys.md): the blanks are counted as 0.
      const suspects = located.map((c) => certainSuspect(c.cell, c.suggested, values.get(c.cell), c.repairs.length));
      if (fill) suspects.push(suspect(fill.cell, fill.value, 'suspect.blank', { basis: { msg: fill.basis }, suggested: fill.value }));
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects,
        code: 'rule.uncertain.located',
        params: { title, equation: { msg: 'equation.fails', params: { left: side(linear.left, values), right: side(linear.right, values) } }, blanks: { cells: o.blanks, texts: textsOf(o.blanks) } },
      });
    } else if (fill) {
      const basis = { msg: fill.basis };
      const text = textOf(fill.cell);
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [suspect(fill.cell, fill.value, 'suspect.blank', { basis, suggested: fill.value })],
        code: text === undefined ? 'rule.uncertain.suggest' : 'rule.uncertain.suggest-text',
        params: { title, cell: { cell: fill.cell }, text: text ?? '', basis, suggested: fill.value },
      });
    } else if (linear && filled) {
      // Every blank is the total of a sum of its own: fill them from their parts and look again.
      const { holds } = filled;
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [],
        code: holds ? 'rule.uncertain.filled-holds' : 'rule.uncertain.filled-fails',
        params: { title, count: o.blanks.length, equation: { msg: holds ? 'equation.holds' : 'equation.fails', params: { left: side(linear.left, filled.values), right: side(linear.right, filled.values) } }, diff: { diff: filled.left - filled.right } },
      });
    } else {
      const texts = textsOf(o.blanks);
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [],
        code: 'rule.uncertain.blanks',
        params: {
          title,
          equation: linear ? { msg: 'equation.fails', params: { left: side(linear.left, values), right: side(linear.right, values) } } : rule.source,
          blanks: { cells: o.blanks, texts },
        },
      });
    }
  }
  return out;
}

/** Whether a cell of the form can hold a value: counts are whole and not negative (keys.md's value checks). */
function canHold(template: TemplateDef, key: string, value: number): boolean {
  const kind = findCell(template, key)?.cell.kind;
  return (value >= 0 || kind === 'signed') && (Number.isInteger(value) || kind === 'amount');
}

function suspect(cell: string, suggested: number | null, code: MessageCode, params: MessageParams): Suspect {
  return { cell, suggested, code, params };
}

function isPlainSum(lin: Linear): boolean {
  return lin.constant === 0 && lin.terms.every((t) => t.coef === 1);
}

/** One side of a relationship as a parameter: its terms with the values audited. */
function side(lin: Linear, values: Values, compact = true): TermsParam {
  return {
    terms: lin.terms.map((t) => ({ cell: t.name, coef: t.coef, value: values.get(t.name) ?? null })),
    ...(lin.constant ? { constant: lin.constant } : {}),
    compact,
  };
}

const OP_SIGN = { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

function failMessage(o: RuleOutcome, values: Values): { code: MessageCode; params: MessageParams } {
  const rule = o.rule;
  const title = { rule: rule.id };
  const cmp = rule.comparison;
  if (!cmp || o.left === undefined || o.right === undefined) return { code: 'rule.fail.other', params: { title } };
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
      return { code: 'rule.fail.sum', params: { total: { cell: total }, totalValue, parts: side(parts, values), sum, diff: { diff: totalValue - sum } } };
    }
    return {
      code: 'rule.fail.equation',
      params: { title, left: side(lin.left, values, false), leftValue: left, right: side(lin.right, values, false), rightValue: right, diff: { diff: left - right } },
    };
  }
  return {
    code: 'rule.fail.compare',
    params: {
      title,
      left: lin ? side(lin.left, values, false) : { msg: 'side.left' },
      leftValue: left,
      right: lin ? side(lin.right, values, false) : { msg: 'side.right' },
      rightValue: right,
      op: OP_SIGN[cmp.op],
    },
  };
}
