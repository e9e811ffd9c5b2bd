import type { RuleOutcome, Values } from '../evaluate';
import { coefficient, linearValue, rolesOf } from './linear';

export interface BlankFill {
  cell: string;
  value: number;
  /** what the value is computed from: the parts of a sum, or the other cells of the relationship */
  basis: 'rule.basis.parts' | 'rule.basis.others';
}

/**
 * What a blank should be, where the data can tell: the only blank of a rule (solve for it), or a
 * blank total whose parts are filled or blank (their sum). A rule that holds with blanks tells its
 * blanks too (a blank total over blank parts is 0).
 */
export function blankFills(outcomes: readonly RuleOutcome[], values: Values): Map<RuleOutcome, BlankFill> {
  const fills = new Map<RuleOutcome, BlankFill>();
  for (const o of outcomes) {
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

/** The one value the other rules agree a blank should take, if any. */
export function filledValue(fills: ReadonlyMap<RuleOutcome, BlankFill>, cell: string): number | undefined {
  let found: number | undefined;
  for (const f of fills.values()) {
    if (f.cell !== cell) continue;
    if (found !== undefined && Math.abs(found - f.value) > 1e-9) return undefined;
    found = f.value;
  }
  return found;
}

/** A relationship with each of its blanks filled as the other rules say, when they say it for every one: the values used, both sides, and whether it holds. */
export function withBlanksFilled(
  o: RuleOutcome,
  fills: ReadonlyMap<RuleOutcome, BlankFill>,
  values: Values,
): { values: Values; left: number; right: number; holds: boolean } | undefined {
  const linear = o.rule.comparison?.linear;
  if (!linear || !o.blanks.every((b) => filledValue(fills, b) !== undefined)) return undefined;
  const filled = new Map(values);
  for (const b of o.blanks) filled.set(b, filledValue(fills, b)!);
  const left = linearValue(linear.left, filled);
  const right = linearValue(linear.right, filled);
  return { values: filled, left, right, holds: Math.abs(left - right) <= o.tolerance + 1e-9 };
}
