import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { editLine, editSample, sampleText } from '../support/youyang';

/**
 * `--previous FILE`, and reports of one unit for consecutive years pairing themselves in one audit.
 * Last year's report is the 酉阳 sample retitled 2020, with 5 requests of natural persons carried
 * forward (2021 says 8 were carried over) and 71 行政规范性文件 in force (71 + 8 − 10 = 69: consistent).
 */
const dir = mkdtempSync(join(tmpdir(), 'gouji-previous-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lastYearText = editLine(
  editLine(
    editSample({ 't3.forward.natural': 5, 't3.forward.total': 5 }).replaceAll('2021年', '2020年'),
    1,
    '酉阳土家族苗族自治县2020年政府信息公开工作年度报告',
    '酉阳土家族苗族自治县人民政府2020年政府信息公开工作年度报告',
  ),
  32,
  '\t69',
  '\t71',
);
const LAST = join(dir, 'youyang-2020.txt');
const THIS = join(dir, 'youyang-2021.txt');
writeFileSync(LAST, lastYearText);
writeFileSync(THIS, sampleText());

type Doc = { files: Array<{ file: string; report?: { unit: string | null; year: number | null }; findings: Array<{ rule: string; message: string; cells: string[] }> }> };
const previousOf = (doc: Doc, file: string) => doc.files.find((f) => f.file === file)!.findings.filter((f) => f.rule.startsWith('previous.'));

describe('--previous FILE', () => {
  it('names last year\'s value where the chain breaks', async () => {
    const r = await cli(['--json', '--previous', LAST, THIS]);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.files.map((f) => f.file)).toEqual([THIS]);
    expect(doc.files[0].report).toEqual({ unit: '酉阳土家族苗族自治县', year: 2021 });
    const found = previousOf(doc, THIS);
    expect(found.map((f) => [f.rule, f.cells])).toEqual([
      ['previous.carried.natural', ['t3.carried.natural']],
      ['previous.carried.total', ['t3.carried.total']],
    ]);
    expect(found[0].message).toBe('上年结转·自然人 为 8 件，上年报告“结转下年度继续办理”为 5 件（差 +3）');
    // warnings only: the sample still passes
    expect(r.status).toBe(0);
  });

  it('the readable report shows last year\'s value too', async () => {
    const r = await cli(['--previous', LAST, THIS]);
    expect(r.stdout).toContain('上年报告“结转下年度继续办理”为 5 件');
  });

  it('without a file after it is bad usage (exit 2, the usage names --previous)', async () => {
    const r = await cli(['--previous']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--previous 后面应给出上年报告的文件路径');
    expect(r.stderr).toContain('--previous 上年报告');
  });
});

describe('a folder audit pairs consecutive years of one unit (酉阳土家族苗族自治县人民政府 = 酉阳土家族苗族自治县)', () => {
  it('2021 is compared with 2020; 2020 has no previous year here', async () => {
    const doc = JSON.parse((await cli(['--json', dir])).stdout) as Doc;
    expect(doc.files.map((f) => f.report)).toEqual([
      { unit: '酉阳土家族苗族自治县人民政府', year: 2020 },
      { unit: '酉阳土家族苗族自治县', year: 2021 },
    ]);
    expect(previousOf(doc, LAST)).toEqual([]);
    expect(previousOf(doc, THIS).map((f) => f.rule)).toEqual(['previous.carried.natural', 'previous.carried.total']);
  });
});
