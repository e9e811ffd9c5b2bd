import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importClipboard } from '../../src/io/importClipboard';

describe('importClipboard', () => {
  const wordHtml = readFileSync(new URL('../fixtures/word-clipboard-table3.html', import.meta.url), 'utf8');

  it('prefers HTML that holds a table', () => {
    const r = importClipboard({ html: wordHtml, text: '\t一、本年新收\n\t60\n' });
    expect(r.format).toBe('html');
    expect(r.tables[0].merges.length).toBeGreaterThan(0);
  });

  it('falls back to the text when the HTML has no table', () => {
    const r = importClipboard({ html: '<meta charset="utf-8"><span>规章\t0</span>', text: '规章\t0\n行政许可\t5\n' });
    expect(r.format).toBe('tsv');
    expect(r.tables[0].rows).toEqual([
      ['规章', '0'],
      ['行政许可', '5'],
    ]);
  });

  it('reads text alone', () => {
    expect(importClipboard({ text: '\t信息内容\n\t本年制发件数\n' }).format).toBe('word-text');
  });

  it('reports an empty clipboard', () => {
    for (const data of [{}, { html: '', text: '  ' }]) {
      expect(importClipboard(data).issues).toEqual([expect.objectContaining({ code: 'import.empty', message: expect.stringMatching(/^剪贴板中没有内容/) })]);
    }
  });
});

describe('importClipboard: edge cases', () => {
  it('falls back to the text when the HTML table is empty, and reports HTML-only content without a table', () => {
    expect(importClipboard({ html: '<table><tr><td>&nbsp;</td></tr></table>', text: 'a\tb\tc' }).format).toBe('tsv');
    const r = importClipboard({ html: '<p>一段文字</p>' });
    expect(r.issues.map((i) => i.code)).toEqual(['import.no-table']);
    expect(r.narrative).toEqual(['一段文字']);
  });
});
