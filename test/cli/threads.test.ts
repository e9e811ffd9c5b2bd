import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT, type CliRun } from '../support/cli';
import { editSample, sampleText } from '../support/youyang';
import { lastYearText } from '../support/youyangPrevious';

/**
 * A folder spread over worker threads (src/cli/auditInWorkers.ts) says exactly what one thread says:
 * the same standard output byte for byte, the same notes on standard error, the same exit status.
 * GOUJI_CLI_THREADS forces the threads on a folder small enough to run here; with one file a run,
 * neighbouring files go to different threads, so last year's report is often read on another one.
 */
function run(args: readonly string[], threads: number): Promise<CliRun> {
  return cli(args, '', { GOUJI_CLI_THREADS: String(threads) });
}

const tmp = mkdtempSync(join(tmpdir(), 'gouji-threads-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dir = join(tmp, 'batch');
mkdirSync(join(dir, 'sub'), { recursive: true });
// 2020 and 2021 of one unit, apart in the folder's order (a pair across threads) and side by side
writeFileSync(join(dir, 'a-2020.txt'), lastYearText());
writeFileSync(join(dir, 'b-other.txt'), editSample({ 't3.ignored.2.natural': 15 }).replaceAll('酉阳', '彭水'));
writeFileSync(join(dir, 'c-2021.txt'), sampleText());
writeFileSync(join(dir, 'sub', 'd-2020.txt'), lastYearText().replaceAll('酉阳', '秀山'));
writeFileSync(join(dir, 'sub', 'e-2021.txt'), sampleText().replaceAll('酉阳', '秀山'));
// not reports, or not read: a budget table, a blank file, bytes that are no workbook, a PDF that is broken
writeFileSync(join(dir, 'f-budget.csv'), '项目,预算数\n基本支出,120.5\n合计,120.5\n');
writeFileSync(join(dir, 'g-empty.txt'), '');
writeFileSync(join(dir, 'h-junk.xlsx'), 'not a workbook at all');
copyFileSync(join(ROOT, 'test/fixtures/pdf/broken.pdf'), join(dir, 'i-broken.pdf'));
copyFileSync(join(ROOT, 'test/fixtures/corpus/huaian-2024.pdftotext-layout.txt'), join(dir, 'j-huaian.txt'));
// a web page whose table is wider than the reader takes: read, with a note on standard error
writeFileSync(join(dir, 'k-wide.html'), `<table><tr>${'<td>1</td>'.repeat(1005)}</tr><tr>${'<td>2</td>'.repeat(1005)}</tr></table>`);
const last = join(tmp, 'last.txt');
writeFileSync(last, lastYearText());

const cases: Array<[string, string[]]> = [
  ['--json', ['--json', dir, join(tmp, 'missing.txt')]],
  ['--json --pretty', ['--json', '--pretty', dir]],
  ['the text report', [dir]],
  ['--previous', ['--json', '--previous', last, dir]],
];
const runs = cases.map(([, args]) => Promise.all([run(args, 1), run(args, 2), run(args, 3)]));

describe('the folder over worker threads', { timeout: 60_000 }, () => {
  cases.forEach(([name], i) => {
    it(`${name}: the same output, notes and exit status as one thread`, async () => {
      const [one, two, three] = await runs[i];
      expect(one.status).toBe(1);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(one.stderr).toContain('k-wide.html');
      for (const [threads, other] of [[2, two], [3, three]] as const) {
        // (what the run said on standard error, should it differ: a crash names itself there)
        const said = `${threads} threads, standard error:\n${other.stderr}`;
        expect(other.status, said).toBe(one.status);
        expect(other.stdout, said).toBe(one.stdout);
        expect(other.stderr).toBe(one.stderr);
      }
    });
  });

  it('pairs the years across threads as on one thread', async () => {
    const [, two] = await runs[0];
    const files = (JSON.parse(two.stdout) as { files: Array<{ file: string; findings: Array<{ rule: string }> }> }).files;
    const rules = (name: string) => files.find((f) => f.file.endsWith(name))!.findings.map((f) => f.rule);
    // 2021 is compared with 2020 (5 carried forward there, 8 carried over here), in both folders
    expect(rules('c-2021.txt')).toContain('previous.carried.natural');
    expect(rules('e-2021.txt')).toContain('previous.carried.natural');
    expect(rules('b-other.txt').some((r) => r.startsWith('previous.'))).toBe(false);
    expect(files.at(-1)!.file).toBe(join(tmp, 'missing.txt'));
  });
});
