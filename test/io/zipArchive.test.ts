import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { filesInZip, MAX_ZIP_FILES } from '../../src/io/zipArchive';

/** A .zip of submissions as Windows' own "send to compressed folder" writes it: GBK names, no UTF-8 flag. */
function windowsZip(files: Record<string, string>): Uint8Array {
  // fflate writes names as UTF-8; write ASCII stand-ins of the same byte length, then put the GBK bytes in
  const entries: Record<string, Uint8Array> = {};
  const swaps: Array<[Uint8Array, Uint8Array]> = [];
  let i = 0;
  for (const [name, text] of Object.entries(files)) {
    const bytes = encodeGbk(name);
    const standIn = `${String(i++).padStart(2, '0')}${'x'.repeat(bytes.length - 2)}`;
    entries[standIn] = new TextEncoder().encode(text);
    swaps.push([new TextEncoder().encode(standIn), bytes]);
  }
  const zip = zipSync(entries);
  for (const [from, to] of swaps) {
    for (let p = 0; p + from.length <= zip.length; p++) {
      if (from.every((b, k) => zip[p + k] === b)) zip.set(to, p);
    }
  }
  return zip;
}

/** GBK bytes of a string (TextEncoder only writes UTF-8): the characters these tests use. */
function encodeGbk(s: string): Uint8Array {
  const table: Record<string, number[]> = { 淮: [0xbb, 0xb4], 安: [0xb0, 0xb2], 县: [0xcf, 0xd8], 年: [0xc4, 0xea], 报: [0xb1, 0xa8] };
  return Uint8Array.from([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
}

describe('a .zip of submissions', () => {
  it('gives every report file, with GBK names decoded as Windows wrote them', () => {
    const zip = windowsZip({ '淮安县年报.txt': 'a', '安县/年报.csv': 'b' });
    const { files, issues } = filesInZip('报送.zip', zip);
    expect(issues).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['安县/年报.csv', '淮安县年报.txt']);
    expect(new TextDecoder().decode(files[1].bytes)).toBe('a');
  });

  it('keeps UTF-8 names (the flag set) as they are, and skips system files and folders', () => {
    const zip = zipSync({ '报告/沭阳.pdf': new Uint8Array([37]), '__MACOSX/报告/._沭阳.pdf': new Uint8Array([1]), '.DS_Store': new Uint8Array([1]), 'notes.bak': new Uint8Array([1]), 'a/': new Uint8Array() });
    expect(filesInZip('x.zip', zip).files.map((f) => f.name)).toEqual(['报告/沭阳.pdf']);
  });

  it('a broken or empty archive says so by name', () => {
    expect(filesInZip('坏.zip', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9])).issues.map((i) => i.message)[0]).toContain('坏.zip');
    const empty = filesInZip('空.zip', zipSync({ 'readme.bak': new Uint8Array([1]) }));
    expect(empty.files).toEqual([]);
    expect(empty.issues[0].message).toContain('没有可审核的文件');
  });

  it('refuses to unpack past its limits, without inflating the rest', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < MAX_ZIP_FILES + 5; i++) many[`r${i}.txt`] = new Uint8Array([48]);
    const { files, issues } = filesInZip('多.zip', zipSync(many));
    expect(files).toHaveLength(MAX_ZIP_FILES);
    expect(issues.map((i) => i.code)).toEqual(['import.too-large']);
  });
});
