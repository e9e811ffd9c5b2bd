import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { FILE_FORMATS, READ_EXTENSIONS } from '../../src/io';
import { editSample, sampleText } from '../support/youyang';

/** Each verdict of keys.md in the command line: the text report, the JSON and the exit status. */


const tmp = mkdtempSync(join(tmpdir(), 'gouji-verdicts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const lines = sampleText().split('\n');
const file = (name: string, content: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const pass = file('pass.txt', sampleText());
const fail = file('fail.txt', editSample({ 't3.ignored.2.natural': 15 }));
const incomplete = file('incomplete.txt', lines.slice(61, 347).join('\n'));
const blank = file('blank.txt', sampleText().replace(/^(\t)\d+(\.\d+)?$/gm, '$1'));
const notReport = file('budget.csv', '项目,预算数\n基本支出,120.5\n合计,120.5\n');
const unreadable = file('junk.xlsx', 'not a workbook at all');
const all = [pass, fail, incomplete, blank, notReport, unreadable];

const runs = {
  json: cli(['--json', ...all]),
  text: cli(all),
  passOnly: cli([pass]),
  incompleteOnly: cli(['--json', incomplete]),
};

describe('verdicts in the CLI', { timeout: 60_000 }, () => {
  it('JSON: each file carries its verdict and cells recognised of expected', async () => {
    const out = JSON.parse((await runs.json).stdout) as { files: Array<{ verdict: string; cells: { recognised: number; expected: number } }> };
    expect(out.files.map((f) => f.verdict)).toEqual(['pass', 'fail', 'incomplete', 'blank', 'not-report', 'unreadable']);
    expect(out.files[0].cells).toEqual({ recognised: 200, expected: 200 });
    expect(out.files[2].cells.recognised).toBeLessThan(out.files[2].cells.expected);
    expect((await runs.json).status).toBe(1);
  });

  it('compact JSON unless --pretty', async () => {
    expect((await runs.json).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exit 0 only when every report passed; a report not fully read exits 1', async () => {
    expect((await runs.passOnly).status).toBe(0);
    expect((await runs.incompleteOnly).status).toBe(1);
  });

  it('the text report says each verdict, counts them, and names cells by label, never by key', async () => {
    const { stdout } = await runs.text;
    for (const v of ['通过', '需退回修改', '未完整识别', '空白表', '非年报表格', '无法读取']) expect(stdout).toContain(`【${v}】`);
    expect(stdout).toContain('共 6 个文件：通过 1 个，需退回修改 1 个，未完整识别 1 个，空白表 1 个，非年报表格 1 个，无法读取 1 个。');
    expect(stdout).toContain('疑似 不予处理·2.重复申请·自然人 有误，应为 16');
    expect(stdout).not.toMatch(/\bt[234]\.[a-z_]+\.[a-z0-9_.]+/);
    // a shortened sum keeps its non-zero terms: （七）总计·自然人 sums 24 + … + 1 (3.其他) with 15 (重复申请) inside
    const line = stdout.split('\n').find((l) => l.includes('（七）总计·自然人'))!;
    expect(line).toMatch(/≠ 24\+.*\+15\+.*\+1\+0 = 67，差 \+1/);
    expect(stdout).toContain('未读到：');
  });
});

describe('a folder holds one file of each registered extension', { timeout: 60_000 }, () => {
  const dir = join(tmp, 'every');
  mkdirSync(dir);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['项目', '数量'], ['甲', 1], ['合计', 1]]), 'S1');
  for (const ext of READ_EXTENSIONS) {
    const p = join(dir, `r.${ext}`);
    const format = FILE_FORMATS.find((f) => f.extensions.includes(ext))!.id;
    if (format === 'text') writeFileSync(p, sampleText());
    else if (format === 'html') writeFileSync(p, readFileSync(new URL('../fixtures/shanghai-govoffice-2019.html', import.meta.url)));
    else if (format === 'csv') writeFileSync(p, '项目,数量\n甲,1\n合计,1\n');
    else if (format === 'pdf') copyFileSync(new URL('../fixtures/pdf/huaian-2024.pdf', import.meta.url), p);
    else if (format === 'docx') copyFileSync(new URL('../fixtures/docx/template-2021-blank.docx', import.meta.url), p);
    else {
      const type = ext === 'xls' || ext === 'et' ? 'biff8' : ext === 'ods' ? 'ods' : ext === 'xlsb' ? 'xlsb' : 'xlsx';
      writeFileSync(p, XLSX.write(book, { type: 'buffer', bookType: type as XLSX.BookType }) as Buffer);
    }
  }
  writeFileSync(join(dir, 'notes.doc.bak'), 'skip me');
  const run = cli(['--json', dir]);

  it('every registered extension is audited (.tsv and .htm included), other files are skipped', async () => {
    const out = JSON.parse((await run).stdout) as { files: Array<{ file: string; template: string | null; errors: string[] }> };
    const exts = out.files.map((f) => f.file.split('.').pop());
    expect(new Set(exts)).toEqual(new Set(READ_EXTENSIONS));
    expect(exts).toContain('tsv');
    expect(exts).toContain('htm');
    for (const f of out.files) expect(f.template, `${f.file}: ${f.errors.join('')}`).not.toBeNull();
  });
});
