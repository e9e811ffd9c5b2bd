import { describe, expect, it } from 'vitest';
import { plainValuesOf, summarise, type AuditResult, type RawTable } from '../../src/core';
import { fileReport, fileReportJson, fileReportJsonBytes } from '../../src/io/export/auditJson';
import { textBlock } from '../../src/cli/textReport';
import { REPORT_TEMPLATES } from '../../src/templates';
import { auditTables } from '../support/pipeline';

/**
 * A plain table audited straight from its reading keeps its cells as read (core's plainValuesOf):
 * its JSON entry is written from them, without a map of its values. That text must be the one
 * JSON.stringify(fileReport(…)) gives once the maps are made. (Reading `values` makes them, so each
 * entry is written first, then compared.)
 */
function table(name: string, rows: string[][], merges: RawTable['merges'] = []): RawTable {
  return { name, rows, merges, geometry: 'exact' };
}

function expectSameEntry(tables: RawTable[], fromCells = true): void {
  const fresh = (): AuditResult => auditTables(tables, { templateId: 'generic' });
  const result = fresh();
  expect(result.templateId).toBe('generic');
  expect(plainValuesOf(result) !== undefined).toBe(true);
  const bytes = new TextDecoder().decode(fileReportJsonBytes('a "b".xlsx', result, []));
  const text = fileReportJson('a "b".xlsx', fresh(), []);
  const summary = summarise(result);
  const block = textBlock({ file: 'x', result, errors: [] }, REPORT_TEMPLATES);
  // the writer has left the values unread: still written from the cells
  expect(plainValuesOf(result) !== undefined).toBe(fromCells);
  const plain = JSON.stringify(fileReport('a "b".xlsx', result, []));
  expect(plainValuesOf(result)).toBeUndefined(); // fileReport read the values: the maps are made
  expect(bytes).toBe(plain);
  expect(text).toBe(plain);
  expect(summarise(result)).toEqual(summary);
  expect(textBlock({ file: 'x', result, errors: [] }, REPORT_TEMPLATES)).toBe(block);
}

describe("a plain table's JSON entry written from its cells", () => {
  it('is the text JSON.stringify gives: sums, blank totals, decimals, negatives, several tables, names that need escaping', () => {
    expectSameEntry([
      table('预算表', [['项目', '一月', '二月', '合计'], ['甲', '1', '2.50', '3.5'], ['乙', '-4', '', '9'], ['合计', '5', '7', '']]),
      table('Sheet "2"\\\t', [['a', '1e3'], ['b', '１２'], ['c', '0.1'], ['d', '007'], ['e', '12345678901234567890'], ['f', '9'.repeat(400)]]),
      table('\ud800!odd', [['x', '7', '1,234.5', '−3', '40%']]),
      table('合并', [['项目', '数'], ['甲', '1'], ['乙', '2'], ['合计', '4']], [{ row: 0, col: 0, rowspan: 1, colspan: 2 }]),
    ]);
  });

  it('a table of 20,000 numbers, with a 小计 row', () => {
    const rows = [['列1', '列2', '列3', '列4']];
    for (let r = 0; r < 5_000; r++) rows.push(Array.from({ length: 4 }, (_, c) => String((r * 7 + c * 13) % 1000)));
    rows.push(['小计', '1', '', '3']);
    expectSameEntry([table('表1', rows)]);
  });

  it('tables of one name (their keys shared) are written from the maps, as before', () => {
    expectSameEntry([table('S', [['a', '1', 'x'], ['b', '2']]), table('S', [['a', '1'], ['b', '9', '4']])], false);
  });
});
