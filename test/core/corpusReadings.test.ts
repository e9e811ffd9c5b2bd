import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithHand, handValuesFor, readCorpusFile } from '../support/corpus';

/**
 * Real reports in the forms reviewers meet them (exact copies under test/fixtures), read as the CLI
 * reads them, against the values transcribed by hand from the source files (never from this
 * program): every cell read is right; what cannot be read without guessing is reported, and then
 * the verdict is never an all-clear.
 */
const CASES: Array<{ file: string; cells: number; expected: number; verdict: string; why?: string }> = [
  { file: 'pdf/huaian-2024.pdf', cells: 200, expected: 200, verdict: 'pass' },
  { file: 'corpus/huaian-2024.pdftotext-layout.txt', cells: 200, expected: 200, verdict: 'pass' },
  // plain pdftotext prints table 4's values interleaved with its header words: not read, never guessed
  { file: 'corpus/huaian-2024.pdftotext.txt', cells: 185, expected: 200, verdict: 'incomplete', why: 't4' },
  { file: 'corpus/shuyang-2025.txt', cells: 200, expected: 200, verdict: 'pass' },
  { file: 'corpus/shanghai-stcsm-2024.md', cells: 200, expected: 200, verdict: 'pass' },
  // the extraction kept two of the three values of 规章 and of 行政规范性文件
  { file: 'corpus/shanghai-govoffice-2025.md', cells: 194, expected: 200, verdict: 'incomplete', why: 't2' },
  // cells run together: only single values and rows with as many digits as values are read
  { file: 'corpus/pingtan-2020.txt', cells: 165, expected: 198, verdict: 'incomplete' },
  { file: 'corpus/pingtan-2023.txt', cells: 162, expected: 200, verdict: 'incomplete' },
];

describe.each(CASES)('$file', ({ file, cells, expected, verdict, why }) => {
  const path = resolve(import.meta.dirname, '../fixtures', file);

  it(`reads ${cells} of ${expected} cells, every one as transcribed by hand; verdict ${verdict}`, async () => {
    const { result, summary } = await readCorpusFile(path);
    const hand = handValuesFor(file)!;
    expect(hand, 'hand transcription').not.toBeNull();
    expect(result?.templateId).toBe(hand.template);
    const cmp = compareWithHand(result, hand);
    expect(cmp.wrong).toEqual([]);
    expect(summary.cells).toEqual({ recognised: cells, expected });
    expect(summary.verdict).toBe(verdict);
    expect(result!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    if (why) {
      // what was not read is said, for the table it belongs to
      const notRead = result!.findings.filter((f) => f.rule === 'structure.row-unreadable' || f.rule === 'structure.missing-row');
      expect(notRead.some((f) => f.table === why)).toBe(true);
    }
  });
});
