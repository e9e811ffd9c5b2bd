import type { Values } from '../evaluate';
import { fingerprint, type Finding } from '../findings';
import type { MessageCode, MessageParams } from '../messages';
import type { TableId } from '../template/types';
import { factsOf, type StatedFact } from './facts';
import { sentencesOf } from './sentences';
import { cellsOfFact, sumOf, withCarried } from './tableCells';

/** The parts a stated total is made of, when a sentence lists them all after `其中`. */
const PARTS: Record<string, string[][]> = {
  received: [['received.natural', 'received.orgs']],
  concluded: [
    ['granted_and_partial', 'denied', 'unable', 'ignored', 'other_handling'],
    ['granted', 'partial', 'denied', 'unable', 'ignored', 'other_handling'],
  ],
  review: [['review.upheld', 'review.corrected', 'review.other', 'review.pending']],
  suit: [['suit.upheld', 'suit.corrected', 'suit.other', 'suit.pending']],
};

/**
 * The report's sentences against its tables (keys.md, narrative): a number the text states about a
 * table that differs from it is a warning quoting the sentence; a statement that matches gives
 * nothing. Conservative: a fact is compared only where its words are unambiguous, a percentage only
 * where its count and base stand in the sentence.
 */
export function narrativeFindings(templateId: string, values: Values, text: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const sentence of sentencesOf(text)) {
    const facts = factsOf(sentence);
    // each `其中` after a stated total: the run of facts after it that belong to that total
    const lists: Array<{ base: StatedFact; parts: StatedFact[] }> = [];
    for (let at = sentence.indexOf('其中'); facts.length && at >= 0; at = sentence.indexOf('其中', at + 2)) {
      const base = facts.filter((f) => f.at < at && f.fact in PARTS).at(-1);
      if (!base || lists.some((l) => l.base === base)) continue;
      const members = new Set(PARTS[base.fact].flat());
      const parts: StatedFact[] = [];
      for (const f of facts.filter((x) => x.at > at)) {
        if (!members.has(f.fact)) break;
        parts.push(f);
      }
      lists.push({ base, parts });
    }
    const listOf = (f: StatedFact) => lists.find((l) => l.parts.includes(f));
    const push = (fact: string, cells: string[], code: MessageCode, params: MessageParams, rule = `narrative.${fact}`) =>
      out.push({
        rule,
        fingerprint: fingerprint(templateId, rule, cells, sentence),
        severity: 'warning',
        status: 'fail',
        code,
        params: { fact: { msg: `fact.${fact}` as MessageCode }, ...params },
        cells,
        suspects: [],
        ...(cells.length ? { table: cells[0].slice(0, 2) as TableId } : {}),
        quote: sentence,
      });
    for (const f of facts) {
      // 自然人…件 is a part of the requests received only where a sentence lists them after its total
      if (f.fact.startsWith('received.') && listOf(f)?.base.fact !== 'received') continue;
      const cells = cellsOfFact(f.fact, values);
      if (!cells) continue;
      const own = sumOf(cells, values);
      const both = withCarried(f.fact, values);
      const all = both ? sumOf(both, values) : undefined;
      if (f.includesCarried && all !== undefined) {
        if (f.value === all) continue;
        if (f.value === own) push(f.fact, both!, 'narrative.includes-carried', { stated: f.value, own, both: all });
        else push(f.fact, both!, 'narrative.received', { stated: f.value, own, both: all });
        continue;
      }
      if (f.value === own || f.value === all) {
        percentCheck(f);
        continue;
      }
      if (all !== undefined && all !== own) push(f.fact, both!, 'narrative.received', { stated: f.value, own, both: all });
      else push(f.fact, cells, 'narrative.mismatch', { stated: f.value, actual: own, diff: { diff: f.value - own } });
    }
    for (const l of lists) subtotalCheck(l.base, l.parts);

    /** `予以公开 42 件，占 51.85%` after `办结 81 件，其中`: the share against the table's count ÷ base. */
    function percentCheck(f: StatedFact): void {
      const base = listOf(f)?.base;
      if (!f.percent || !base || base.fact === 'received') return;
      const cells = cellsOfFact(f.fact, values);
      const baseCells = cellsOfFact(base.fact, values);
      if (!cells || !baseCells) return;
      const count = sumOf(cells, values);
      const total = sumOf(baseCells, values);
      if (total === 0) return;
      const decimals = f.percent.split('.')[1]?.length ?? 0;
      const computed = (100 * count) / total;
      // at the stated precision: rounded or cut off, within one unit of the last digit written
      if (Math.abs(computed - Number(f.percent)) < 10 ** -decimals + 1e-9) return;
      push(f.fact, [...cells, ...baseCells], 'narrative.percent', { stated: f.percent, count, base: total, computed: Number(computed.toFixed(decimals)), baseFact: { msg: `fact.${base.fact}` as MessageCode } }, 'narrative.percent');
    }

    /** `共 749 件，其中自然人 741 件，法人或其他组织 8 件`: every part listed, their sum against the total stated. */
    function subtotalCheck(total: StatedFact, listed: StatedFact[]): void {
      const names = new Set(listed.map((p) => p.fact));
      const set = PARTS[total.fact].find((s) => s.every((n) => names.has(n)));
      if (!set || listed.length !== set.length) return;
      const sum = listed.reduce((s, p) => s + p.value, 0);
      if (sum === total.value) return;
      push(total.fact, cellsOfFact(total.fact, values) ?? [], 'narrative.subtotal', { stated: total.value, sum, diff: { diff: total.value - sum } }, 'narrative.subtotal');
    }
  }
  return out;
}
