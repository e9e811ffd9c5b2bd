import type { RuleOutcome, Values } from '../evaluate';
import { withBlanksFilled, type BlankFill } from './blankFills';
import { certainByCover } from './cover';
import { blankAnyTotal, blankTotal, totalCells } from './linear';
import { findCandidates, suspectsFor, type Candidate } from './suspects';

/**
 * Which cell of each broken relationship is wrong, and what it should be: the suspects of a
 * template's rules. `fills` are what blank totals should be (blankFills); `allowed` rules out
 * values a cell cannot hold (a negative count). Returns the suspects of one rule, by id.
 */
export function locateSuspects(
  outcomes: readonly RuleOutcome[],
  values: Values,
  fills: ReadonlyMap<RuleOutcome, BlankFill>,
  allowed: (cell: string, value: number) => boolean,
): (ruleId: string) => Candidate[] {
  // Looked for only where a rule broke (for certain, or with a blank counted as 0): a report that
  // passes, as most do, needs none of this.
  if (!outcomes.some((o) => o.status === 'fail' || o.status === 'uncertain')) return () => [];
  const evidence = fills.size ? withTotalsFilled(outcomes, fills, values) : outcomes;
  const totals = totalCells(evidence);
  const candidates = findCandidates(evidence, values, allowed, totals);
  if (!candidates.length) return () => [];
  // Several wrong cells, or one alone in its relationship: the cells every smallest whole
  // explanation needs. A relationship judged with blank totals filled from their parts depends on
  // those parts too: evidence, but not one a whole explanation must repair through its own cells.
  const filled = new Set(evidence.filter((o, i) => o !== outcomes[i]));
  const covered = certainByCover(brokenEqualities(evidence.filter((o) => !filled.has(o)), totals), candidates);
  // A cell that repairs one relationship alone is named only when every other cell of it sits in a
  // relationship that holds: not when another is merely in a broken one too (two wrong cells in
  // one sum) or would go below 0 (two wrong parts of a table-4 group leave only its 总计 ≥ 0).
  if ([...covered.values()].some((c) => c.repairs.length === 1)) {
    const holding = holdingCells(evidence, totals);
    for (const [id, c] of covered) {
      if (c.repairs.length > 1) continue;
      const o = evidence.find((x) => x.rule.id === id);
      if (!o || o.blanks.length || !o.rule.cells.every((k) => k === c.cell || holding.has(k))) covered.delete(id);
    }
  }
  return (ruleId) => {
    const c = covered.get(ruleId);
    return c ? [c] : suspectsFor(ruleId, candidates);
  };
}

/** The cells of equalities that hold and say something of them (no blank total in them). */
function holdingCells(outcomes: readonly RuleOutcome[], totals: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const o of outcomes) {
    if (o.status !== 'pass' || o.rule.comparison?.op !== '==' || !o.rule.comparison.linear || blankAnyTotal(o, totals)) continue;
    for (const k of o.rule.cells) out.add(k);
  }
  return out;
}

/** The equalities that broke and say something of their cells (a blank total says nothing). */
function brokenEqualities(outcomes: readonly RuleOutcome[], totals: ReadonlySet<string>): string[] {
  return outcomes
    .filter((o) => (o.status === 'fail' || o.status === 'uncertain') && o.rule.comparison?.op === '==' && o.rule.comparison.linear && !blankAnyTotal(o, totals))
    .map((o) => o.rule.id);
}

/**
 * The outcomes as evidence: a relationship whose blanks are each the total of a sum of its own
 * (the 总计 column left blank, the 总计 row summed from it) is judged with those totals filled from
 * their parts, as a reviewer would, instead of with 0s — whether it held or not.
 */
function withTotalsFilled(outcomes: readonly RuleOutcome[], fills: ReadonlyMap<RuleOutcome, BlankFill>, values: Values): RuleOutcome[] {
  return outcomes.map((o) => {
    if ((o.status !== 'uncertain' && o.status !== 'pass') || !o.blanks.length || blankTotal(o)) return o;
    const filled = withBlanksFilled(o, fills, values);
    return filled ? { ...o, left: filled.left, right: filled.right, blanks: [], status: filled.holds ? 'pass' : 'fail' } : o;
  });
}
