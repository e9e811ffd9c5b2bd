import { describe, expect, it } from 'vitest';
import { certainByCover, type Candidate } from '../../src/core/locate';

const c = (cell: string, ...repairs: string[]): Candidate => ({ cell, suggested: 0, repairs });
const cells = (m: Map<string, Candidate>) => Object.fromEntries([...m].map(([rule, x]) => [rule, x.cell]));

/** The smallest whole explanations of the broken relationships, and what is certain in all of them. */
describe('certainByCover', () => {
  it('one whole explanation: each relationship gets the cell that repairs it in it', () => {
    // a and b explain everything; x repairs row1 and col2, but nothing can then repair row2 and col1
    const got = certainByCover(['row1', 'col1', 'row2', 'col2'], [c('a', 'row1', 'col1'), c('b', 'row2', 'col2'), c('x', 'row1', 'col2')]);
    expect(cells(got)).toEqual({ row1: 'a', col1: 'a', row2: 'b', col2: 'b' });
  });

  it('two whole explanations (the cells across the rectangle too): nothing is certain', () => {
    const got = certainByCover(['row1', 'col1', 'row2', 'col2'], [c('a', 'row1', 'col1'), c('b', 'row2', 'col2'), c('x', 'row1', 'col2'), c('y', 'row2', 'col1')]);
    expect(got.size).toBe(0);
  });

  it('a cell in every smallest explanation is certain; the others are not', () => {
    // z is needed either way; row1 is repaired by a or by x alone
    const got = certainByCover(['row1', 'row3', 'col3'], [c('a', 'row1'), c('x', 'row1'), c('z', 'row3', 'col3')]);
    expect(cells(got)).toEqual({ row3: 'z', col3: 'z' });
  });

  it('a broken relationship no single cell repairs (two wrong cells in one sum): nothing', () => {
    expect(certainByCover(['row1', 'col1', 'col2'], [c('a', 'col1'), c('b', 'col2')]).size).toBe(0);
  });

  it('prefers the smallest explanation', () => {
    // a alone explains both; b + d explain them too, with two cells
    const got = certainByCover(['row1', 'col1'], [c('a', 'row1', 'col1'), c('b', 'row1'), c('d', 'col1')]);
    expect(cells(got)).toEqual({ row1: 'a', col1: 'a' });
  });

  it('certain of nothing where a badly broken table has too many explanations (or needs too many cells)', () => {
    // 12 relationships, each repaired alone by any of 9 cells
    const rules = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const candidates = rules.flatMap((r) => Array.from({ length: 9 }, (_, k) => c(`${r}-${k}`, r)));
    expect(certainByCover(rules, candidates).size).toBe(0);
  });
});
