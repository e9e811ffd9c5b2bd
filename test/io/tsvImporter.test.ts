import { describe, expect, it } from 'vitest';
import { importText } from '../../src/io/importText';
import { importTsv, parseTsv } from '../../src/io/tsvImporter';

describe('TSV as copied from Excel/WPS', () => {
  it('reads quoted cells with line breaks, tabs and doubled quotes', () => {
    const text =
      '信息内容\t本年制发件数\t"本年\n废止件数"\r\n' +
      '"规章""2021""版"\t0\t"a\tb"\r\n' +
      '"行政规范性\r\n文件"\t8\t10\r\n';
    const r = importText(text);
    expect(r.format).toBe('tsv');
    expect(r.issues).toEqual([]);
    expect(r.tables).toEqual([
      {
        name: 'T1',
        geometry: 'exact',
        merges: [],
        rows: [
          ['信息内容', '本年制发件数', '本年\n废止件数'],
          ['规章"2021"版', '0', 'a\tb'],
          ['行政规范性\n文件', '8', '10'],
        ],
      },
    ]);
  });

  it('pads rows to the widest, keeps merged-cell blanks, ignores the trailing line break', () => {
    expect(parseTsv('申请人情况\t\t\n自然人\t商业企业\t总计\n60\n')).toEqual([
      ['申请人情况', '', ''],
      ['自然人', '商业企业', '总计'],
      ['60', '', ''],
    ]);
  });

  it('keeps an empty line in the middle as an empty row, and reads a lone opening quote literally', () => {
    expect(parseTsv('a\tb\n\n"x\ty\n')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['"x', 'y'],
    ]);
  });

  it('returns no table for empty input', () => {
    expect(importTsv('').tables).toEqual([]);
  });
});
