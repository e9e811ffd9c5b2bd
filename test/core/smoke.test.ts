import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../src/core/table';

describe('columnLetters', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
