import { describe, expect, it } from 'vitest';
import { findingToJson, type Finding } from '../../src/core';
import { fingerprint } from '../../src/core/findings/fingerprint';
import { auditFile, auditText, fixtureUrl, messageOf } from '../support/audit';
import { editLine, editSample, sampleText } from '../support/youyang';

const shanghai = await auditFile(fixtureUrl('shanghai-govoffice-2019.html'));

/** keys.md, the findings: their order, their fingerprint, their messages. */
const mixed = () =>
  auditText(
    editLine(
      editSample({
        't3.ignored.2.natural': 15, // was 16: t3.results.natural and t3.row.ignored.2 break
        't3.denied.8.commercial': '约2', // was 0: not a number (the sums hold with it blank)
        't3.forward.legal': '', // was 0: a blank in sums that hold
        't4.review.upheld': 2, // was 1: 行政复议 1+2+0+0 = 3 breaks
        't4.suit_after.other': '', // was 1: 复议后起诉 becomes uncertain
      }),
      40,
      '\t14166',
      '\t2.5', // 行政许可: a fractional count
    ),
  );

describe('order of findings: table, then severity (error, warning, info), then rule id', () => {
  const r = mixed();

  it('lists the findings of the constructed case in that order', () => {
    expect(r.findings.map((f) => [f.table, f.severity, f.rule])).toEqual([
      ['t2', 'error', 'value.not-integer'],
      ['t3', 'error', 't3.results.natural'],
      ['t3', 'error', 't3.row.ignored.2'],
      ['t3', 'error', 'value.not-number'],
      ['t3', 'info', 'value.blank'],
      ['t4', 'error', 't4.group.review'],
      ['t4', 'warning', 't4.group.suit_after'],
      ['t4', 'info', 'value.blank'],
    ]);
  });

  it('every neighbouring pair is in order', () => {
    const key = (f: Finding) => [f.table ? ['t2', 't3', 't4'].indexOf(f.table) + 1 : 0, ['error', 'warning', 'info'].indexOf(f.severity), f.rule] as const;
    for (let i = 1; i < r.findings.length; i++) {
      const [a, b] = [key(r.findings[i - 1]), key(r.findings[i])];
      const ordered = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])));
      expect(ordered, `${a.join(' ')} before ${b.join(' ')}`).toBe(true);
    }
  });

  it('the Shanghai page is in order too (structure-free, warnings before infos)', () => {
    const s = shanghai;
    const sev = s.findings.map((f) => f.severity);
    expect(sev.indexOf('info')).toBeGreaterThan(sev.lastIndexOf('warning'));
    const warnings = s.findings.filter((f) => f.severity === 'warning').map((f) => f.rule);
    expect(warnings).toEqual([...warnings].sort());
  });

  it('a finding about the whole input (format assumed) comes first', () => {
    const lines = sampleText().split('\n');
    // table 4 alone, with 行政复议·结果维持 1 → 2 (an error of t4)
    const t4 = lines.slice(348, 404);
    expect(t4[39]).toBe('\t1');
    t4[39] = '\t2';
    const x = auditText(t4.join('\n'));
    expect(x.findings.map((f) => f.rule)).toEqual(['format.assumed', 'structure.missing-table', 'structure.missing-table', 't4.group.review']);
  });
});

describe('fingerprint: template, rule id and sorted cell keys; never the values', () => {
  const byRule = (fs: Finding[], rule: string) => fs.find((f) => f.rule === rule)!;

  it('does not change when the values change', () => {
    const a = auditText(editSample({ 't3.ignored.2.natural': 15 }));
    const b = auditText(editSample({ 't3.ignored.2.natural': 3, 't3.ignored.2.total': 40 }));
    const fa = byRule(a.findings, 't3.row.ignored.2');
    const fb = byRule(b.findings, 't3.row.ignored.2');
    expect(messageOf(fa)).not.toBe(messageOf(fb));
    expect(fa.fingerprint).toBe(fb.fingerprint);
    expect(fa.fingerprint).toMatch(/^[0-9a-f]{8,}$/);
  });

  it('differs between rules, and between cells of one rule', () => {
    const a = auditText(editSample({ 't3.ignored.2.natural': 15 }));
    expect(byRule(a.findings, 't3.row.ignored.2').fingerprint).not.toBe(byRule(a.findings, 't3.results.natural').fingerprint);
    const n1 = auditText(editSample({ 't3.denied.8.natural': '约2' })).findings.find((f) => f.rule === 'value.not-number')!;
    const n2 = auditText(editSample({ 't3.denied.7.natural': '约2' })).findings.find((f) => f.rule === 'value.not-number')!;
    expect(n1.fingerprint).not.toBe(n2.fingerprint);
    const n3 = auditText(editSample({ 't3.denied.8.natural': '约3' })).findings.find((f) => f.rule === 'value.not-number')!;
    expect(n3.fingerprint).toBe(n1.fingerprint);
  });

  it('differs between templates for the same rule and cells', () => {
    // t3.row.granted reads the same seven keys in 2019 and 2021
    const y2021 = byRule(auditText(editSample({ 't3.granted.total': '' })).findings, 't3.row.granted');
    const y2019 = byRule(shanghai.findings, 't3.row.granted');
    expect([...y2021.cells].sort()).toEqual([...y2019.cells].sort());
    expect(y2021.fingerprint).not.toBe(y2019.fingerprint);
  });

  it('does not depend on the order of the cells', () => {
    expect(fingerprint('gov-disclosure-2021', 'r', ['t3.b', 't3.a'])).toBe(fingerprint('gov-disclosure-2021', 'r', ['t3.a', 't3.b']));
    expect(fingerprint('gov-disclosure-2021', 'r', ['t3.a'])).not.toBe(fingerprint('gov-disclosure-2019', 'r', ['t3.a']));
  });
});

describe('messages: the values substituted', () => {
  it('（七）总计 unchanged at 68 while one part is +1 (3.其他·自然人 0 → 1)', () => {
    const r = auditText(editSample({ 't3.other.3.natural': 1 }));
    const f = r.findings.find((x) => x.rule === 't3.results.natural')!;
    expect(messageOf(f)).toBe('（七）总计·自然人 68 ≠ 24+…+2+22+…+1+16+…+2+1+1 = 69，差 −1') // every non-zero term kept: they add up to 69;
    expect(f.suspects.map((s) => [s.cell, s.suggested])).toEqual([['t3.other.3.natural', 0]]);
    const row = r.findings.find((x) => x.rule === 't3.row.other.3')!;
    expect(messageOf(row)).toBe('其他处理·3.其他·总计 0 ≠ 1+0+0+0+0+0 = 1，差 −1');
  });

  it('a table-4 group: 行政复议·总计 3 ≠ 2+2+0+0 = 4，差 −1', () => {
    const r = mixed();
    expect(messageOf(r.findings.find((x) => x.rule === 't4.group.review')!)).toBe('行政复议·总计 3 ≠ 2+2+0+0 = 4，差 −1');
  });

  it('a difference the other way has a plus sign', () => {
    const r = auditText(editSample({ 't3.total.commercial': 2 })); // the parts of 商业企业 are all 0
    const f = r.findings.find((x) => x.rule === 't3.results.commercial')!;
    expect(messageOf(f)).toBe('（七）总计·商业企业 2 ≠ 0+…+0 = 0，差 +2');
  });
});

describe('findingToJson: the fields of keys.md, in order', () => {
  it('rule, fingerprint, severity, status, message, cells, suspects (cell, suggested, reason)', () => {
    const r = mixed();
    for (const f of r.findings) {
      const j = findingToJson(f);
      expect(Object.keys(j)).toEqual(['rule', 'fingerprint', 'severity', 'status', 'message', 'cells', 'suspects']);
      // keys.md: a suspect may add `typo` and `possible` after its three fields
      for (const s of j.suspects) expect(Object.keys(s).filter((k) => k !== 'typo' && k !== 'possible')).toEqual(['cell', 'suggested', 'reason']);
    }
    const j = findingToJson(r.findings.find((f) => f.rule === 't3.row.ignored.2')!);
    expect(j.suspects).toEqual([{ cell: 't3.ignored.2.natural', suggested: 16, reason: expect.stringContaining('16'), typo: 'wrong-digit' }]); // 15 written for 16
  });
});
