import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../support/cli';
import { officialLayout } from '../../src/core';
import { annotatedXlsx } from '../../src/io/export';
import { REPORT_TEMPLATES } from '../../src/templates';
import { auditTables } from '../support/pipeline';
import { importText } from '../../src/io';
import { editSample, sampleText } from '../support/youyang';

/** `--out DIR --format …`: the exports of each report and the batch summary, as the page makes them. */
const tmp = mkdtempSync(join(tmpdir(), 'gouji-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const wrongText = editSample({ 't3.ignored.2.natural': 15 }); // 16 → 15
const wrong = join(tmp, '酉阳-有误.txt');
const same = join(tmp, '酉阳-副本.txt');
const broken = join(tmp, '坏.pdf');
writeFileSync(wrong, wrongText);
writeFileSync(same, sampleText());
copyFileSync(new URL('../fixtures/pdf/broken.pdf', import.meta.url), broken);


const xlsxDir = join(tmp, 'xlsx');
const csvDir = join(tmp, 'csv');
const runs = {
  xlsx: cli(['--out', xlsxDir, wrong, same, broken]),
  csv: cli(['--out', csvDir, '--format', 'csv', wrong]),
  bad: cli(['--out', join(tmp, 'x'), '--format', 'docx', wrong]),
};

describe('--out', { timeout: 60_000 }, () => {
  it('writes one workbook per report read, named from unit and year and numbered when two collide, and the batch summary', async () => {
    expect((await runs.xlsx).status).toBe(1);
    expect(readdirSync(xlsxDir).sort()).toEqual(
      ['审核汇总.csv', '审核汇总.xlsx', '酉阳土家族苗族自治县-2021-审核意见(2).xlsx', '酉阳土家族苗族自治县-2021-审核意见.xlsx'].sort(),
    );
    const summary = readFileSync(join(xlsxDir, '审核汇总.csv'), 'utf8');
    expect(summary).toContain('需退回修改');
    expect(summary).toContain('通过');
    expect(summary).toContain('无法读取');
  });

  it('the workbook is the one the page exports for the same file: same sheets, same cells, fills and comments', async () => {
    await runs.xlsx;
    const fromCli = new ExcelJS.Workbook();
    await fromCli.xlsx.load(readFileSync(join(xlsxDir, '酉阳土家族苗族自治县-2021-审核意见.xlsx')) as unknown as ArrayBuffer);
    // the page builds it with the same function from the same audit (its worker reads the file as the CLI does)
    const pageResult = auditTables(importText(wrongText).tables);
    const fromPage = new ExcelJS.Workbook();
    await fromPage.xlsx.load((await annotatedXlsx(pageResult, { fileName: '酉阳-有误.txt' })) as unknown as ArrayBuffer);
    expect(fromCli.worksheets.map((w) => w.name)).toEqual(fromPage.worksheets.map((w) => w.name));
    const template = REPORT_TEMPLATES.find((t) => t.id === pageResult.templateId)!;
    const layout = officialLayout(template, 't3', 'zh', new Set(pageResult.raw.keys()));
    const sheet = (wb: ExcelJS.Workbook) => wb.getWorksheet('依申请公开情况表')!;
    const pos = layout.keyPos.get('t3.ignored.2.natural')!;
    for (const wb of [fromCli, fromPage]) {
      const cell = sheet(wb).getCell(pos.row + 2, pos.col + 1);
      expect(cell.value).toBe(15);
      expect(cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined).toMatch(/^FF/);
    }
    // every cell of the annotated sheet, value, fill and comment, is the same
    sheet(fromCli).eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const other = sheet(fromPage).getCell(r, c);
        expect([r, c, cell.value, JSON.stringify(cell.fill), JSON.stringify(cell.note)]).toEqual([r, c, other.value, JSON.stringify(other.fill), JSON.stringify(other.note)]);
      }),
    );
  });

  it('--format csv writes the findings as CSV', async () => {
    await runs.csv;
    const files = readdirSync(csvDir).sort();
    expect(files).toContain('酉阳土家族苗族自治县-2021-审核结果.csv');
    const csv = readFileSync(join(csvDir, '酉阳土家族苗族自治县-2021-审核结果.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('不予处理·2.重复申请·自然人');
  });

  it('an unknown format is a usage error', async () => {
    const r = await runs.bad;
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format');
  });
});

describe('npm start (the README\'s first command, after the build)', { timeout: 60_000 }, () => {
  it('audits the bundled sample and says where the page is', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['src/cli/launch.mjs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GOUJI_CLI_ENTRY: 'start' } });
    expect(r.stdout).toContain('审核示例报告');
    expect(r.stdout).toContain('src/samples/youyang-2021.txt  【通过】');
    expect(r.stdout).toContain('共 1 个文件：通过 1 个。');
    expect(r.stdout + r.stderr).toMatch(/dist\/index\.html/);
    expect(r.status).toBe(0);
  });
});
