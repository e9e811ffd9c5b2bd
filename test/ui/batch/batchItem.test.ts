import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFailing } from '../../../src/core';
import { reviewedVerdict } from '../../../src/io/export';
import { reviewedFromFacts } from '../../../src/ui/batch/batchFacts';
import { addEntries, auditItem, itemVerdict, pairItems, refreshed } from '../../../src/ui/batch/batchItem';
import { batchRows } from '../../../src/ui/batch/batchRows';
import { readBatchFile } from '../../../src/ui/batch/readBatchFile';

const ROOT = resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'));
const ONE_ERROR = readFileSync(resolve(ROOT, 'src/samples/youyang-2021-one-error.txt'));
const TABLE4 = readFileSync(resolve(ROOT, 'test/samples/table4-alone/input.txt'));
const enc = (s: string) => new TextEncoder().encode(s);
let n = 0;
const id = () => `i${n++}`;

describe('the batch list of issue 9', () => {
  it('a resubmission of the same unit and year replaces the older, which stays in its history with its decisions', async () => {
    const first = await readBatchFile('酉阳-初报.txt', new Uint8Array(ONE_ERROR));
    let items = addEntries([], first, id);
    const fp = items[0].entry.reading && auditItem(items[0])!.findings.find(isFailing)!.fingerprint;
    items = [{ ...items[0], decisions: { [fp!]: { state: 'dismissed', note: '原表无误' } } }];
    items = addEntries(items, await readBatchFile('酉阳-更正.txt', new Uint8Array(SAMPLE)), id);
    expect(items).toHaveLength(1);
    expect(items[0].entry.name).toBe('酉阳-更正.txt');
    expect(items[0].history.map((h) => h.entry.name)).toEqual(['酉阳-初报.txt']);
    expect(items[0].decisions[fp!]?.note).toBe('原表无误');
    expect(itemVerdict(items[0])).toBe('pass');
  });

  it('pairs consecutive years of one unit and audits the later with last year’s report', async () => {
    const y2020 = await readBatchFile('2020.txt', enc(SAMPLE.toString('utf8').replaceAll('2021', '2020')));
    const y2021 = await readBatchFile('2021.txt', new Uint8Array(SAMPLE));
    const items = pairItems(addEntries([], [...y2021, ...y2020], id));
    expect(items[0].previousId).toBe(items[1].id);
    expect(items[1].previousId).toBeNull();
    // without the pair the 2021 report has no warning; with it, the checks against 2020 give some
    expect(items[0].entry.facts.warnings).toBe(0);
    expect(items[0].facts.warnings).toBeGreaterThan(0);
  });

  it('the verdict from the facts is reviewedVerdict: dismissing every failing finding passes a full report, never one not read in full', async () => {
    for (const bytes of [ONE_ERROR, TABLE4]) {
      const [entry] = await readBatchFile('x.txt', new Uint8Array(bytes));
      const [item] = addEntries([], [entry], id);
      const result = auditItem(item)!;
      const failing = result.findings.filter(isFailing);
      expect(failing.length).toBeGreaterThan(0);
      const all = Object.fromEntries(failing.map((f) => [f.fingerprint, { state: 'dismissed' as const }]));
      const one = { [failing[0].fingerprint]: { state: 'dismissed' as const } };
      for (const d of [{}, one, all]) expect(reviewedFromFacts(item.facts, d)).toBe(reviewedVerdict(result, d));
      expect(reviewedFromFacts(item.facts, all)).toBe(bytes === TABLE4 ? 'incomplete' : 'pass');
    }
  });

  it('an edit goes into the facts; the reading keeps what the submission said', async () => {
    const [item] = addEntries([], await readBatchFile('x.txt', new Uint8Array(ONE_ERROR)), id);
    expect(item.facts.verdict).toBe('fail');
    const fixed = refreshed({ ...item, edits: { 't3.granted.natural': '24' } }, null);
    expect(fixed.facts.verdict).toBe('pass');
    expect(fixed.entry.reading!.raw['t3.granted.natural']).toBe('42');
  });

  it('an unreadable file and a .zip of reports', async () => {
    const [bad] = await readBatchFile('坏.pdf', enc('%PDF-1.7 truncated'));
    expect(bad.facts.verdict).toBe('unreadable');
    expect(bad.errors[0]).toContain('坏.pdf');
    const { zipSync } = await import('fflate');
    const entries = await readBatchFile('报告.zip', zipSync({ 'a.txt': new Uint8Array(SAMPLE), 'b.txt': new Uint8Array(TABLE4) }));
    expect(entries.map((e) => [e.name, e.facts.verdict])).toEqual([['报告.zip/a.txt', 'pass'], ['报告.zip/b.txt', 'fail']]);
  });

  it('sorts by verdict (to be returned first) and filters by verdict and words', async () => {
    const items = addEntries([], [...(await readBatchFile('a.txt', new Uint8Array(SAMPLE))), ...(await readBatchFile('b-表四.txt', new Uint8Array(TABLE4)))], id);
    expect(batchRows(items, { key: 'verdict', dir: 1 }, { verdict: 'all', text: '' }).map((x) => x.entry.name)).toEqual(['b-表四.txt', 'a.txt']);
    expect(batchRows(items, { key: 'added', dir: 1 }, { verdict: 'pass', text: '' }).map((x) => x.entry.name)).toEqual(['a.txt']);
    expect(batchRows(items, { key: 'added', dir: 1 }, { verdict: 'all', text: '酉阳' }).map((x) => x.entry.name)).toEqual(['a.txt']);
  });
});
