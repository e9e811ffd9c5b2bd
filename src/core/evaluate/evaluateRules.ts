import type { CompiledRule } from '../rules';
import { keyToSymbol } from '../template/keys';

/** The values a rule set is confronted with: a number, null for a blank, absent for a key not in the input. */
export type Values = ReadonlyMap<string, number | null>;

export type OutcomeStatus = 'pass' | 'fail' | 'uncertain' | 'skipped' | 'error';

/** One rule confronted with the data (R's validate: pass, fail or undecided; a throw is an outcome too). */
export interface RuleOutcome {
  rule: CompiledRule;
  status: OutcomeStatus;
  /** the two sides of a comparison, blanks counted as 0 */
  left?: number;
  right?: number;
  /** cells of the rule that are blank */
  blanks: string[];
  /** the tolerance the comparison used */
  tolerance: number;
  error?: string;
}

/**
 * Evaluates every rule once over the values. Blanks count as 0; a rule that fails with a blank
 * taking part is `uncertain`; a rule that reads a key the input lacks is `skipped`.
 *
 * @param decimals digits after the point as written, per key (for `tolerance: 'precision'`)
 */
export function evaluateRules(
  rules: readonly CompiledRule[],
  values: Values,
  decimals: ReadonlyMap<string, number> = new Map(),
): RuleOutcome[] {
  // Every name the rules read, with its cell's value (a blank as 0), set once: a rule reads only
  // names of its own cells, all present when it is evaluated, so one scope serves them all.
  const scope = new Map<string, number>();
  const { keys, symbols } = namesOf(rules);
  for (let i = 0; i < keys.length; i++) {
    const v = values.get(keys[i]);
    if (v !== undefined) scope.set(symbols[i], v === null ? 0 : v);
    else if (values.has(keys[i])) scope.set(symbols[i], 0);
  }
  const out: RuleOutcome[] = [];
  for (const rule of rules) {
    const cells = rule.when ? [...rule.cells, ...rule.when.cells] : rule.cells;
    if (cells.some((k) => !values.has(k))) {
      out.push({ rule, status: 'skipped', blanks: [], tolerance: 0 });
      continue;
    }
    const blanks: string[] = [];
    for (const key of rule.cells) {
      const v = values.get(key);
      if ((v === null || v === undefined) && !blanks.includes(key)) blanks.push(key);
    }
    const tolerance = toleranceOf(rule, decimals);
    try {
      if (rule.when && rule.when.evaluate(scope) !== true) {
        out.push({ rule, status: 'skipped', blanks, tolerance });
        continue;
      }
      let holds: boolean;
      let left: number | undefined;
      let right: number | undefined;
      if (rule.comparison) {
        left = Number(rule.comparison.evalLeft(scope));
        right = Number(rule.comparison.evalRight(scope));
        holds = compare(rule.comparison.op, left, right, tolerance);
      } else {
        holds = rule.evaluate(scope) === true;
      }
      const status = holds ? 'pass' : blanks.length ? 'uncertain' : 'fail';
      out.push({ rule, status, left, right, blanks, tolerance });
    } catch (e) {
      out.push({ rule, status: 'error', blanks, tolerance, error: (e as Error).message });
    }
  }
  return out;
}

/** Each key the rules read (their conditions' too) once, with its name in the expressions: once per rule set. */
const names = new WeakMap<readonly CompiledRule[], { count: number; keys: string[]; symbols: string[] }>();
function namesOf(rules: readonly CompiledRule[]): { keys: string[]; symbols: string[] } {
  let n = names.get(rules);
  // (a list that grew since is looked at again)
  if (!n || n.count !== rules.length) {
    const keys = [...new Set(rules.flatMap((r) => (r.when ? [...r.cells, ...r.when.cells] : r.cells)))];
    n = { count: rules.length, keys, symbols: keys.map(symbol) };
    names.set(rules, n);
  }
  return n;
}

const symbolCache = new Map<string, string>();
function symbol(key: string): string {
  let s = symbolCache.get(key);
  if (!s) {
    s = keyToSymbol(key);
    symbolCache.set(key, s);
  }
  return s;
}

function compare(op: string, l: number, r: number, tol: number): boolean {
  // A hair of slack for binary fractions (0.1 + 0.2), on top of the stated tolerance.
  const eps = tol + 1e-9 * Math.max(1, Math.abs(l), Math.abs(r));
  switch (op) {
    case '==':
      return Math.abs(l - r) <= eps;
    case '!=':
      return Math.abs(l - r) > eps;
    case '<':
      return l < r - eps;
    case '<=':
      return l <= r + eps;
    case '>':
      return l > r + eps;
    case '>=':
      return l >= r - eps;
    default:
      return false;
  }
}

/**
 * XBRL Calculations 1.1 style: each reported value stands for an interval of half its rounding unit
 * either side; a sum is consistent when the intervals can meet.
 */
function toleranceOf(rule: CompiledRule, decimals: ReadonlyMap<string, number>): number {
  if (rule.tolerance !== 'precision') return rule.tolerance;
  let tol = 0;
  for (const key of rule.cells) tol += 0.5 * 10 ** -(decimals.get(key) ?? 0);
  return tol;
}
