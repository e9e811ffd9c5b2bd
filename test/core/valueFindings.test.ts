import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core';
import { auditText, messageOf } from '../support/audit';
import { editLine, editSample, sampleText } from '../support/youyang';

/** keys.md, "Cell values" and "Blanks in rules", on the sample with a few cells rewritten. */
const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  status: f.status,
  cells: f.cells,
  suspects: f.suspects.map((s) => ({ cell: s.cell, suggested: s.suggested })),
});

describe('value.not-number', () => {
  // 2.重复申请·自然人 is 16 in the sample
  const r = auditText(editSample({ 't3.ignored.2.natural': '约20' }));

  it('is an error on that cell, quoting the text; the value becomes null', () => {
    expect(r.values.has('t3.ignored.2.natural')).toBe(true);
    expect(r.values.get('t3.ignored.2.natural')).toBeNull();
    expect(r.raw.get('t3.ignored.2.natural')).toBe('约20');
    const f = r.findings.find((x) => x.rule === 'value.not-number')!;
    expect(brief(f)).toEqual({
      rule: 'value.not-number',
      severity: 'error',
      status: 'fail',
      cells: ['t3.ignored.2.natural'],
      suspects: [{ cell: 't3.ignored.2.natural', suggested: null }],
    });
    expect(messageOf(f)).toContain('“约20”');
    expect(messageOf(f)).toContain('不予处理·2.重复申请·自然人');
  });

  it('the unreadable cell then counts as blank in its rules: uncertain, and each rule says it should be 16', () => {
    const rules = r.findings.filter((x) => x.rule.startsWith('t3.'));
    expect(rules.map(brief)).toEqual([
      {
        rule: 't3.results.natural',
        severity: 'warning',
        status: 'uncertain',
        cells: expect.arrayContaining(['t3.ignored.2.natural']),
        suspects: [{ cell: 't3.ignored.2.natural', suggested: 16 }],
      },
      {
        rule: 't3.row.ignored.2',
        severity: 'warning',
        status: 'uncertain',
        cells: expect.arrayContaining(['t3.ignored.2.natural']),
        suspects: [{ cell: 't3.ignored.2.natural', suggested: 16 }],
      },
    ]);
    // not also listed as a blank: it is an error of its own
    expect(r.findings.filter((x) => x.rule === 'value.blank')).toEqual([]);
    expect(r.findings).toHaveLength(3);
  });

  it.each(['二十', '20左右', '1.2.3', '见附件'])('“%s” is not a number either', (text) => {
    const x = auditText(editSample({ 't3.denied.8.natural': text }));
    expect(x.values.get('t3.denied.8.natural')).toBeNull();
    const f = x.findings.filter((y) => y.rule === 'value.not-number');
    expect(f.map((y) => y.cells)).toEqual([['t3.denied.8.natural']]);
    expect(messageOf(f[0])).toContain(`“${text}”`);
  });
});

describe('value.negative', () => {
  // 1.属于国家秘密 −1 and 2.其他法律… +1 (rows and totals too): every sum still holds.
  const r = auditText(
    editSample({
      't3.denied.1.natural': -1,
      't3.denied.1.total': -1,
      't3.denied.2.natural': 1,
      't3.denied.2.total': 1,
    }),
  );

  it('is an error for each negative count, and the sums that hold give nothing', () => {
    expect(r.values.get('t3.denied.1.natural')).toBe(-1);
    expect(r.findings.map(brief)).toEqual([
      { rule: 'value.negative', severity: 'error', status: 'fail', cells: ['t3.denied.1.natural'], suspects: [{ cell: 't3.denied.1.natural', suggested: null }] },
      { rule: 'value.negative', severity: 'error', status: 'fail', cells: ['t3.denied.1.total'], suspects: [{ cell: 't3.denied.1.total', suggested: null }] },
    ]);
    expect(messageOf(r.findings[0])).toContain('−1');
  });
});

describe('value.not-integer', () => {
  it('2.5 in a count is an error; 12.5 in an amount (收费金额, 万元) is fine', () => {
    let text = editLine(sampleText(), 40, '\t14166', '\t2.5'); // 行政许可: a count
    text = editLine(text, 59, '\t1506', '\t12.5'); // 行政事业性收费: an amount
    const r = auditText(text);
    expect(r.values.get('t2.licensing')).toBe(2.5);
    expect(r.values.get('t2.fees')).toBe(12.5);
    expect(r.findings.map(brief)).toEqual([
      { rule: 'value.not-integer', severity: 'error', status: 'fail', cells: ['t2.licensing'], suspects: [{ cell: 't2.licensing', suggested: null }] },
    ]);
    expect(messageOf(r.findings[0])).toContain('2.5');
  });

  it('a fractional table-3 count that keeps the sums is still an error', () => {
    // 1.属于国家秘密 2.5 + 2.其他法律… 0.5 and 2.重复申请 13 instead of 16: the 自然人 column still adds up to 68
    const r = auditText(
      editSample({
        't3.denied.1.natural': 2.5,
        't3.denied.1.total': 2.5,
        't3.denied.2.natural': 0.5,
        't3.denied.2.total': 0.5,
        't3.ignored.2.natural': 13,
        't3.ignored.2.total': 13,
      }),
    );
    expect(r.findings.map((f) => [f.rule, f.cells])).toEqual([
      ['value.not-integer', ['t3.denied.1.natural']],
      ['value.not-integer', ['t3.denied.1.total']],
      ['value.not-integer', ['t3.denied.2.natural']],
      ['value.not-integer', ['t3.denied.2.total']],
    ]);
  });
});

describe('blanks', () => {
  it('blank cells in sums that hold: one info per table listing them, in template order', () => {
    // all three were 0 in the sample
    const r = auditText(
      editSample({ 't3.denied.4.legal': '/', 't3.denied.3.research': '', 't4.suit_after.corrected': '—', 't3.forward.total': '无' }),
    );
    for (const k of ['t3.denied.3.research', 't3.denied.4.legal', 't3.forward.total', 't4.suit_after.corrected']) {
      expect(r.values.has(k), k).toBe(true);
      expect(r.values.get(k), k).toBeNull();
    }
    expect(r.findings.map(brief)).toEqual([
      { rule: 'value.blank', severity: 'info', status: 'fail', cells: ['t3.denied.3.research', 't3.denied.4.legal', 't3.forward.total'], suspects: [] },
      { rule: 'value.blank', severity: 'info', status: 'fail', cells: ['t4.suit_after.corrected'], suspects: [] },
    ]);
    expect(messageOf(r.findings[0])).toContain('3 个空白单元格');
    expect(messageOf(r.findings[0])).toContain('规范填法应填 0');
    expect(messageOf(r.findings[1])).toContain('1 个空白单元格');
  });

  it('one blank in failing rules: uncertain warnings that say what it should be, naming it as suspect', () => {
    const r = auditText(editSample({ 't3.ignored.2.natural': '' })); // was 16
    const rules = r.findings.filter((f) => f.rule !== 'value.blank');
    expect(rules.map(brief)).toEqual([
      {
        rule: 't3.results.natural',
        severity: 'warning',
        status: 'uncertain',
        cells: expect.arrayContaining(['t3.total.natural', 't3.ignored.2.natural']),
        suspects: [{ cell: 't3.ignored.2.natural', suggested: 16 }],
      },
      {
        rule: 't3.row.ignored.2',
        severity: 'warning',
        status: 'uncertain',
        cells: expect.arrayContaining(['t3.ignored.2.total', 't3.ignored.2.natural']),
        suspects: [{ cell: 't3.ignored.2.natural', suggested: 16 }],
      },
    ]);
    for (const f of rules) {
      expect(messageOf(f)).toContain('不予处理·2.重复申请·自然人为空');
      expect(messageOf(f)).toContain('应为 16');
    }
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'value.blank').map((f) => f.cells)).toEqual([['t3.ignored.2.natural']]);
  });

  it('a blank total: each of its three rules says it should be 68 (from the parts or the other cells)', () => {
    const r = auditText(editSample({ 't3.total.natural': '' })); // was 68
    const rules = r.findings.filter((f) => f.rule !== 'value.blank');
    expect(rules.map((f) => f.rule)).toEqual(['t3.balance.natural', 't3.results.natural', 't3.row.total']);
    for (const f of rules) {
      expect(f.severity).toBe('warning');
      expect(f.status).toBe('uncertain');
      expect(f.suspects.map((s) => [s.cell, s.suggested])).toEqual([['t3.total.natural', 68]]);
      expect(messageOf(f)).toMatch(/^（七）总计·自然人为空，按.+应为 68$/);
    }
    expect(messageOf(rules.find((f) => f.rule === 't3.results.natural')!)).toBe('（七）总计·自然人为空，按明细应为 68');
  });

  it('two blanks that nothing can fill: uncertain, no suspect, the blanks named', () => {
    // 未经复议直接起诉: 1 + 12 + 5 + 2 = 20; with 12 and 5 blank the group fails and cannot tell which
    const r = auditText(editSample({ 't4.suit_direct.corrected': '', 't4.suit_direct.other': '' }));
    const f = r.findings.filter((x) => x.rule.startsWith('t4.'));
    expect(f.map(brief)).toEqual([
      {
        rule: 't4.group.suit_direct',
        severity: 'warning',
        status: 'uncertain',
        cells: expect.arrayContaining(['t4.suit_direct.corrected', 't4.suit_direct.other']),
        suspects: [],
      },
    ]);
    expect(messageOf(f[0])).toContain('行政诉讼·未经复议直接起诉·结果纠正');
    expect(messageOf(f[0])).toContain('行政诉讼·未经复议直接起诉·其他结果');
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });
});
