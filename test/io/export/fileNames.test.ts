import { describe, expect, it } from 'vitest';
import { claimFileName, exportFileName, fileStem, safeFileName, uniqueFileNames } from '../../../src/io/export';

describe('export file names', () => {
  it('come from the unit and year as read', () => {
    expect(exportFileName({ unit: '淮安市洪泽区人民政府', year: 2024 }, 'hz.docx', '审核意见', 'xlsx')).toBe('淮安市洪泽区人民政府-2024-审核意见.xlsx');
  });

  it("fall back to the file's own name when the unit is unknown", () => {
    expect(exportFileName({ unit: null, year: 2024 }, 'D:\\报送\\洪泽区2024年报.docx', '审核意见', 'xlsx')).toBe('洪泽区2024年报-审核意见.xlsx');
    expect(exportFileName(null, '/tmp/a/酉阳.txt', '审核意见书', 'html')).toBe('酉阳-审核意见书.html');
    expect(exportFileName(undefined, '', '审核意见', 'csv')).toBe('未命名-审核意见.csv');
  });

  it('replace the characters Windows refuses', () => {
    const name = exportFileName({ unit: '某局<办公室>/"信息":科|?*', year: 2023 }, 'x.txt', '审核意见', 'xlsx');
    expect(name).toBe('某局_办公室___信息__科___-2023-审核意见.xlsx');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(safeFileName('CON.xlsx')).toBe('_CON.xlsx');
    expect(safeFileName('报告. ')).toBe('报告');
    expect(fileStem('a/b/c.tar.gz')).toBe('c.tar');
  });

  it('are numbered when two collide, as Windows compares them (ignoring case)', () => {
    expect(uniqueFileNames(['洪泽区-2024-审核意见.xlsx', '洪泽区-2024-审核意见.xlsx', 'a.csv', 'A.CSV', '洪泽区-2024-审核意见.xlsx'])).toEqual([
      '洪泽区-2024-审核意见.xlsx',
      '洪泽区-2024-审核意见(2).xlsx',
      'a.csv',
      'A(2).CSV',
      '洪泽区-2024-审核意见(3).xlsx',
    ]);
    const taken = new Set<string>();
    expect(claimFileName('x(2).xlsx', taken)).toBe('x(2).xlsx');
    expect(claimFileName('x.xlsx', taken)).toBe('x.xlsx');
    expect(claimFileName('x.xlsx', taken)).toBe('x(3).xlsx');
  });
});
