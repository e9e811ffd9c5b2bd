import { describe, expect, it } from 'vitest';
import { audit, recognise, summarise, type RawTable } from '../../../src/core';
import { REPORT_TEMPLATES } from '../../../src/templates';
import { RULEMAKERS } from '../../../src/templates/rulemakers';
import { auditBigInput, reauditBigInput } from '../../../src/ui/worker/plainAudit';

/** A list of 3,000 rows with a 合计 row that is 1 off in its second column. */
function bigList(): RawTable {
  const rows = [['项目', '一月', '二月']];
  let a = 0;
  let b = 0;
  for (let r = 0; r < 3_000; r++) {
    rows.push([`项目${r + 1}`, String(r % 10), String(r % 7)]);
    a += r % 10;
    b += r % 7;
  }
  rows.push(['合计', String(a), String(b + 1)]);
  return { name: '表1', rows, merges: [], geometry: 'exact' };
}

describe("the worker's audit of a big plain table", () => {
  it('answers with the findings and summary of the full audit, without the per-cell maps', () => {
    const table = bigList();
    const answer = auditBigInput({ doc: 'd1', tables: [table], narrative: [], edits: {}, override: null });
    expect(answer.kind).toBe('plain');
    if (answer.kind !== 'plain') return;
    const full = audit(recognise([table], REPORT_TEMPLATES), { templates: REPORT_TEMPLATES, rulemakers: RULEMAKERS });
    expect(full.findings.length).toBe(1);
    expect(answer.result.findings).toEqual(full.findings);
    expect(answer.result.reading.sums).toEqual(full.reading.sums);
    expect(answer.result.reading.expectedCells).toBe(full.reading.expectedCells);
    expect(answer.result.values.size).toBe(0);
    expect(answer.result.raw.size).toBe(0);
    expect(answer.result.reading.raw).toEqual({});
    expect(summarise(full).cells.recognised).toBe(6_002);
    // it can be sent to the page as it is
    expect(structuredClone(answer.result).findings).toEqual(full.findings);
  });

  it('an edit that mends the 合计 is checked again on the table kept there', () => {
    const table = bigList();
    auditBigInput({ doc: 'd2', tables: [table], narrative: [], edits: {}, override: null });
    const total = table.rows.length;
    const mended = String(Number(table.rows[total - 1][2]) - 1);
    const again = reauditBigInput('d2', [[`表1!C${total}`, mended]]);
    expect(again?.kind).toBe('plain');
    expect(again && again.kind === 'plain' && again.result.findings).toEqual([]);
    expect(reauditBigInput('unknown', [[`表1!C${total}`, mended]])).toBeNull();
  });
});
