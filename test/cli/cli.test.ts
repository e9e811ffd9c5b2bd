import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/cli';
import { editSample, sampleText } from '../support/youyang';

/** The command line as a user runs it (`npm run audit` runs `node src/cli/launch.mjs`), from the repository root. */
const SAMPLE = 'src/samples/youyang-2021.txt';
const CHINESE = /[\u4e00-\u9fff]/;



/** stdout must be exactly one JSON document */
function json(stdout: string) {
  expect(stdout.trim().startsWith('{')).toBe(true);
  return JSON.parse(stdout) as {
    files: Array<{
      file: string;
      template: string | null;
      values: Record<string, number | null>;
      locations: Record<string, { table: number; row: number; col: number }>;
      findings: Array<{ rule: string; severity: string; status: string; message: string; cells: string[]; suspects: Array<{ cell: string; suggested: number | null }> }>;
      errors: string[];
    }>;
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'gouji-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/*
 * Starting the CLI costs a quarter second of CPU (mathjs, the readers), so the cases share a few
 * runs, started as this file loads so that they overlap, one per exit status to be told apart:
 * a clean batch (the sample, a file whose findings are only uncertain, a folder, standard input)
 * → 0; a wrong file → 1; the sample and a missing file → 1; no arguments → 2; an unknown option → 2.
 */
const wrong = join(tmp, 'wrong.txt');
const blank = join(tmp, 'blank.txt');
const missing = join(tmp, 'no-such-file.txt');
const dir = join(tmp, 'batch');

writeFileSync(wrong, editSample({ 't3.ignored.2.natural': 15 })); // was 16
writeFileSync(blank, editSample({ 't3.ignored.2.natural': '' }));
mkdirSync(join(dir, 'a'), { recursive: true });
mkdirSync(join(dir, 'c'), { recursive: true });
writeFileSync(join(dir, 'b.txt'), sampleText());
writeFileSync(join(dir, 'a', 'z.txt'), editSample({ 't4.review.upheld': '' })); // was 1: uncertain only
writeFileSync(join(dir, 'a.txt'), sampleText());
writeFileSync(join(dir, 'c', 'b.txt'), sampleText());

// Table 4 of the sample as a one-sheet workbook, sent on standard input (no name, no extension).
const sheet = XLSX.utils.aoa_to_sheet([
  ['行政复议', '', '', '', '', '行政诉讼'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉'],
  ['', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  [1, 2, 0, 0, 3, 1, 12, 5, 2, 20, 0, 0, 1, 0, 1],
]);
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, '表四');
const xlsxBytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
/** The batch folder as a user might type it, relative and with a trailing slash. */
const dirAsTyped = `./${relative(ROOT, dir)}/`;

const runs = {
  clean: cli(['--json', SAMPLE, blank, dir, '-'], sampleText()),
  typed: cli(['--json', dirAsTyped, '-'], xlsxBytes),
  help: cli(['--help']),
  wrong: cli(['--json', wrong]),
  missing: cli(['--json', SAMPLE, missing]),
  noArgs: cli([]),
  unknown: cli(['--bogus', SAMPLE]),
};

describe('CLI --json', { timeout: 60_000 }, () => {
  it('prints exactly one JSON document, one entry per file in argument order (a folder expanded in place, sorted)', async () => {
    const out = json((await runs.clean).stdout);
    // '.' sorts before '/', so a.txt comes before a/z.txt
    expect(out.files.map((f) => f.file)).toEqual([SAMPLE, blank, join(dir, 'a.txt'), join(dir, 'a/z.txt'), join(dir, 'b.txt'), join(dir, 'c/b.txt'), '-']);
    expect(json((await runs.missing).stdout).files.map((f) => f.file)).toEqual([SAMPLE, missing]);
  });

  it('the sample: the 2021 format, 200 values, no findings; the clean batch exits 0', async () => {
    const clean = await runs.clean;
    const f = json(clean.stdout).files[0];
    expect(f.template).toBe('gov-disclosure-2021');
    expect(Object.keys(f.values)).toHaveLength(200);
    expect(f.values['t3.new.natural']).toBe(60);
    expect(f.values['t2.licensing']).toBe(14166);
    expect(f.locations['t3.new.natural']).toEqual({ table: 2, row: 4, col: 2 });
    expect(f.findings).toEqual([]);
    expect(f.errors).toEqual([]);
    expect(clean.status).toBe(0);
  });

  it('uncertain findings do not set exit 1', async () => {
    const clean = await runs.clean;
    const out = json(clean.stdout);
    for (const i of [1, 3]) {
      const f = out.files[i];
      expect(f.findings.some((x) => x.status === 'uncertain'), f.file).toBe(true);
      expect(f.findings.some((x) => x.severity === 'error'), f.file).toBe(false);
    }
    expect(clean.status).toBe(0);
  });

  it('a folder: every file read', async () => {
    const files = json((await runs.clean).stdout).files.slice(2, 6);
    expect(files.map((f) => f.template)).toEqual(Array(4).fill('gov-disclosure-2021'));
    expect(files.map((f) => f.findings.map((x) => x.rule))).toEqual([[], ['t4.group.review', 'value.blank'], [], []]);
  });

  it('- reads standard input', async () => {
    const f = json((await runs.clean).stdout).files[6];
    expect(f.template).toBe('gov-disclosure-2021');
    expect(Object.keys(f.values)).toHaveLength(200);
    expect(f.values['t4.suit_direct.total']).toBe(20);
  });

  it('a file with a wrong cell: exit 1 and the findings, with the suspect, in the JSON', async () => {
    const r = await runs.wrong;
    expect(r.status).toBe(1);
    const f = json(r.stdout).files[0];
    expect(f.file).toBe(wrong);
    expect(f.values['t3.ignored.2.natural']).toBe(15);
    expect(f.findings.map((x) => x.rule)).toEqual(['t3.results.natural', 't3.row.ignored.2']);
    const row = f.findings[1];
    expect(row).toMatchObject({ severity: 'error', status: 'fail' });
    expect(row.suspects.map((s) => [s.cell, s.suggested])).toEqual([['t3.ignored.2.natural', 16]]);
  });

  it('a missing file (after a clean one): exit 1, an entry with template null and a Chinese error', async () => {
    const r = await runs.missing;
    expect(r.status).toBe(1);
    const out = json(r.stdout);
    expect(out.files[0].template).toBe('gov-disclosure-2021');
    expect(out.files[0].findings).toEqual([]);
    const f = out.files[1];
    expect(f.template).toBeNull();
    expect(f.values).toEqual({});
    expect(f.findings).toEqual([]);
    expect(f.errors.length).toBeGreaterThan(0);
    expect(f.errors.join('')).toMatch(CHINESE);
  });
});

describe('CLI paths and input as given', { timeout: 60_000 }, () => {
  it('a folder keeps the path as typed, joined with each relative path', async () => {
    const out = json((await runs.typed).stdout);
    expect(out.files.slice(0, 4).map((f) => f.file)).toEqual(['a.txt', 'a/z.txt', 'b.txt', 'c/b.txt'].map((f) => dirAsTyped + f));
  });

  it('standard input is read by its content: a workbook on stdin is a workbook', async () => {
    const f = json((await runs.typed).stdout).files[4];
    expect(f.file).toBe('-');
    expect(f.template).toBe('gov-disclosure-2021');
    expect(f.values['t4.suit_direct.total']).toBe(20);
    expect(f.errors).toEqual([]);
  });

  it('--help is no error: usage in Chinese on stderr, exit 0', async () => {
    const r = await runs.help;
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(CHINESE);
  });
});

describe('CLI usage errors', { timeout: 60_000 }, () => {
  it('no arguments: exit 2, nothing on stdout, usage in Chinese on stderr', async () => {
    const r = await runs.noArgs;
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(CHINESE);
  });

  it('an unknown option: exit 2, nothing on stdout, the option named in Chinese on stderr', async () => {
    const r = await runs.unknown;
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--bogus');
    expect(r.stderr).toMatch(CHINESE);
  });
});
