import type { Values } from '../evaluate';
import { fingerprint, type Finding } from '../findings';
import type { MessageCode, MessageParams } from '../messages';
import type { Reading } from '../reading';
import type { TableId } from '../template/types';
import { parseCellValue } from '../values';

const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const REPORT_FORMATS = new Set(['gov-disclosure-2021', 'gov-disclosure-2019']);

/**
 * This year's report against last year's (keys.md, last year): per column, this year's 上年结转 is
 * last year's 结转下年度; for 规章 and 行政规范性文件 (both years in the 2021 format), this year's
 * 现行有效 is last year's 现行有效 + 本年制发 − 本年废止; tables 3 and 4 identical to last year's
 * (with numbers in them) look copied. Across 2019 → 2021 only tables 3 and 4 are compared (2019's
 * 对外公开总数量 is not 2021's 现行有效). Every finding names last year's value.
 */
export function previousFindings(templateId: string, values: Values, current: Reading, previous: Reading): Finding[] {
  if (!previous.templateId || !REPORT_FORMATS.has(previous.templateId) || !REPORT_FORMATS.has(templateId)) return [];
  const out: Finding[] = [];
  const push = (rule: string, table: TableId, cells: string[], code: MessageCode, params: MessageParams) =>
    out.push({ rule, fingerprint: fingerprint(templateId, rule, cells), severity: 'warning', status: 'fail', code, params, cells, suspects: [], table });
  const { year } = current.report;
  const lastYear = previous.report.year;
  if (year !== null && lastYear !== null && lastYear !== year - 1) {
    push('previous.year', 't3', [], 'previous.not-consecutive', { year, last: lastYear });
    return out;
  }
  const last = numbers(previous);
  const num = (m: Values, k: string) => (typeof m.get(k) === 'number' ? (m.get(k) as number) : undefined);

  for (const col of T3_COLS) {
    const key = `t3.carried.${col}`;
    const now = num(values, key);
    const before = num(last, `t3.forward.${col}`);
    if (now === undefined || before === undefined || now === before) continue;
    push(`previous.carried.${col}`, 't3', [key], 'previous.carried', { cell: { cell: key }, value: now, last: before, diff: { diff: now - before } });
  }

  if (templateId === 'gov-disclosure-2021' && previous.templateId === 'gov-disclosure-2021') {
    for (const row of ['rules', 'normative']) {
      const [valid, made, repealed] = ['valid', 'made', 'repealed'].map((c) => num(values, `t2.${row}.${c}`));
      const before = num(last, `t2.${row}.valid`);
      if (valid === undefined || made === undefined || repealed === undefined || before === undefined) continue;
      const expected = before + made - repealed;
      if (valid === expected) continue;
      const cells = [`t2.${row}.valid`, `t2.${row}.made`, `t2.${row}.repealed`];
      push(`previous.valid.${row}`, 't2', cells, 'previous.valid', { cell: { cell: cells[0] }, value: valid, last: before, made, repealed, expected, diff: { diff: valid - expected } });
    }
  }

  // Tables 3 and 4 copied: every cell both years have is the same, and some of them are not 0.
  const shared = [...values.keys()].filter((k) => /^t[34]\./.test(k) && last.has(k));
  const same = shared.filter((k) => num(values, k) !== undefined && num(values, k) === num(last, k));
  const nonZero = same.filter((k) => num(values, k) !== 0);
  if (shared.length >= 20 && same.length === shared.length && nonZero.length > 0) {
    push('previous.copied', 't3', nonZero, 'previous.copied', { count: same.length, nonzero: nonZero.length });
  }
  return out;
}

/** Last year's numbers, as its own audit would read them (edits are not carried over). */
function numbers(reading: Reading): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [k, raw] of Object.entries(reading.raw)) {
    const v = parseCellValue(raw);
    out.set(k, v.kind === 'number' ? v.value : null);
  }
  return out;
}
