import type { RuleOutcome, Values } from '../evaluate';
import type { Linear } from '../rules';

/** The side with one term is the total; otherwise the left side is. */
export function rolesOf(linear: { left: Linear; right: Linear }): { total: string[]; parts: string[] } {
  const l = linear.left.terms.map((t) => t.name);
  const r = linear.right.terms.map((t) => t.name);
  return r.length === 1 && l.length > 1 ? { total: r, parts: l } : { total: l, parts: r };
}

/**
 * A sum whose total is blank says nothing about its parts: the blank may be anything, so whatever
 * a part should be, the total can follow. (Blank parts are counted as 0, as keys.md evaluates them.)
 */
export function blankTotal(o: RuleOutcome): boolean {
  const linear = o.rule.comparison?.linear;
  if (!o.blanks.length || !linear) return false;
  const { total } = rolesOf(linear);
  return total.length === 1 && o.blanks.includes(total[0]);
}

/** The cells that are the total of some sum (the side of one term). */
export function totalCells(outcomes: readonly RuleOutcome[]): Set<string> {
  const out = new Set<string>();
  for (const o of outcomes) {
    const linear = o.rule.comparison?.linear;
    if (o.rule.comparison?.op !== '==' || !linear) continue;
    const { total } = rolesOf(linear);
    if (total.length === 1) out.add(total[0]);
  }
  return out;
}

/**
 * Whether a relationship says nothing of its filled cells: a blank in it is the total of a sum (its
 * own, or another's, as 结转下年度·总计 is a part of the 总计 column's balance) and may be anything.
 */
export function blankAnyTotal(o: RuleOutcome, totals: ReadonlySet<string>): boolean {
  return o.blanks.some((b) => totals.has(b));
}

/** The net coefficient of a key in `left − right`. */
export function coefficient(linear: { left: Linear; right: Linear }, key: string): number {
  if (linear.left.terms.length + linear.right.terms.length > 16) return (coefficients.get(linear) ?? netCoefficients(linear)).get(key) ?? 0;
  let k = 0;
  for (const t of linear.left.terms) if (t.name === key) k += t.coef;
  for (const t of linear.right.terms) if (t.name === key) k -= t.coef;
  return k;
}

/** A long sum's coefficients by key, worked out once: asked for each of 10,000 parts, a scan each would be quadratic. */
const coefficients = new WeakMap<object, Map<string, number>>();
function netCoefficients(linear: { left: Linear; right: Linear }): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of linear.left.terms) m.set(t.name, (m.get(t.name) ?? 0) + t.coef);
  for (const t of linear.right.terms) m.set(t.name, (m.get(t.name) ?? 0) - t.coef);
  coefficients.set(linear, m);
  return m;
}

/** A side's value with blanks counted as 0. */
export function linearValue(lin: Linear, values: Values): number {
  let v = lin.constant;
  for (const t of lin.terms) v += t.coef * (values.get(t.name) ?? 0);
  return v;
}
