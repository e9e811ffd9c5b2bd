import type { RuleOutcome, Values } from '../evaluate';
import { blankAnyTotal, blankFills, blankTotal, certainByCover, filledValue, findCandidates, rolesOf, suspectsFor, totalCells, type BlankFill, type Candidate } from '../locate';
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
  // Suspects are looked for only where a rule broke (for certain, or with a blank counted as 0),
  // blanks filled only where one is uncertain (a report that passes, as most do, needs neither).
  const fills = outcomes.some((o) => o.status === 'uncertain') ? blankFills(outcomes, values) : new Map<RuleOutcome, BlankFill>();
  const broken = outcomes.some((o) => o.status === 'fail' || o.status === 'uncertain');
  const evidence = broken && fills.size ? withTotalsFilled(outcomes, fills, values) : outcomes;
  const candidates = broken ? findCandidates(evidence, values, (cell, value) => canHold(template, cell, value)) : [];
  // Several wrong cells, or one alone in its relationship: the cells every smallest whole
  // explanation needs (certainByCover). A relationship judged with blank totals filled from their
  // parts depends on those parts too: evidence, but not one a whole explanation must repair.
  const filled = new Set(evidence.filter((o, i) => o !== outcomes[i]));
  const covered = candidates.length ? certainByCover(brokenEqualities(evidence.filter((o) => !filled.has(o))), candidates) : new Map<string, Candidate>();
  // A cell that repairs one relationship alone is named only when every other cell of it sits in a
  // relationship that holds: not when another is merely in a broken one too (two wrong cells in
  // one sum) or would go below 0 (two wrong parts of a table-4 group leave only its 总计 ≥ 0).
  if ([...covered.values()].some((c) => c.repairs.length === 1)) {
    const holding = holdingCells(evidence);
    for (const [id, c] of covered) {
      if (c.repairs.length > 1) continue;
      const o = evidence.find((x) => x.rule.id === id);
      if (!o || o.blanks.length || !o.rule.cells.every((k) => k === c.cell || holding.has(k))) covered.delete(id);
    }
  }
  const suspectsOf = (id: string): Candidate[] => {
    const c = covered.get(id);
    return c ? [c] : suspectsFor(id, candidates);
  };
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
    } else if (linear && o.blanks.every((b) => filledValue(fills, b) !== undefined)) {
      // Every blank is the total of a sum of its own: fill them from their parts and look again.
      const filled = new Map(values);
      for (const b of o.blanks) filled.set(b, filledValue(fills, b)!);
      const l = linearValue(linear.left, filled);
      const r = linearValue(linear.right, filled);
      const holds = Math.abs(l - r) <= o.tolerance + 1e-9;
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        suspects: [],
        code: holds ? 'rule.uncertain.filled-holds' : 'rule.uncertain.filled-fails',
        params: { title, count: o.blanks.length, equation: { msg: holds ? 'equation.holds' : 'equation.fails', params: { left: side(linear.left, filled), right: side(linear.right, filled) } }, diff: { diff: l - r } },
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

/** The cells of equalities that hold and say something of them (no blank total in them). */
function holdingCells(outcomes: readonly RuleOutcome[]): Set<string> {
  const totals = totalCells(outcomes);
  const out = new Set<string>();
  for (const o of outcomes) {
    if (o.status !== 'pass' || o.rule.comparison?.op !== '==' || !o.rule.comparison.linear || blankAnyTotal(o, totals)) continue;
    for (const k of o.rule.cells) out.add(k);
  }
  return out;
}

/** The equalities that broke and say something of their cells (a blank total says nothing). */
function brokenEqualities(outcomes: readonly RuleOutcome[]): string[] {
  const totals = totalCells(outcomes);
  return outcomes
    .filter((o) => (o.status === 'fail' || o.status === 'uncertain') && o.rule.comparison?.op === '==' && o.rule.comparison.linear && !blankAnyTotal(o, totals))
    .map((o) => o.rule.id);
}

/**
 * The outcomes as evidence for locating a wrong cell: a relationship whose blanks are each the
 * total of a sum of its own (the 总计 column left blank, the 总计 row summed from it) is judged
 * with those totals filled from their parts, as a reviewer would, instead of with 0s.
 */
function withTotalsFilled(outcomes: readonly RuleOutcome[], fills: ReadonlyMap<RuleOutcome, BlankFill>, values: Values): RuleOutcome[] {
  return outcomes.map((o) => {
    const linear = o.rule.comparison?.linear;
    if ((o.status !== 'uncertain' && o.status !== 'pass') || !o.blanks.length || !linear || blankTotal(o) || !o.blanks.every((b) => filledValue(fills, b) !== undefined)) return o;
    const filled = new Map(values);
    for (const b of o.blanks) filled.set(b, filledValue(fills, b)!);
    const left = linearValue(linear.left, filled);
    const right = linearValue(linear.right, filled);
    return { ...o, left, right, blanks: [], status: Math.abs(left - right) <= o.tolerance + 1e-9 ? 'pass' : 'fail' };
  });
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

function linearValue(lin: Linear, values: Values): number {
  let v = lin.constant;
  for (const t of lin.terms) v += t.coef * (values.get(t.name) ?? 0);
  return v;
}
