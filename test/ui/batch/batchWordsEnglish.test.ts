import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatWord } from '../../../src/ui/batch/batchFacts';
import { readBatchFile } from '../../../src/ui/batch/readBatchFile';

/** The batch list in English: what a file is and why it could not be read, in the reader's language. */
const fixture = (p: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures', p)));
const hasHan = (s: string) => /[\u4e00-\u9fff]/.test(s.replace(/[^\s:：]*\.(pdf|txt|csv)/g, ''));

describe('batch facts in both languages', () => {
  it('an unreadable PDF says why in Chinese and in English (the file name aside)', async () => {
    for (const name of ['broken.pdf', 'image-only.pdf']) {
      const [entry] = await readBatchFile(name, fixture(`pdf/${name}`));
      expect(entry.facts.verdict).toBe('unreadable');
      expect(hasHan(entry.facts.first!.zh)).toBe(true);
      expect(entry.facts.first!.en).not.toBe(entry.facts.first!.zh);
      expect(hasHan(entry.facts.first!.en)).toBe(false);
      // the exports keep the Chinese
      expect(entry.errors[0]).toBe(entry.facts.first!.zh);
    }
  });

  it('a file with no table at all', async () => {
    const [entry] = await readBatchFile('空.txt', new TextEncoder().encode('   \n'));
    expect(entry.facts.first).not.toBeNull();
    expect(hasHan(entry.facts.first!.en)).toBe(false);
  });

  it('the format column', async () => {
    const [report] = await readBatchFile('酉阳.txt', new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../src/samples/youyang-2021.txt'))));
    expect(formatWord(report.facts, 'zh')).toBe('2021 格式');
    expect(formatWord(report.facts, 'en')).toBe('2021 format');
    expect(formatWord({ templateId: 'generic', format: '非年报表格' }, 'en')).toBe('not a report');
    expect(formatWord({ templateId: null, format: '' }, 'en')).toBe('');
  });
});
