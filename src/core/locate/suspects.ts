import type { RuleOutcome, Values } from '../evaluate';
import { blankAnyTotal, coefficient, totalCells } from './linear';

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
 * A relationship a blank part takes part in (uncertain, the blank counted as 0) is evidence too: a
 * filled cell whose row and column both break, both repaired by the same value, is the one to
 * change — if a blank were the error, its own other relationships would break as well. A
 * relationship with a blank that is the total of a sum (its own or another's) is no evidence
 * either way (the total may be anything) and is left out. Blank cells themselves are not
 * candidates (their own value is said by blankFills). `allowed` rules out values a cell cannot
 * hold (a negative count): with two wrong cells, the two cells across their rows and columns
 * repair the same four sums, unless that would take one of them below 0.
 */
export function findCandidates(
  outcomes: readonly RuleOutcome[],
  values: Values,
  allowed?: (cell: string, value: number) => boolean,
  totals: ReadonlySet<string> = totalCells(outcomes),
): Candidate[] {
  const equalities = outcomes.filter(
    (o) =>
      (o.status === 'pass' || o.status === 'fail' || o.status === 'uncertain') &&
      o.rule.comparison?.op === '==' &&
      o.rule.comparison.linear &&
      !blankAnyTotal(o, totals),
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
      const value = Math.round(suggested * 1e9) / 1e9;
      // A count cannot be made negative or fractional: such a change explains nothing.
      if (!allowed || allowed(cell, value)) out.push({ cell, suggested: value, repairs: rules.map((o) => o.rule.id) });
    }
  }
  return out;
}

/**
 * The suspects of one broken rule, most likely first: the candidates that repair it and at least
 * one other broken rule, best first. When the best is not unique the data cannot single a cell out,
 * and the answer is none — also when the best is not the unique best of every rule it repairs (with
 * three wrong cells, one change can mirror another: 其他处理·1 8 too few in the 总计 column and
 * 不予处理·2·其他 8 too many make 不予处理·2·总计 look like the cell to change). (The one cell of a
 * relationship that repairs it alone is named only where every broken relationship is explained:
 * certainByCover.)
 */
export function suspectsFor(ruleId: string, candidates: readonly Candidate[]): Candidate[] {
  const mine = best(ruleId, candidates);
  if (!mine.length) return [];
  return mine[0].repairs.every((r) => r === ruleId || best(r, candidates)[0] === mine[0]) ? mine : [];
}

/** The candidates of a rule that repair another too, most repairs first; none when the first ties. */
function best(ruleId: string, candidates: readonly Candidate[]): Candidate[] {
  const mine = candidates.filter((c) => c.repairs.includes(ruleId) && c.repairs.length >= 2);
  if (!mine.length) return [];
  mine.sort((a, b) => b.repairs.length - a.repairs.length);
  if (mine.length > 1 && mine[1].repairs.length === mine[0].repairs.length) return [];
  return mine;
}
