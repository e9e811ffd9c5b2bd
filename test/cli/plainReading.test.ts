import { describe, expect, it } from 'vitest';
import { recognise, type RawTable } from '../../src/core';

/** A plain table's reading counts its cells as it keys them (recognise's plainCells): as many as it holds. */
function table(name: string, rows: string[][]): RawTable {
  return { name, rows, merges: [], geometry: 'exact' };
}

describe("a plain table's reading", () => {
  it('expects as many cells as it read: numbers, blank totals, tables of one name sharing their keys', () => {
    const cases: RawTable[][] = [
      [table('T1', [['项目', '数'], ['甲', '1'], ['乙', '2'], ['合计', '']])],
      [table('T1', [['项目', '一月', '二月', '合计'], ['甲', '1', '2', ''], ['合计', '1', '', '3']]), table('T2', [['a', '5']])],
      [table('S', [['a', '1', 'x'], ['b', '2']]), table('S', [['a', '1'], ['b', '9', '4']])],
    ];
    for (const tables of cases) {
      const reading = recognise(tables, []);
      expect(reading.templateId).toBe('generic');
      expect(reading.expectedCells).toBe(Object.keys(reading.raw).length);
    }
  });
});
