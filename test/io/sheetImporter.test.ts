import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/io';

function workbookBytes(bookType: XLSX.BookType): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['三、收到和处理政府信息公开申请情况', null, null],
    ['一、本年新收', 60, '商业\n企业'],
    ['二、上年结转', 8, 0.5],
  ]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
  ws['B3'].z = '0.00';
  const empty = XLSX.utils.aoa_to_sheet([]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '表3');
  XLSX.utils.book_append_sheet(wb, empty, '空表');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

describe('spreadsheets', () => {
  it('reads an xlsx back: one table per non-empty sheet, merges, formatted text', async () => {
    const r = await importFile('年报.xlsx', workbookBytes('xlsx'));
    expect(r.format).toBe('sheet');
    expect(r.issues).toEqual([]);
    expect(r.tables).toEqual([
      {
        name: '表3',
        geometry: 'exact',
        merges: [{ row: 0, col: 0, rowspan: 1, colspan: 3 }],
        rows: [
          ['三、收到和处理政府信息公开申请情况', '', ''],
          ['一、本年新收', '60', '商业\n企业'],
          ['二、上年结转', '8.00', '0.5'],
        ],
      },
    ]);
  });

  it('reads .xls (BIFF8) and .ods the same way', async () => {
    for (const [name, type] of [['a.xls', 'biff8'], ['a.ods', 'ods']] as const) {
      const r = await importFile(name, workbookBytes(type));
      expect(r.tables[0].rows[1]).toEqual(['一、本年新收', '60', '商业\n企业']);
      expect(r.tables[0].merges).toEqual([{ row: 0, col: 0, rowspan: 1, colspan: 3 }]);
    }
  });

  it('reads a GBK CSV as text, keeping values as written', async () => {
    // "规章,0012\r\n行政许可,1.50" in GBK: 规 B9E6 章 D5C2 行 D0D0 政 D5FE 许 D0ED 可 BFC9
    const bytes = new Uint8Array([
      0xb9, 0xe6, 0xd5, 0xc2, 0x2c, 0x30, 0x30, 0x31, 0x32, 0x0d, 0x0a,
      0xd0, 0xd0, 0xd5, 0xfe, 0xd0, 0xed, 0xbf, 0xc9, 0x2c, 0x31, 0x2e, 0x35, 0x30,
    ]);
    const r = await importFile('导出.csv', bytes);
    expect(r.tables[0].rows).toEqual([
      ['规章', '0012'],
      ['行政许可', '1.50'],
    ]);
  });

  it('reports a broken or disguised xlsx, and an encrypted one, without throwing', async () => {
    const good = workbookBytes('xlsx');
    const truncated = await importFile('坏.xlsx', good.slice(0, 300));
    expect(truncated.issues.map((i) => [i.code, i.message])).toEqual([['import.broken-file', '无法读取 坏.xlsx：文件已损坏或不是有效的 Excel 文件。']]);
    expect((await importFile('假.xlsx', new TextEncoder().encode('hello'))).issues[0].code).toBe('import.broken-file');

    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(64));
    const encrypted = await importFile('加密.xlsx', new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]));
    expect(encrypted.issues[0].code).toBe('import.broken-file');
    expect(encrypted.issues[0].message).toContain('加密');
  });

  it('reports a workbook with only empty sheets', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[null, '']]), 'Sheet1');
    const r = await importFile('空.xlsx', new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(r.tables).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['import.no-table']);
  });
});

describe('spreadsheets in disguise', () => {
  it('reads an "XML Spreadsheet 2003" saved as .xls', async () => {
    const xml = new Uint8Array(
      new TextEncoder().encode(
        XLSX.write(
          (() => {
            const wb = XLSX.utils.book_new();
            XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['规章', 0]]), '表2');
            return wb;
          })(),
          { type: 'string', bookType: 'xlml' },
        ) as string,
      ),
    );
    const r = await importFile('导出.xls', xml);
    expect(r.format).toBe('sheet');
    expect(r.tables).toEqual([{ name: '表2', rows: [['规章', '0']], merges: [], geometry: 'exact' }]);
  });
});
