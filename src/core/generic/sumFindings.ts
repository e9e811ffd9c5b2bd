import type { RuleOutcome } from '../evaluate';
import { fingerprint, type Finding } from '../findings';
import { findCandidates, suspectsFor, type Candidate } from '../locate';
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
  // the values of the cells the sums name (a key the input does not hold stays absent)
  const values = new Map<string, number | null>();
  const decimals = new Map<string, number>();
  const read = (k: string) => {
    if (values.has(k)) return;
    const text = raw.get(k);
    if (text === undefined) return;
    const v = parseCellValue(text);
    values.set(k, v.kind === 'number' ? v.value : null);
    if (v.kind === 'number' && v.decimals) decimals.set(k, v.decimals);
  };
  for (const s of rules) {
    read(s.total);
    for (const k of s.parts) read(k);
  }
  // a figure's rounding interval (a total of amounts rounded to two places)
  const rounding = (k: string) => {
    const d = decimals.get(k);
    return d ? 0.5 * 10 ** -d : 0;
  };
  const outcomes: RuleOutcome[] = [];
  for (const s of rules) {
    if (!values.has(s.total)) continue;
    const cells = [s.total, ...s.parts];
    const total = values.get(s.total)!;
    const left = total ?? 0;
    // one pass over the parts, adding in the order [total, ...parts] as the sums are written
    let right = 0;
    let tolerance = rounding(s.total);
    const blanks = total === null ? [s.total] : [];
    for (const k of s.parts) {
      const v = values.get(k);
      right += v ?? 0;
      tolerance += rounding(k);
      if (v === null || v === undefined) blanks.push(k);
    }
    tolerance += 1e-9;
    const holds = Math.abs(left - right) <= tolerance;
    const rule = { id: s.id, cells } as unknown as CompiledRule;
    outcomes.push({ rule, status: holds ? 'pass' : total === null ? 'uncertain' : 'fail', left, right, blanks, tolerance });
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  // each broken sum's candidates, found through the rules they repair (not a search of all of them per sum)
  const candidatesOf = new Map<string, Candidate[]>();
  for (const c of findCandidates(equalitiesNear(outcomes, byId), values)) {
    if (c.repairs.length < 2) continue; // never a suspect (suspectsFor): one sum's cells all repair it alike
    for (const id of new Set(c.repairs)) {
      const list = candidatesOf.get(id);
      if (list) list.push(c);
      else candidatesOf.set(id, [c]);
    }
  }
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
    const suspects = suspectsFor(s.id, candidatesOf.get(s.id) ?? []).map((c) => ({
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

/**
 * The sums that can say which cell broke a sum, as equalities for findCandidates: the broken ones
 * and those holding that share a cell with one (they clear it). A sum far from any broken one
 * changes nothing in what findCandidates finds, so a table whose 10,000 sums all hold costs nothing here.
 */
function equalitiesNear(outcomes: readonly RuleOutcome[], byId: ReadonlyMap<string, SumRule>): RuleOutcome[] {
  const broken = new Set<string>();
  for (const o of outcomes) if (o.status === 'fail') for (const k of o.rule.cells) broken.add(k);
  if (!broken.size) return [];
  const out: RuleOutcome[] = [];
  for (const o of outcomes) {
    if (o.status !== 'fail' && (o.status !== 'pass' || !o.rule.cells.some((k) => broken.has(k)))) continue;
    const s = byId.get(o.rule.id)!;
    const linear = { left: { terms: [{ name: s.total, coef: 1 }], constant: 0 }, right: { terms: s.parts.map((name) => ({ name, coef: 1 })), constant: 0 } };
    const rule = { id: s.id, cells: o.rule.cells, comparison: { op: '==', linear } } as unknown as CompiledRule;
    out.push({ rule, status: o.status, left: o.left, right: o.right, blanks: o.blanks, tolerance: o.tolerance });
  }
  return out;
}
