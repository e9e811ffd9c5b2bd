import { describe, expect, it } from 'vitest';
import { auditFile, fixtureUrl, messageOf } from '../support/audit';

/**
 * The Shanghai 政府办公厅 2019 report page (test/fixtures/shanghai-govoffice-2019.html), read by
 * hand: three HTML tables; `&nbsp;` cells are blank (null); the procurement amount is `251000元`.
 */
const _ = null;

const T2: Record<string, number | null> = {
  't2.rules.made_new': 13,
  't2.rules.published_new': 13,
  't2.rules.public_total': 524,
  't2.normative.made_new': 60,
  't2.normative.published_new': 60,
  't2.normative.public_total': 368,
  't2.licensing.prev_items': 0,
  't2.licensing.change': 0,
  't2.licensing.decisions': 0,
  't2.other_services.prev_items': 0,
  't2.other_services.change': 0,
  't2.other_services.decisions': 0,
  't2.punishment.prev_items': 0,
  't2.punishment.change': 0,
  't2.punishment.decisions': 0,
  't2.coercion.prev_items': 0,
  't2.coercion.change': 0,
  't2.coercion.decisions': 0,
  't2.fees.prev_items': 0,
  't2.fees.change': 0,
  't2.procurement.items': 6,
  't2.procurement.amount': 251000,
};

const COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
//            自然人 商业企业 科研机构 社会公益 法律服务 其他 总计
const T3_ROWS: Array<[string, Array<number | null>]> = [
  ['new', [821, 35, _, _, 2, 1, 859]],
  ['carried', [18, _, _, _, _, _, 18]],
  ['granted', [258, 12, _, _, 1, 1, _]],
  ['partial', [3, _, _, _, _, _, _]],
  ['denied.1', [14, _, _, _, _, _, _]],
  ['denied.2', [_, _, _, _, _, _, _]],
  ['denied.3', [_, _, _, _, _, _, _]],
  ['denied.4', [_, _, _, _, _, _, _]],
  ['denied.5', [5, _, _, _, _, _, _]],
  ['denied.6', [3, 1, _, _, _, _, _]],
  ['denied.7', [_, _, _, _, _, _, _]],
  ['denied.8', [10, 2, _, _, _, _, _]],
  ['unable.1', [252, 12, _, _, 1, _, _]],
  ['unable.2', [44, 3, _, _, _, _, _]],
  ['unable.3', [25, _, _, _, _, _, _]],
  ['ignored.1', [148, 1, _, _, _, _, _]],
  ['ignored.2', [5, 4, _, _, _, _, _]],
  ['ignored.3', [_, _, _, _, _, _, _]],
  ['ignored.4', [_, _, _, _, _, _, _]],
  ['ignored.5', [_, _, _, _, _, _, _]],
  ['other', [_, _, _, _, _, _, _]],
  ['total', [767, 35, _, _, 2, 1, 805]],
  ['forward', [72, _, _, _, _, _, 72]],
];
const T3: Record<string, number | null> = Object.fromEntries(
  T3_ROWS.flatMap(([row, vals]) => COLS.map((c, i) => [`t3.${row}.${c}`, vals[i]])),
);

const T4: Record<string, number | null> = {
  't4.review.upheld': 5,
  't4.review.corrected': _,
  't4.review.other': _,
  't4.review.pending': 2,
  't4.review.total': 7,
  't4.suit_direct.upheld': 8,
  't4.suit_direct.corrected': _,
  't4.suit_direct.other': _,
  't4.suit_direct.pending': 1,
  't4.suit_direct.total': 9,
  't4.suit_after.upheld': _,
  't4.suit_after.corrected': _,
  't4.suit_after.other': _,
  't4.suit_after.pending': _,
  't4.suit_after.total': _,
};

/**
 * Rows whose 总计 is blank while some applicant cells are filled: the row rule fails with blanks
 * counted as 0 and the blank total should be the sum of the row (added up by hand).
 */
const BLANK_TOTALS: Array<[string, string, number]> = [
  ['denied.1', '不予公开·1.属于国家秘密·总计', 14],
  ['denied.5', '不予公开·5.属于三类内部事务信息·总计', 5],
  ['denied.6', '不予公开·6.属于四类过程性信息·总计', 3 + 1],
  ['denied.8', '不予公开·8.属于行政查询事项·总计', 10 + 2],
  ['granted', '（一）予以公开·总计', 258 + 12 + 1 + 1],
  ['ignored.1', '不予处理·1.信访举报投诉类申请·总计', 148 + 1],
  ['ignored.2', '不予处理·2.重复申请·总计', 5 + 4],
  ['partial', '（二）部分公开·总计', 3],
  ['unable.1', '无法提供·1.本机关不掌握相关政府信息·总计', 252 + 12 + 1],
  ['unable.2', '无法提供·2.没有现成信息需要另行制作·总计', 44 + 3],
  ['unable.3', '无法提供·3.补正后申请内容仍不明确·总计', 25],
];

const r = await auditFile(fixtureUrl('shanghai-govoffice-2019.html'));

describe('the Shanghai 2019 report page', () => {

  it('is recognised as the 2019 format with its three tables', () => {
    expect(r.templateId).toBe('gov-disclosure-2019');
    expect(r.tables).toEqual(['t2', 't3', 't4']);
    expect(Object.keys(T2)).toHaveLength(22);
    expect(Object.keys(T3)).toHaveLength(23 * 7);
    expect(r.values.size).toBe(22 + 161 + 15);
  });

  it('reads table 2 (22 cells; 251000元 → 251000)', () => {
    expect(Object.fromEntries([...r.values].filter(([k]) => k.startsWith('t2.')))).toEqual(T2);
  });

  it('reads table 3 (23 rows × 7; &nbsp; → null), with the single 其他处理 row of 2019', () => {
    for (const [row, vals] of T3_ROWS) expect(COLS.map((c) => r.values.get(`t3.${row}.${c}`)), row).toEqual(vals);
    expect(Object.fromEntries([...r.values].filter(([k]) => k.startsWith('t3.')))).toEqual(T3);
    expect(r.values.has('t3.other.1.natural')).toBe(false);
  });

  it('reads table 4 (15 cells)', () => {
    expect(Object.fromEntries([...r.values].filter(([k]) => k.startsWith('t4.')))).toEqual(T4);
  });

  it('places cells where they sit in the page', () => {
    // table 2 of the page: three label columns, values from column 4; 一、本年新收 is its 4th row
    expect(r.locations.get('t3.new.natural')).toEqual({ table: 2, row: 4, col: 4 });
    expect(r.locations.get('t3.new.total')).toEqual({ table: 2, row: 4, col: 10 });
    expect(r.locations.get('t3.total.total')).toEqual({ table: 2, row: 25, col: 10 });
    // 政府集中采购 | 6 (colspan 2) | 251000元 (colspan 2): the amount's anchor is column 4 of row 18
    expect(r.locations.get('t2.procurement.amount')).toEqual({ table: 1, row: 18, col: 4 });
    expect(r.locations.get('t4.suit_direct.total')).toEqual({ table: 3, row: 4, col: 10 });
  });

  it('has no error finding: every filled relationship holds', () => {
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.ruleErrors).toEqual([]);
  });

  it('says what each blank 总计 should be (uncertain warnings naming the suspect)', () => {
    const rows = r.findings.filter((f) => f.rule.startsWith('t3.row.'));
    expect(rows.map((f) => f.rule)).toEqual(BLANK_TOTALS.map(([row]) => `t3.row.${row}`));
    for (const [row, label, should] of BLANK_TOTALS) {
      const f = rows.find((x) => x.rule === `t3.row.${row}`)!;
      expect(f.severity, row).toBe('warning');
      expect(f.status, row).toBe('uncertain');
      expect(messageOf(f), row).toBe(`${label}为空，按明细应为 ${should}`);
      expect(f.suspects.map((s) => ({ cell: s.cell, suggested: s.suggested })), row).toEqual([
        { cell: `t3.${row}.total`, suggested: should },
      ]);
      expect(f.cells[0]).toBe(`t3.${row}.total`);
      expect([...f.cells].sort()).toEqual(COLS.map((c) => `t3.${row}.${c}`).sort());
    }
  });

  it('says the 总计 column holds once its blanks are filled from their rows', () => {
    const f = r.findings.find((x) => x.rule === 't3.results.total')!;
    expect(f).toBeDefined();
    expect(f.severity).toBe('warning');
    expect(f.status).toBe('uncertain');
    // 19 result rows, all with a blank 总计; filled from their rows they add up to 805.
    const filled = BLANK_TOTALS.reduce((s, [, , v]) => s + v, 0);
    expect(filled).toBe(805);
    expect(messageOf(f)).toContain('19 个空白格');
    expect(messageOf(f)).toContain('成立');
    expect(messageOf(f)).toContain('805 = 272+3+14+…+5+4+…+12+265+47+25+149+9+…+0');
  });

  it('reports the blanks once per table as info, and nothing else', () => {
    const blanks = r.findings.filter((f) => f.rule === 'value.blank');
    const nullsOf = (o: Record<string, number | null>) => Object.keys(o).filter((k) => o[k] === null);
    expect(blanks.map((f) => [f.severity, f.cells])).toEqual([
      ['info', nullsOf(T3)],
      ['info', nullsOf(T4)],
    ]);
    expect(nullsOf(T3)).toHaveLength(126);
    expect(messageOf(blanks[0])).toContain('126 个空白单元格（规范填法应填 0）');
    expect(messageOf(blanks[1])).toContain('9 个空白单元格');
    expect(r.findings).toHaveLength(BLANK_TOTALS.length + 1 + 2);
  });

  it('orders findings: table 3 warnings by rule id, then its info, then table 4', () => {
    expect(r.findings.map((f) => f.rule)).toEqual([
      't3.results.total',
      ...BLANK_TOTALS.map(([row]) => `t3.row.${row}`),
      'value.blank',
      'value.blank',
    ]);
  });
});
