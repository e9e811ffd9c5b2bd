import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/core';
import { importHtml, importText } from '../../src/io';
import { messageOf } from '../support/audit';
import { auditTables } from '../support/pipeline';

/**
 * A relationship with a blank in it (uncertain: the blank counted as 0) still helps to single out a
 * wrong filled cell, when it asks for the same value as a relationship that broke for certain; it
 * never makes a blank total's row point at a cell (a blank total may be anything).
 */
const sample = importText(readFileSync(resolve(import.meta.dirname, '../../src/samples/youyang-2021.txt'), 'utf8')).tables;

describe('blanks as evidence', () => {
  it('a wrong cell whose column has a blank part: named for certain, with its value', () => {
    // 商业企业's 本年新收 left blank (it is 0), and its 上年结转 written 5 instead of 0
    const r = auditTables(sample, { edits: { 't3.new.commercial': '', 't3.carried.commercial': '5' } });
    const row = r.findings.find((f) => f.rule === 't3.row.carried')!;
    expect(row.status).toBe('fail');
    expect(row.suspects[0]).toMatchObject({ cell: 't3.carried.commercial', suggested: 0 });
    expect(row.suspects[0].possible).toBeUndefined();
    // the column's own relationship stays uncertain (a blank takes part)
    expect(r.findings.find((f) => f.rule === 't3.balance.commercial')!.status).toBe('uncertain');
  });

  it('a blank that is the error itself: no filled cell is blamed', () => {
    // 自然人's 本年新收 (60) left blank: its row and its column break, both with the blank in them
    const r = auditTables(sample, { edits: { 't3.new.natural': '' } });
    const blamed = r.findings.flatMap((f) => f.suspects.filter((s) => !s.possible && s.cell !== 't3.new.natural'));
    expect(blamed).toEqual([]);
    expect(r.findings.filter((f) => f.status === 'fail' && f.severity !== 'info')).toEqual([]);
  });
});

/**
 * Locating with blanks (issue 8, two wrong cells): relationships with blank parts (counted as 0)
 * that agree single out a filled cell; a sum with a blank total says nothing of its parts; a blank
 * total that is summed elsewhere is judged with its parts' sum; a change that would take a count
 * below 0 explains nothing.
 */
describe('locating a wrong cell among blanks', () => {
  const shanghai = importHtml(readFileSync(resolve(import.meta.dirname, '../fixtures/shanghai-govoffice-2019.html'), 'utf8')).tables;

  it('Shanghai 2019: 商业企业 本年新收 35 written 53 — both its relationships have blanks, and both ask for 35', () => {
    const r = auditTables(shanghai, { edits: { 't3.new.commercial': '53' } });
    const mine = r.findings.filter((f) => f.cells.includes('t3.new.commercial') && f.severity !== 'info');
    expect(mine.map((f) => f.rule).sort()).toEqual(['t3.balance.commercial', 't3.row.new']);
    for (const f of mine) {
      // still uncertain (keys.md: a blank takes part), but the filled cell is named with its value and its slip
      expect(f).toMatchObject({ status: 'uncertain', severity: 'warning', code: 'rule.uncertain.located' });
      expect(f.suspects[0]).toMatchObject({ cell: 't3.new.commercial', suggested: 35, typo: 'swap' });
      expect(messageOf(f)).toContain('空白按 0 计时不成立');
    }
  });

  it('Shanghai 2019: 总计 805 written 850 — the blank 总计 column is summed from its rows, so the 总计 row agrees', () => {
    const r = auditTables(shanghai, { edits: { 't3.total.total': '850' } });
    const balance = r.findings.find((f) => f.rule === 't3.balance.total')!;
    expect(balance.status).toBe('fail');
    expect(balance.suspects[0]).toMatchObject({ cell: 't3.total.total', suggested: 805, typo: 'swap' });
  });

  it('Shanghai 2019: a wrong cell in a row whose 总计 is blank is not singled out (any cell of its column could be it)', () => {
    const r = auditTables(shanghai, { edits: { 't3.granted.natural': '268' } });
    expect(r.findings.flatMap((f) => f.suspects.filter((s) => !s.possible && s.cell.startsWith('t3.') && s.cell !== 't3.granted.natural' && !f.blanks?.includes(s.cell)))).toEqual([]);
    expect(r.findings.some((f) => f.suspects.some((s) => !s.possible && s.cell === 't3.granted.natural'))).toBe(false);
  });

  it('结转下年度·总计 left blank: a wrong 结转下年度 cell is the only one of its column balance that breaks nothing else', () => {
    const r = auditTables(sample, { edits: { 't3.forward.total': '', 't3.forward.natural': '17' } });
    const balance = r.findings.find((f) => f.rule === 't3.balance.natural')!;
    expect(balance.status).toBe('fail');
    expect(balance.suspects).toHaveLength(1);
    expect(balance.suspects[0]).toMatchObject({ cell: 't3.forward.natural', suggested: 0, code: 'suspect.only-cell' });
    expect(messageOf({ ...balance, code: balance.suspects[0].code, params: balance.suspects[0].params } as never)).toContain('不破坏其他关系');
  });

  // A consistent table with two filled columns: 商业企业 10 new, 10 granted.
  const twoColumns = { 't3.new.commercial': '10', 't3.new.total': '70', 't3.granted.commercial': '10', 't3.granted.total': '34', 't3.total.commercial': '10', 't3.total.total': '78' };

  it('two cells wrong by the same amount: pinned where the cell across them would have to go below 0', () => {
    expect(auditTables(sample, { edits: twoColumns }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // 予以公开·自然人 24 → 30 and 无法提供·本机关不掌握·商业企业 0 → 6: the same four sums would break if
    // 予以公开·商业企业 were 6 too many and 无法提供·本机关不掌握·自然人 6 too few — but that one is 0.
    const r = auditTables(sample, { edits: { ...twoColumns, 't3.granted.natural': '30', 't3.unable.2.commercial': '6' } });
    const first = (rule: string) => r.findings.find((f) => f.rule === rule)!.suspects[0];
    // each of the four broken sums names its cell — also 予以公开's row, where 予以公开·商业企业 → 4 ties
    // with 予以公开·自然人 → 24 when the row is looked at alone: only the second is part of a whole explanation
    expect(first('t3.results.natural')).toMatchObject({ cell: 't3.granted.natural', suggested: 24 });
    expect(first('t3.row.granted')).toMatchObject({ cell: 't3.granted.natural', suggested: 24 });
    expect(first('t3.row.unable.2')).toMatchObject({ cell: 't3.unable.2.commercial', suggested: 0 });
    expect(first('t3.results.commercial')).toMatchObject({ cell: 't3.unable.2.commercial', suggested: 0 });
    expect(summarise(r).problems.map((p) => [p.suspect, p.findings.length])).toEqual([
      [{ cell: 't3.unable.2.commercial', suggested: 0 }, 2],
      [{ cell: 't3.granted.natural', suggested: 24 }, 2],
    ]);
    const pinned = r.findings.flatMap((f) => f.suspects.filter((s) => !s.possible).map((s) => `${s.cell}=${s.suggested}`));
    expect(new Set(pinned)).toEqual(new Set(['t3.granted.natural=24', 't3.unable.2.commercial=0']));
  });

  it('two cells wrong by the same amount where the cells across them could be wrong too: no cell is named', () => {
    const r = auditTables(sample, { edits: { ...twoColumns, 't3.granted.natural': '27', 't3.unable.1.commercial': '3' } });
    expect(r.findings.filter((f) => f.status === 'fail' && f.severity === 'error').map((f) => f.rule).sort()).toEqual([
      't3.results.commercial',
      't3.results.natural',
      't3.row.granted',
      't3.row.unable.1',
    ]);
    // 予以公开·商业企业 → 7 with 无法提供·自然人 → 19 repairs the same four sums: the data cannot tell
    expect(r.findings.flatMap((f) => f.suspects.filter((s) => !s.possible))).toEqual([]);
  });
});
