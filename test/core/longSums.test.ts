import { describe, expect, it } from 'vitest';
import { renderTerms } from '../../src/core';
import { auditTables } from '../support/pipeline';
import { messageOf } from '../support/audit';

/** A 合计 row over many rows: its sum is shown shortened, with how many terms it has. */
describe('long sums', () => {
  it('show their first terms, how many there are, and the last two', () => {
    const terms = Array.from({ length: 100 }, (_, i) => ({ cell: `T1!B${i + 2}`, coef: 1, value: i + 1 }));
    const zh = renderTerms({ terms, compact: true }, 'zh');
    expect(zh).toBe([...Array.from({ length: 24 }, (_, i) => String(i + 1)), '…（共 100 项）', '99', '100'].join('+'));
    expect(renderTerms({ terms, compact: true }, 'en')).toContain('… (100 terms)');
    // up to 30 terms, all shown
    expect(renderTerms({ terms: terms.slice(0, 30), compact: true }, 'zh').split('+')).toHaveLength(30);
  });

  it('a wrong 合计 under 300 rows: one finding whose message is short and names both numbers', () => {
    const rows = [['单位', '件数']];
    for (let r = 1; r <= 300; r++) rows.push([`单位${r}`, String(r)]);
    rows.push(['合计', String((300 * 301) / 2 + 7)]);
    const r = auditTables([{ name: 'T1', rows, merges: [], geometry: 'exact' }]);
    expect(r.findings.map((f) => f.rule)).toEqual(['totals.row.T1!B302']);
    const text = messageOf(r.findings[0]);
    expect(text).toContain('45157');
    expect(text).toContain('= 45150');
    expect(text).toContain('（共 300 项）');
    expect(text.length).toBeLessThan(200);
  });
});
