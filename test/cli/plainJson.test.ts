import { describe, expect, it } from 'vitest';
import type { AuditResult, RawTable } from '../../src/core';
import { fileReport, fileReportJson, fileReportJsonBytes } from '../../src/io/export/auditJson';
import { auditTables } from '../support/pipeline';

/**
 * A plain table's entry is written as bytes, its places from its keys (auditJson's plainReportJson):
 * the same text as JSON.stringify(fileReport(…)) for every kind of key, name and value.
 */
function table(name: string, rows: string[][]): RawTable {
  return { name, rows, merges: [], geometry: 'exact' };
}

function expectSameText(file: string, result: AuditResult): void {
  const plain = JSON.stringify(fileReport(file, result, []));
  expect(fileReportJson(file, result, [])).toBe(plain);
  expect(new TextDecoder().decode(fileReportJsonBytes(file, result, []))).toBe(plain);
}

describe("a plain table's JSON entry", () => {
  it('is the text JSON.stringify gives: sums, blanks, decimals, several tables, names that need escaping', () => {
    const result = auditTables(
      [
        table('预算表', [['项目', '一月', '二月', '合计'], ['甲', '1', '2.50', '3.5'], ['乙', '-4', '', '9'], ['合计', '5', '7', '']]),
        table('Sheet "2"\\\t', [['a', '1e3'], ['b', '１２'], ['c', '0.1']]),
        table('\ud800!odd', [['x', '7']]),
      ],
      { templateId: 'generic' },
    );
    expect(result.templateId).toBe('generic');
    expect(result.values.size).toBeGreaterThan(10);
    expectSameText('预算 "1".xlsx', result);
  });

  it('keys the writer cannot read its way (no row, a row with a leading zero, a long row, no place) are written as JSON.stringify writes them', () => {
    const base = auditTables([table('T1', [['项目', '数'], ['甲', '1']])], { templateId: 'generic' });
    const values = new Map<string, number | null>([
      ['T1!B2', 1],
      ['T1!B', 2],
      ['T1!B07', 3],
      ['T1!B1234567890123456', 4],
      ['T1!b2', 5],
      ['nosuch', null],
      ['其他!C9', Number.NaN],
      ['T1!C3', Number.POSITIVE_INFINITY],
      ['T1!C4', -0],
      ['T1!C5', 1e21],
      ['T1!C6', 1.5e-7],
    ]);
    expectSameText('x', { ...base, values });
  });

  it('numbers JSON writes its own way (NaN, infinities, −0, 1e21, 1.5e-7, negatives) under keys the writer reads, in any order', () => {
    const base = auditTables([table('T1', [['项目', '数'], ['甲', '1']])], { templateId: 'generic' });
    const values = new Map<string, number | null>([
      ['T1!C9', Number.NaN],
      ['T1!C3', Number.POSITIVE_INFINITY],
      ['T1!AA4', -0],
      ['T1!C5', 1e21],
      ['其他!C6', 1.5e-7],
      ['T1!B2', -12.5],
      ['T1!B1', null],
      ['T1!B100000', 999999999999999],
    ]);
    expectSameText('x', { ...base, values });
  });

  it('a key that an object would put first leaves it to JSON.stringify', () => {
    const base = auditTables([table('T1', [['项目', '数'], ['甲', '1']])], { templateId: 'generic' });
    expectSameText('x', { ...base, values: new Map<string, number | null>([['T1!B2', 1], ['7', 2]]) });
  });

  it('a table of 20,000 numbers', () => {
    const rows = [['列1', '列2', '列3', '列4']];
    for (let r = 0; r < 5_000; r++) rows.push(Array.from({ length: 4 }, (_, c) => String((r * 7 + c * 13) % 1000)));
    const result = auditTables([table('表1', rows)], { templateId: 'generic' });
    expect(result.values.size).toBe(20_000);
    expectSameText('big.xlsx', result);
  });
});
