import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDocx } from '../../src/io/docx';
import { importText } from '../../src/io';
import { readPdf } from '../../src/io/pdf';
import { fmt, median } from './stats';

/**
 * Reading real reports in each form, in Node (the worker runs the same code in the page): PDF
 * (pdfjs, text layer → tables), .docx (zip + XML), and the same report as text, as ratios to it.
 * And the page's size, raw and gzipped (what an intranet copy weighs).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const fixture = (p: string) => new Uint8Array(readFileSync(resolve(ROOT, 'test/fixtures', p)));

export async function readersBench(): Promise<string[]> {
  const pdf = fixture('pdf/huaian-2024.pdf');
  const docx = fixture('docx/template-2021-blank.docx');
  const text = readFileSync(resolve(ROOT, 'test/fixtures/corpus/huaian-2024.pdftotext-layout.txt'), 'utf8');
  const t0 = performance.now();
  await readPdf('huaian-2024.pdf', pdf);
  const firstPdf = performance.now() - t0;
  const pdfTimes: number[] = [];
  const docxTimes: number[] = [];
  const textTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    let t = performance.now();
    await readPdf('huaian-2024.pdf', pdf);
    pdfTimes.push(performance.now() - t);
    t = performance.now();
    for (let j = 0; j < 10; j++) readDocx('template.docx', docx);
    docxTimes.push((performance.now() - t) / 10);
    t = performance.now();
    for (let j = 0; j < 10; j++) importText(text);
    textTimes.push((performance.now() - t) / 10);
  }
  const lines = [
    '',
    'Readers (Node; medians of 10; the page runs the same code in its worker)',
    `  PDF, 淮安 2024 (6 pages)           ${fmt(median(pdfTimes), 1)} ms (first, loading pdfjs: ${fmt(firstPdf, 0)} ms)`,
    `  .docx, blank 2021 template        ${fmt(median(docxTimes), 2)} ms`,
    `  text, the same PDF via pdftotext  ${fmt(median(textTimes), 2)} ms`,
    `  PDF ÷ its text                    ${fmt(median(pdfTimes) / median(textTimes), 0)}`,
  ];
  const page = resolve(ROOT, 'dist/index.html');
  if (existsSync(page)) {
    const bytes = readFileSync(page);
    lines.push(`  dist/index.html                   ${fmt(statSync(page).size / 1024, 0)} KiB raw, ${fmt(gzipSync(bytes).length / 1024, 0)} KiB gzipped`);
  }
  return lines;
}
