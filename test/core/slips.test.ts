import { describe, expect, it } from 'vitest';
import { audit, formatFinding, formatSuspect, summarise, type AuditResult } from '../../src/core';
import { typoKind } from '../../src/core/locate';
import { REPORT_TEMPLATES } from '../../src/templates';
import { auditText } from '../support/audit';
import { sampleText } from '../support/youyang';

/**
 * Slips named (issue 8): the engine says which slip turns the right value into the written one.
 * Cases are the 酉阳 2021 sample (consistent) with one cell retyped as a typist would.
 */
const sample = auditText(sampleText());
const edit = (edits: Record<string, string>): AuditResult => audit(sample.reading, { templates: REPORT_TEMPLATES, edits });

describe('typoKind', () => {
  it.each([
    [1245, 1254, 'swap'],
    [50, 5, 'scale'],
    [5, 50, 'scale'],
    [3119, 311.9, 'scale'],
    [30010, 3001, 'scale'],
    [30001, 3001, 'extra-digit'],
    [301, 3001, 'missing-digit'],
    [3101, 3001, 'wrong-digit'],
    [-34, 34, 'sign'],
    [96117.6, 96171.6, 'swap'],
  ] as const)('written %s, meant %s → %s', (written, meant, kind) => {
    expect(typoKind(written, meant)).toBe(kind);
  });

  it.each([
    [1245, 1300],
    [12, 35],
    [3001, 3001],
    [105, 5], // dropping the 1 leaves 05, which nobody writes
    [-12, 21],
  ])('written %s, meant %s is no single slip', (written, meant) => {
    expect(typoKind(written, meant)).toBeUndefined();
  });
});

describe('a table-3 suspect names its slip', () => {
  it.each([
    ['t3.total.natural', '86', 68, 'swap', '疑似数位颠倒：填写 86，应为 68'],
    ['t3.new.natural', '600', 60, 'scale', '疑似数量级错误：填写 600，应为 60'],
    ['t3.granted.natural', '214', 24, 'extra-digit', '疑似多写一位数字：填写 214，应为 24'],
    ['t3.granted.natural', '4', 24, 'missing-digit', '疑似漏写一位数字：填写 4，应为 24'],
    ['t3.granted.natural', '29', 24, 'wrong-digit', '疑似写错一位数字：填写 29，应为 24'],
    ['t3.carried.natural', '-8', 8, 'sign', '疑似正负号错误：填写 −8，应为 8'],
  ])('%s written %s', (key, text, meant, kind, words) => {
    const r = edit({ [key]: text });
    const broken = r.findings.filter((f) => f.rule.startsWith('t3.') && f.status === 'fail');
    expect(broken.length).toBeGreaterThanOrEqual(2);
    for (const f of broken) {
      const s = f.suspects[0];
      expect({ cell: s.cell, suggested: s.suggested, typo: s.typo, possible: s.possible }).toEqual({ cell: key, suggested: meant, typo: kind, possible: undefined });
      expect(formatSuspect(s, 'zh', r.template)).toContain(words);
      expect(formatSuspect(s, 'en', r.template)).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a change that is no slip keeps the plain reason and no typo', () => {
    const r = edit({ 't3.granted.natural': '31' });
    const s = r.findings.find((f) => f.rule === 't3.row.granted')!.suspects[0];
    expect(s).toMatchObject({ cell: 't3.granted.natural', suggested: 24 });
    expect(s.typo).toBeUndefined();
    expect(formatSuspect(s, 'zh', r.template)).toBe('改为 24 可使 2 条关系同时成立');
  });
});

describe('a table-4 group: a possible suspect from the digits', () => {
  it('one plausible slip (未经复议直接起诉 总计 20 written 2000) is offered as possible, never as certain', () => {
    // 总计 → 20, or any part 1,980 larger: the data cannot tell; only 总计's digits are one slip away
    const r = edit({ 't4.suit_direct.total': '2000' });
    const f = r.findings.find((x) => x.rule === 't4.group.suit_direct')!;
    expect(f.status).toBe('fail');
    expect(f.suspects).toHaveLength(1);
    expect(f.suspects[0]).toMatchObject({ cell: 't4.suit_direct.total', suggested: 20, typo: 'scale', possible: true });
    expect(formatSuspect(f.suspects[0], 'zh', r.template)).toBe('仅凭数字推测（数据无法确定哪一格有误）：疑似数量级错误：填写 2000，应为 20');
    expect(formatFinding(f, 'zh', r.template)).toContain('差');
    // never counted as certain: the problem has no suspect
    const problem = summarise(r).problems.find((p) => p.findings.includes(f))!;
    expect(problem.suspect).toBeNull();
  });

  it('总计 20 written 2: offered as possible, not certain — every part would have to drop below 0, but two wrong parts leave the same picture', () => {
    const r = edit({ 't4.suit_direct.total': '2' });
    const f = r.findings.find((x) => x.rule === 't4.group.suit_direct')!;
    expect(f.suspects).toHaveLength(1);
    expect(f.suspects[0]).toMatchObject({ cell: 't4.suit_direct.total', suggested: 20, typo: 'scale', possible: true });
    // 结果维持 1 → 42 and 结果纠正 12 → 321 with 总计 20 kept: 总计 is again the only cell that could repair the group
    const two = edit({ 't4.suit_direct.upheld': '42', 't4.suit_direct.corrected': '321' });
    expect(two.findings.find((x) => x.rule === 't4.group.suit_direct')!.suspects.filter((s) => !s.possible)).toEqual([]);
  });

  it('two cells one slip away (行政复议 结果纠正 2 written 12: 总计 3 could be 13 too) → none offered', () => {
    const r = edit({ 't4.review.corrected': '12' });
    const f = r.findings.find((x) => x.rule === 't4.group.review')!;
    expect(f.status).toBe('fail');
    expect(f.suspects).toEqual([]);
  });

  it('a part one slip away (尚未审结 2 written 20) is offered; a difference no slip explains offers nothing', () => {
    // repairs of 未经复议直接起诉: 尚未审结 20 → 2 (scale), 结果纠正 12 → −6, 总计 20 → 38: only one is a slip
    const r = edit({ 't4.suit_direct.pending': '20' });
    const f = r.findings.find((x) => x.rule === 't4.group.suit_direct')!;
    expect(f.suspects.map((s) => [s.cell, s.suggested, s.typo, s.possible])).toEqual([['t4.suit_direct.pending', 2, 'scale', true]]);
    // 结果维持 1 written 40: 40 → 1 and 总计 20 → 59 are no slips
    const r2 = edit({ 't4.suit_direct.upheld': '40' });
    expect(r2.findings.find((x) => x.rule === 't4.group.suit_direct')!.suspects).toEqual([]);
  });
});
