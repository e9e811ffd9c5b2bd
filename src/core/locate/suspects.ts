import type { RuleOutcome, Values } from '../evaluate';
import type { Linear } from '../rules';

/** A cell that, changed alone, would make a set of broken rules hold. */
export interface Candidate {
  cell: string;
  suggested: number;
  /** the failing rules (ids) this one change repairs */
  repairs: string[];
}

/**
 * Error localisation for linear equalities. A cell is a candidate when every evaluated equality it
 * takes part in is broken and each of them asks for the same new value; changing it then repairs
 * all of them and breaks nothing that holds. In table 3 a wrong cell sits in its row sum and in its
 * column (or balance) sum, and only that cell repairs both. A cell in a single broken sum (a table-4
 * group) repairs one rule, as every other cell of that sum does, so it is not singled out.
 * A relationship a blank takes part in (uncertain, the blank counted as 0) is evidence too: a filled
 * cell whose row breaks for certain and whose column breaks with a blank in it, both repaired by the
 * same value, is the one to change — if the blank were the error, the two would ask for different
 * values. Blank cells themselves are not candidates (their own value is said by blankFills).
 */
export function findCandidates(outcomes: readonly RuleOutcome[], values: Values): Candidate[] {
  const equalities = outcomes.filter(
    (o) => (o.status === 'pass' || o.status === 'fail' || o.status === 'uncertain') && o.rule.comparison?.op === '==' && o.rule.comparison.linear,
  );
  const byCell = new Map<string, RuleOutcome[]>();
  for (const o of equalities) {
    for (const key of o.rule.cells) {
      const list = byCell.get(key) ?? [];
      list.push(o);
      byCell.set(key, list);
    }
  }
  const out: Candidate[] = [];
  for (const [cell, rules] of byCell) {
    if (rules.some((o) => o.status === 'pass') || values.get(cell) === null || values.get(cell) === undefined) continue;
    const current = values.get(cell)!;
    let suggested: number | undefined;
    let agrees = true;
    for (const o of rules) {
      const k = coefficient(o.rule.comparison!.linear!, cell);
      if (k === 0) {
        agrees = false;
        break;
      }
      const v = current - (o.left! - o.right!) / k;
      if (suggested === undefined) suggested = v;
      else if (Math.abs(v - suggested) > 1e-9 + o.tolerance) agrees = false;
    }
    if (agrees && suggested !== undefined) {
      out.push({ cell, suggested: Math.round(suggested * 1e9) / 1e9, repairs: rules.map((o) => o.rule.id) });
    }
  }
  return out;
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

/**
 * The suspects of one broken rule, most likely first: the candidates that repair it and at least
 * one other broken rule, best first. When the best is not unique the data cannot single a cell out,
 * and the answer is none.
 */
export function suspectsFor(ruleId: string, candidates: readonly Candidate[]): Candidate[] {
  const mine = candidates.filter((c) => c.repairs.includes(ruleId) && c.repairs.length >= 2);
  mine.sort((a, b) => b.repairs.length - a.repairs.length);
  if (!mine.length) return [];
  if (mine.length > 1 && mine[1].repairs.length === mine[0].repairs.length) return [];
  return mine;
}
