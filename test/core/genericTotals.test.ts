import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/core';
import { auditHtml, auditText, messageOf } from '../support/audit';

/**
 * Tables that are no report, with their totals (keys.md: rule ids `totals.<kind>.<cell>`): the
 * relationships come from the labels (合计/总计/小计 rows and columns, 其中 lines left out), the
 * audit checks them, and a cell that alone repairs a total row and a total column is the suspect.
 */
const tsv = (rows: Array<Array<string | number>>) => rows.map((r) => r.join('\t')).join('\n') + '\n';

// A department's budget table as agencies publish it (万元, one decimal), with 其中 and a total column.
const budget = [
  ['项目', '一般公共预算', '政府性基金', '合计'],
  ['基本支出', 1206.4, 0, 1206.4],
  ['  其中：人员经费', 980.2, 0, 980.2],
  ['项目支出', 315.6, 48, 363.6],
  ['合计', 1522, 48, 1570],
];

describe('totals in a plain table', () => {
  it('finds the total row and column by their labels, leaving 其中 out, and finds nothing wrong when they hold', () => {
    const r = auditText(tsv(budget));
    expect(r.templateId).toBe('generic');
    const sums = r.reading.sums!.map((s) => [s.id, s.parts]);
    expect(sums).toContainEqual(['totals.row.T1!B5', ['T1!B2', 'T1!B4']]);
    expect(sums).toContainEqual(['totals.column.T1!D2', ['T1!B2', 'T1!C2']]);
    expect(sums.some(([, parts]) => (parts as string[]).includes('T1!B3'))).toBe(false);
    expect(r.findings).toEqual([]);
    expect(summarise(r).verdict).toBe('not-report');
  });

  it('one wrong cell breaks its total row and its total column: one error each, that cell the suspect with its value', () => {
    const wrong = budget.map((row) => [...row]);
    wrong[4][2] = 84; // 政府性基金·合计 48 → 84 (two digits swapped)
    const r = auditText(tsv(wrong));
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['totals.column.T1!D5', 'totals.row.T1!C5']);
    for (const f of r.findings) expect(f.suspects[0]).toMatchObject({ cell: 'T1!C5', suggested: 48 });
    expect(messageOf(r.findings.find((f) => f.rule === 'totals.row.T1!C5')!)).toBe('T1!C5（合计·政府性基金） 84 ≠ 0+48 = 48，差 +36');
  });

  it('小计 rows close their block; 合计 sums the 小计 rows (an HTML table from a web page)', () => {
    const html = `<table>
      <tr><td>单位</td><td>人数</td></tr>
      <tr><td>甲科</td><td>3</td></tr><tr><td>乙科</td><td>4</td></tr><tr><td>小计</td><td>7</td></tr>
      <tr><td>丙队</td><td>11</td></tr><tr><td>丁队</td><td>12</td></tr><tr><td>小计</td><td>23</td></tr>
      <tr><td>合计</td><td>31</td></tr></table>`;
    const r = auditHtml(html);
    expect(r.reading.sums!.map((s) => [s.id, s.parts])).toEqual([
      ['totals.row.T1!B4', ['T1!B2', 'T1!B3']],
      ['totals.row.T1!B7', ['T1!B5', 'T1!B6']],
      ['totals.row.T1!B8', ['T1!B4', 'T1!B7']],
    ]);
    // 7 + 23 = 30, not 31; the 小计 hold, so the 合计 is where it breaks
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['totals.row.T1!B8', 'error']]);
  });

  it('a total printed first sums the rows below it; rounding within the figures as written is no error', () => {
    const r = auditText(tsv([['科目', '金额（万元）'], ['合计', 100.1], ['办公费', 33.37], ['差旅费', 66.7]]));
    expect(r.reading.sums!.map((s) => s.parts)).toEqual([['T1!B3', 'T1!B4']]);
    expect(r.findings).toEqual([]); // 33.37 + 66.7 = 100.07 ≈ 100.1
  });

  it('a blank total says what its parts make it, as a warning', () => {
    const r = auditText(tsv([['项目', '数量'], ['甲', 2], ['乙', 5], ['合计', '']]));
    expect(r.findings.map((f) => [f.rule, f.severity, f.status])).toEqual([['totals.row.T1!B4', 'warning', 'uncertain']]);
    expect(messageOf(r.findings[0])).toBe('T1!B4（合计·数量）为空，按明细应为 7');
  });

  it('a table without totals gives no relationship at all', () => {
    const r = auditText(tsv([['姓名', '年龄'], ['张三', 40], ['李四', 35]]));
    expect(r.reading.sums).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});

describe('a long list with a 合计 row', () => {
  it('is checked too: 10,000 rows, its 合计 row against all of them, a wrong figure named', () => {
    const rows: Array<Array<string | number>> = [['单位', '收到', '办结']];
    for (let r = 0; r < 10_000; r++) rows.push([`单位${r + 1}`, (r * 7) % 100, (r * 3) % 50]);
    const sum = (c: number) => rows.slice(1).reduce((n, row) => n + (row[c] as number), 0);
    const r = auditText(tsv([...rows, ['合计', sum(1), sum(2) + 1]]));
    expect(r.reading.sums!.map((s) => [s.id, s.parts.length])).toEqual([
      ['totals.row.T1!B10002', 10_000],
      ['totals.row.T1!C10002', 10_000],
    ]);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['totals.row.T1!C10002', 'error']]);
    expect(auditText(tsv([...rows, ['合计', sum(1), sum(2)]])).findings).toEqual([]);
  });
});

describe('a big plain table edited', () => {
  it('is audited again where it changed, without being read again: values and sums follow the edit', async () => {
    const { reauditPlain } = await import('../../src/core');
    const r = auditText(tsv(budget));
    const edited = reauditPlain(r, [['T1!C5', '84']]);
    expect(edited.reading).toBe(r.reading);
    expect(edited.values.get('T1!C5')).toBe(84);
    expect(r.values.get('T1!C5')).toBe(48); // the result it came from is unchanged
    expect(edited.findings.map((f) => f.rule).sort()).toEqual(['totals.column.T1!D5', 'totals.row.T1!C5']);
    expect(reauditPlain(edited, [['T1!C5', '48']]).findings).toEqual([]);
  });
});
