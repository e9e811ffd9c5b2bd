import { describe, expect, it } from 'vitest';
import { audit, recognise, type RawTable, type Reading } from '../../src/core';
import { REPORT_TEMPLATES } from '../../src/templates';

/**
 * A plain table's reading makes its `raw` when first asked for (core/generic/plainCells): it must
 * be the same plain value as one made at once, whoever reads it (JSON, structured clone, spread,
 * assignment), and audit the same whether `raw` was made or not.
 */
function table(name: string, rows: string[][], merges: RawTable['merges'] = []): RawTable {
  return { name, rows, merges, geometry: 'exact' };
}

const TABLES = [
  table('预算', [['项目', '一月', '二月', '合计'], ['甲', '1', '2.50', '3.5'], ['乙', '-4', '', '9'], ['丙', 'x', '007', ''], ['合计', '5', '7', '']]),
  table('T2', [['a', '１２'], ['b', '40%'], ['c', '']]),
  table('合并', [['项目', '数'], ['甲', '1'], ['合计', '']], [{ row: 0, col: 0, rowspan: 1, colspan: 2 }]),
];

/** `raw` as recognise wrote it before it was made lazily: every numeric cell by key in input order, then each blank total. */
function expectedRaw(): Record<string, string> {
  return {
    '预算!B2': '1', '预算!C2': '2.50', '预算!D2': '3.5', '预算!B3': '-4', '预算!D3': '9', '预算!C4': '007',
    '预算!B5': '5', '预算!C5': '7', 'T2!B1': '１２', 'T2!B2': '40%', '合并!B2': '1',
    '预算!D5': '', '预算!D4': '', '合并!B3': '',
  };
}

const read = (): Reading => recognise(TABLES, []);
const auditOf = (r: Reading, edits?: Record<string, string>) => audit(r, { templates: REPORT_TEMPLATES, edits });

describe("a plain table's reading", () => {
  it('keeps its shape: the same keys in the same order, raw in its place', () => {
    const r = read();
    expect(Object.keys(r)).toEqual(['version', 'text', 'report', 'templateId', 'raw', 'locations', 'notes', 'unplaced', 'tables', 'expectedCells', 'sums']);
    expect(Object.entries(r.raw)).toEqual(Object.entries(expectedRaw()));
    expect(Object.keys(r)).toEqual(['version', 'text', 'report', 'templateId', 'raw', 'locations', 'notes', 'unplaced', 'tables', 'expectedCells', 'sums']);
    expect(r.raw).toBe(r.raw); // made once
    expect(r.expectedCells).toBe(Object.keys(r.raw).length);
  });

  it('reads as plain data before raw is made: JSON, structured clone, spread', () => {
    const made = read();
    void made.raw;
    const json = JSON.stringify(made);
    expect(JSON.stringify(read())).toBe(json);
    expect(JSON.stringify(structuredClone(read()))).toBe(json);
    expect(JSON.stringify({ ...read() })).toBe(json);
    expect(read()).toEqual(JSON.parse(json));
  });

  it('takes a raw given to it', () => {
    const r = read();
    r.raw = { 'T2!B1': '5' };
    expect(r.raw).toEqual({ 'T2!B1': '5' });
    expect([...auditOf(r).values]).toEqual([['T2!B1', 5]]);
  });

  it('audits the same whether raw was made or not, with and without edits', () => {
    for (const edits of [undefined, { '预算!B2': '2', '预算!D5': '12' }]) {
      const lazy = auditOf(read(), edits);
      const made = read();
      void made.raw;
      const eager = auditOf(made, edits);
      expect(lazy.findings).toEqual(eager.findings);
      expect([...lazy.raw]).toEqual([...eager.raw]);
      expect([...lazy.values]).toEqual([...eager.values]);
      expect(lazy.findings.length).toBeGreaterThan(0);
    }
  });

  it("an audit result's maps are made when asked for, once, and can be replaced", () => {
    const result = auditOf(read());
    expect(result.values).toBe(result.values);
    expect(result.raw).toBe(result.raw);
    expect(Object.keys(result).slice(0, 7)).toEqual(['reading', 'previous', 'templateId', 'template', 'raw', 'values', 'locations']);
    const spread = { ...auditOf(read()) };
    expect([...spread.values]).toEqual([...result.values]);
    expect(structuredClone({ raw: auditOf(read()).raw }).raw).toEqual(result.raw);
    result.values = new Map([['x', 1]]);
    expect([...result.values]).toEqual([['x', 1]]);
  });
});
