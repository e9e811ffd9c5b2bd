import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, MAX_FILE_BYTES } from '../../src/io';

const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importFile', () => {
  it('reads the Word text sample and the Shanghai page by extension', async () => {
    const txt = await importFile('youyang-2021.txt', bytesOf('../../src/samples/youyang-2021.txt'));
    expect([txt.format, txt.tables.length]).toEqual(['word-text', 3]);
    const html = await importFile('shanghai.HTM', bytesOf('../fixtures/shanghai-govoffice-2019.html'));
    expect([html.format, html.tables.length]).toEqual(['html', 3]);
  });

  it('reads a GBK Word text export', async () => {
    // "\t规章\n\t0\n" with 规章 in GBK
    const r = await importFile('年报.txt', new Uint8Array([0x09, 0xb9, 0xe6, 0xd5, 0xc2, 0x0a, 0x09, 0x30, 0x0a]));
    expect(r.tables[0].rows).toEqual([['规章', '0']]);
  });

  it('sniffs content when the extension says nothing', async () => {
    expect((await importFile('剪贴', utf8('  <table><tr><td>1</td></tr></table>'))).format).toBe('html');
    expect((await importFile('data.dat', utf8('a\tb\tc\n1\t2\t3\n'))).format).toBe('tsv');
    expect((await importFile('report.xls', utf8('<html><table><tr><td colspan=2>x</td></tr></table>'))).tables[0].merges).toEqual([
      { row: 0, col: 0, rowspan: 1, colspan: 2 },
    ]);
  });

  it('names binary junk as an unsupported type', async () => {
    const junk = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    const r = await importFile('mystery.bin', junk);
    expect(r.issues.map((i) => i.code)).toEqual(['import.unsupported-type']);
    expect(r.issues[0].message).toContain('mystery.bin');
  });

  it('refuses old Word and WPS files, web archives and OFD with what to do instead', async () => {
    for (const name of ['报告.doc', '报告.WPS']) {
      const r = await importFile(name, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      expect(r.tables).toEqual([]);
      expect(r.issues[0].code).toBe('import.word-binary');
      expect(r.issues[0].message).toContain('另存为 .docx');
    }
    expect((await importFile('页面.mht', utf8('MIME-Version: 1.0'))).issues[0].message).toMatch(/网页归档.*另存为/);
    expect((await importFile('公文.ofd', utf8('PK..'))).issues[0].message).toMatch(/OFD.*PDF/);
  });

  it('says a file named .pdf or .docx that is not one is damaged, naming it', async () => {
    for (const name of ['报告.docx', '报告.PDF']) {
      const r = await importFile(name, utf8('PK whatever'));
      expect(r.tables).toEqual([]);
      expect(r.issues[0].code).toBe('import.broken-file');
      expect(r.issues[0].message).toContain(name);
    }
  });

  it('reports an empty file', async () => {
    const r = await importFile('空.txt', new Uint8Array());
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([['import.empty', '空.txt 是空文件（0 字节），没有可读取的内容。']]);
  });

  it('refuses a file over 50 MB without reading it, naming size and limit', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1024 * 1024 * 13);
    const r = await importFile('大.xlsx', big);
    expect(r.issues.map((i) => i.code)).toEqual(['import.too-large']);
    expect(r.issues[0].message).toContain('63 MB');
    expect(r.issues[0].message).toContain('50 MB');
  });
});
