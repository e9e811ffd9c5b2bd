import type { RuleOutcome } from '../evaluate';
import { fingerprint, type Finding } from '../findings';
import { findCandidates, suspectsFor } from '../locate';
import type { CompiledRule } from '../rules';
import { parseCellValue } from '../values';
import type { SumRule } from './findSums';

/**
 * The sums found in a table that is no report, confronted with its values: a total that does not
 * add up is an error naming the total and its parts; a cell that alone repairs every sum it breaks
 * (a total row's and a total column's) is the suspect, as in the report formats. A blank total is
 * counted as 0 and said to be blank; text where a number belongs is left out of the sum.
 */
export function sumFindings(rules: readonly SumRule[], raw: ReadonlyMap<string, string>): Finding[] {
  const values = new Map<string, number | null>();
  const decimals = new Map<string, number>();
  for (const [k, text] of raw) {
    const v = parseCellValue(text);
    values.set(k, v.kind === 'number' ? v.value : null);
    if (v.kind === 'number') decimals.set(k, v.decimals);
  }
  const outcomes: RuleOutcome[] = [];
  for (const s of rules) {
    if (!values.has(s.total)) continue;
    const cells = [s.total, ...s.parts];
    const left = values.get(s.total) ?? 0;
    const right = s.parts.reduce((n, k) => n + (values.get(k) ?? 0), 0);
    // rounding intervals of the figures as written (a total of amounts rounded to two places)
    const tolerance = cells.reduce((t, k) => t + (decimals.get(k) ? 0.5 * 10 ** -decimals.get(k)! : 0), 0) + 1e-9;
    const blanks = cells.filter((k) => values.get(k) === null || !values.has(k));
    const holds = Math.abs(left - right) <= tolerance;
    const rule = {
      id: s.id,
      cells,
      comparison: { op: '==', linear: { left: { terms: [{ name: s.total, coef: 1 }], constant: 0 }, right: { terms: s.parts.map((name) => ({ name, coef: 1 })), constant: 0 } } },
    } as unknown as CompiledRule;
    outcomes.push({ rule, status: holds ? 'pass' : blanks.includes(s.total) ? 'uncertain' : 'fail', left, right, blanks, tolerance });
  }
  const candidates = findCandidates(outcomes, values);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: Finding[] = [];
  for (const o of outcomes) {
    if (o.status === 'pass') continue;
    const s = byId.get(o.rule.id)!;
    const totalLabel = s.label ? `${s.total}（${s.label}）` : s.total;
    const parts = { terms: s.parts.map((cell) => ({ cell, coef: 1, value: values.get(cell) ?? null })), compact: true };
    const base = {
      rule: s.id,
      fingerprint: fingerprint('generic', s.id, o.rule.cells),
      cells: o.rule.cells,
      roles: { total: [s.total], parts: s.parts },
      blanks: o.blanks.length ? o.blanks : undefined,
    };
    if (o.status === 'uncertain') {
      const suggested = Math.round(o.right! * 1e9) / 1e9;
      out.push({
        ...base,
        severity: 'warning',
        status: 'uncertain',
        code: 'totals.blank-total',
        params: { total: totalLabel, suggested },
        suspects: [{ cell: s.total, suggested, code: 'suspect.blank', params: { basis: { msg: 'rule.basis.parts' }, suggested } }],
      });
      continue;
    }
    const suspects = suspectsFor(s.id, candidates).map((c) => ({
      cell: c.cell,
      suggested: c.suggested,
      code: 'suspect.single-cell' as const,
      params: { suggested: c.suggested, count: c.repairs.length },
    }));
    out.push({
      ...base,
      severity: 'error',
      status: 'fail',
      code: 'rule.fail.sum',
      params: { total: totalLabel, totalValue: o.left!, parts, sum: o.right!, diff: { diff: o.left! - o.right! } },
      suspects,
    });
  }
  return out;
}
