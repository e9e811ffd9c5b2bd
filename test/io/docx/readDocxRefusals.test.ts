import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isEncryptedPackage, isOleFile, isZipFile, MAX_DOCUMENT_XML_BYTES, readDocx } from '../../../src/io/docx';
import { docx, para, withDocumentXml } from './buildDocx';

/** The first sector of an OLE compound file (what .doc and .wps files start with). */
function oleHeader(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) for (let i = 0; i < streamName.length; i++) bytes[1024 + i * 2] = streamName.charCodeAt(i); // a directory entry
  return bytes;
}

const issueOf = (name: string, bytes: Uint8Array) => {
  const r = readDocx(name, bytes);
  expect(r.format).toBe('docx');
  expect(r.tables).toEqual([]);
  expect(r.issues).toHaveLength(1);
  return r.issues[0];
};

describe('docx: refusals', () => {
  it('refuses a binary .doc or .wps, saying to save it as .docx', () => {
    for (const name of ['2021年报.doc', '2021年报.wps']) {
      const issue = issueOf(name, oleHeader('WordDocument'));
      expect([issue.code, issue.text?.code]).toEqual(['import.word-binary', 'import.docx-binary']);
      expect(issue.message).toContain(name);
      expect(issue.message).toContain('请在 Word/WPS 中另存为 .docx 后再打开');
    }
    expect(isOleFile(oleHeader())).toBe(true);
    expect(isOleFile(docx(''))).toBe(false);
    expect(isZipFile(docx(''))).toBe(true);
  });

  it('tells a password-protected .docx (an encrypted package in an OLE file) from a .doc', () => {
    const bytes = oleHeader('EncryptedPackage');
    expect(isEncryptedPackage(bytes)).toBe(true);
    const issue = issueOf('加密.docx', bytes);
    expect([issue.code, issue.text?.code]).toEqual(['import.encrypted', 'import.docx-encrypted']);
    expect(issue.message).toContain('密码');
  });

  it('refuses a file that is no zip, and a cut-off zip, as broken', () => {
    const notZip = issueOf('a.docx', strToU8('这不是 Word 文档'));
    expect([notZip.code, notZip.text?.code]).toEqual(['import.broken-file', 'import.docx-not-zip']);
    expect(notZip.message).toContain('不是 .docx');
    const whole = docx(para('正文'));
    const cut = issueOf('下载不完整.docx', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect([cut.code, cut.text?.code]).toEqual(['import.broken-file', 'import.docx-broken-zip']);
    expect(cut.message).toContain('压缩包已损坏');
  });

  it('refuses a zip without word/document.xml, naming what it is when it can', () => {
    const plain = issueOf('a.docx', zipSync({ 'readme.txt': strToU8('hi') }));
    expect([plain.code, plain.text?.code]).toEqual(['import.broken-file', 'import.docx-not-word']);
    expect(plain.message).toContain('没有 word/document.xml');
    const workbook = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    });
    const xlsx = issueOf('表格.docx', workbook);
    expect([xlsx.code, xlsx.text?.code]).toEqual(['import.broken-file', 'import.docx-is-excel']);
    expect(xlsx.message).toContain('Excel');
  });

  it('returns the narrative and an import.no-table issue for a document without tables', () => {
    const r = readDocx('纯文字.docx', docx(para('一、总体情况') + para('本年度收到申请60件。')));
    expect(r.tables).toEqual([]);
    expect(r.narrative).toEqual(['一、总体情况', '本年度收到申请60件。']);
    expect(r.issues.map((i) => i.code)).toEqual(['import.no-table']);
    expect(r.issues[0].message).toContain('纯文字.docx 中没有表格');
  });

  it('refuses a document.xml that inflates past the limit (a zip bomb), without inflating it', () => {
    // 51 MB of whitespace inside a valid document compresses to a few dozen KB
    const padding = ' '.repeat(MAX_DOCUMENT_XML_BYTES + 1024 * 1024);
    const bomb = withDocumentXml(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${padding}</w:body></w:document>`);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const issue = issueOf('bomb.docx', bomb);
    expect([issue.code, issue.text?.code]).toEqual(['import.too-large', 'import.docx-too-large']);
    expect(issue.message).toContain('50 MB');
  });

  it('stops at absurd nesting instead of parsing for minutes', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(5000) + '<w:p><w:r><w:t>深</w:t></w:r></w:p>' + '</w:sdtContent></w:sdt>'.repeat(5000);
    const started = performance.now();
    const issue = issueOf('deep.docx', docx(deep));
    expect(performance.now() - started).toBeLessThan(2000);
    expect([issue.code, issue.text?.code]).toEqual(['import.broken-file', 'import.docx-too-deep']);
  });

  it('caps absurd spans and says the table was cut', () => {
    const row = (cells: string) => `<w:tr>${cells}</w:tr>`;
    const cell = (text: string, span = 1) => `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const r = readDocx('spans.docx', docx(`<w:tbl>${row(cell('标题', 99999) + cell('溢出'))}${row(cell('1') + cell('2'))}</w:tbl>`));
    expect(r.tables.map((t) => [t.rows.length, t.rows[0].length, t.rows[1].slice(0, 3)])).toEqual([[2, 1000, ['1', '2', '']]]);
    expect(r.tables[0].merges).toEqual([{ row: 0, col: 0, rowspan: 1, colspan: 1000 }]);
    expect(r.issues.map((i) => [i.code, i.text?.code])).toEqual([['import.table-truncated', 'import.docx-truncated']]);
  });

  it('does not trust a declared size that is too small: reads at most that much, never throws', () => {
    const bytes = docx(para('三、收到和处理政府信息公开申请情况') + para('x'.repeat(5000)));
    lieAboutSize(bytes, 'word/document.xml', 600);
    const r = readDocx('lie.docx', bytes);
    expect(r.format).toBe('docx');
    expect(r.tables).toEqual([]);
    expect(r.narrative.join('').length).toBeLessThan(600);
    expect(r.issues.map((i) => i.code)).toEqual(['import.no-table']);
  });
});

/** Rewrites the uncompressed size recorded for `name` in the zip's central directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const target = strToU8(name);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory file header
    const nameLength = view.getUint16(i + 28, true);
    const entry = zip.subarray(i + 46, i + 46 + nameLength);
    if (entry.length === target.length && entry.every((b, k) => b === target[k])) view.setUint32(i + 24, size, true);
  }
}
