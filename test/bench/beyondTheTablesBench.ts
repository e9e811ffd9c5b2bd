import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { recognise, type Reading } from '../../src/core';
import { importFile } from '../../src/io';
import { pairYears } from '../../src/cli/pairYears';
import { REPORT_TEMPLATES } from '../../src/templates';
import { mutationAccuracy, warningsOnUnchanged } from './mutationAccuracy';

const ROOT = resolve(import.meta.dirname, '../..');
/** Reports read in full outside the corpus folder: the bundled sample and the 2019 fixture. */
const EXTRA = ['src/samples/youyang-2021.txt', 'test/fixtures/shanghai-govoffice-2019.html'].map((f) => resolve(ROOT, f));

/** Reads every file (corpus and extras), then prints the mutation accuracy and the warnings beyond the tables. */
export async function beyondTheTablesBench(corpusFiles: readonly string[]): Promise<void> {
  const read: Array<{ name: string; reading: Reading }> = [];
  const seen = new Set<string>();
  for (const path of [...corpusFiles, ...EXTRA]) {
    const bytes = new Uint8Array(readFileSync(path));
    const imported = await importFile(path, bytes).catch(() => null);
    if (!imported?.tables.length) continue;
    const reading = recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative });
    // the same report twice (the sample is a corpus file too) is counted once
    const fingerprint = JSON.stringify(reading.raw) + reading.text.join('\n');
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    read.push({ name: path.startsWith(ROOT) ? relative(ROOT, path) : basename(path), reading });
  }
  const full = read.filter(({ reading }) => {
    if (reading.templateId !== 'gov-disclosure-2021' && reading.templateId !== 'gov-disclosure-2019') return false;
    return Object.keys(reading.raw).length >= reading.expectedCells && reading.tables.found.length === reading.tables.expected.length;
  });
  console.log('');
  for (const line of mutationAccuracy(full)) console.log(line);
  const previous = pairYears(read.map((r) => r.reading));
  console.log('');
  for (const line of warningsOnUnchanged(read.map((r, i) => ({ ...r, previous: previous[i] })))) console.log(line);
}
