import type { RuleOutcome, Values } from '../evaluate';
import type { TypoKind } from '../findings/types';
import { coefficient } from './linear';
import { typoKind } from './typo';

export interface PossibleSlip {
  cell: string;
  suggested: number;
  typo: TypoKind;
}

/**
 * A guess from the digits, for a broken equality the data cannot single a cell out in (a table-4
 * group, a row covered by one rule, a column whose other rules are blank): the one cell whose
 * written value is a single slip away from the value that repairs the rule. A cell that takes part
 * in a relationship that holds is never offered (changing it would break that one). When two cells
 * qualify the digits do not tell either, and the answer is none.
 */
export function possibleSlip(outcome: RuleOutcome, outcomes: readonly RuleOutcome[], values: Values): PossibleSlip | undefined {
  const lin = outcome.rule.comparison?.linear;
  if (outcome.status !== 'fail' || outcome.rule.comparison?.op !== '==' || !lin) return undefined;
  if (outcome.left === undefined || outcome.right === undefined) return undefined;
  const holding = new Set<string>();
  for (const o of outcomes) if (o !== outcome && o.status === 'pass' && o.rule.comparison?.linear) for (const c of o.rule.cells) holding.add(c);
  const found: PossibleSlip[] = [];
  const seen = new Set<string>();
  for (const t of [...lin.left.terms, ...lin.right.terms]) {
    if (seen.has(t.name) || holding.has(t.name)) continue;
    seen.add(t.name);
    const written = values.get(t.name);
    const k = coefficient(lin, t.name);
    if (written === null || written === undefined || k === 0) continue;
    const v = Math.round((written - (outcome.left - outcome.right) / k) * 1e9) / 1e9;
    // Counts: the repaired value must be a count too.
    if (v < 0 || !Number.isInteger(v) || !Number.isInteger(written)) continue;
    const typo = typoKind(written, v);
    if (typo) found.push({ cell: t.name, suggested: v, typo });
  }
  return found.length === 1 ? found[0] : undefined;
}
