import { describe, expect, it } from 'vitest';
import { findingsCsv, REVIEW_HEADER } from '../../../src/io/export';
import { sampleAudit } from './cases';

/** Splits our CSV (every text quoted, numbers bare) back into fields. */
function parse(csv: string): string[][] {
  return csv
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"')));
}

describe('findings CSV of one report', () => {
  // Submitted with 重复申请·自然人 15 for 16; in review put back to 16 and 本年新收·自然人 mistyped 61.
  const r = sampleAudit({ 't3.ignored.2.natural': 15 }, { 't3.ignored.2.natural': '16', 't3.new.natural': '61' });
  const balance = r.findings.find((f) => f.rule === 't3.balance.natural')!;
  const csv = findingsCsv('youyang-2021.txt', r, { decisions: { [balance.fingerprint]: { state: 'confirmed', note: '已电话核实' } } });
  const rows = parse(csv);
  const col = (name: string) => ['文件', ...REVIEW_HEADER].indexOf(name);

  it('is Excel-ready: BOM, CRLF, a header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(rows[0]).toEqual(['文件', ...REVIEW_HEADER]);
  });

  it('has every finding with original, current and suggested values, decision and note', () => {
    const open = rows.slice(1).filter((x) => x[col('状态')] !== '已在审核中修正');
    expect(open.map((x) => x[col('规则')])).toEqual(r.findings.map((f) => f.rule));
    const b = open.find((x) => x[col('规则')] === 't3.balance.natural')!;
    expect([b[col('取值单元格')], b[col('原值')], b[col('现值')], b[col('建议值')], b[col('审核决定')], b[col('备注')]]).toEqual([
      '本年新收·自然人',
      '60',
      '61',
      '60',
      '已确认',
      '已电话核实',
    ]);
  });

  it('lists the findings fixed in review as 已在审核中修正 with the original value', () => {
    const fixed = rows.slice(1).filter((x) => x[col('状态')] === '已在审核中修正');
    expect(fixed.map((x) => x[col('规则')]).sort()).toEqual(['t3.results.natural', 't3.row.ignored.2']);
    for (const x of fixed) expect([x[col('原值')], x[col('现值')]]).toEqual(['15', '16']);
  });
});
