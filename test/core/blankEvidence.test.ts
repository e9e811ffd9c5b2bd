import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/io';
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
