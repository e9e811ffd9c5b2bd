import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, ROOT, type PageLog } from './support/browser';

/**
 * The same file through the page and through the CLI gives the same findings and the same annotated
 * workbook (issue 9): the page writes it in its worker, the CLI with `--out`, both with annotatedXlsx.
 */
const FILE = resolve(ROOT, 'src/samples/youyang-2021-one-error.txt');
const tmp = mkdtempSync(join(tmpdir(), 'gouji-same-'));
let browser: Browser;
let page: Page;
const log: PageLog = { requests: [], errors: [] };

beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page = await openApp(context, log);
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function fromPage(p: Page): Promise<Buffer> {
  await p.locator('input[data-open-file]').setInputFiles(FILE);
  await expect.poll(() => p.locator('footer.status [data-verdict]').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('fail');
  await p.locator('button[aria-haspopup="menu"]').click();
  const [dl] = await Promise.all([p.waitForEvent('download'), p.locator('[data-export="xlsx"]').click()]);
  return readFileSync((await dl.path())!);
}

function fromCli(): Buffer {
  const out = join(tmp, 'out');
  const r = spawnSync(process.execPath, ['src/cli/launch.mjs', '--out', out, FILE], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(1); // the sample with one error is to be returned
  return readFileSync(join(out, '酉阳土家族苗族自治县-2021-审核意见.xlsx'));
}

/** Every cell of every sheet: value, fill, comment (the 概况 sheet's date aside). */
function cells(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row, r) =>
      row.eachCell((c, col) => {
        const value = typeof c.value === 'string' ? c.value.replace(/\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}/g, '<date>') : c.value;
        out.push(JSON.stringify([ws.name, r, col, value, c.fill ?? null, c.note ?? null]));
      }),
    );
  }
  return out;
}

describe('the page and the CLI export the same workbook for the same file', { timeout: 60_000 }, () => {
  it('same sheets, same cells, same fills and comments, same 审核意见 rows', async () => {
    const [pageBytes, cliBytes] = [await fromPage(page), fromCli()];
    const a = new ExcelJS.Workbook();
    const b = new ExcelJS.Workbook();
    await a.xlsx.load(pageBytes as unknown as ArrayBuffer);
    await b.xlsx.load(cliBytes as unknown as ArrayBuffer);
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    const [ca, cb] = [cells(a), cells(b)];
    expect(ca.length).toBeGreaterThan(300);
    expect(ca).toEqual(cb);
    // and the finding is there: the swapped digits of （一）予以公开·自然人
    expect(ca.join('\n')).toContain('予以公开');
    expect(log.requests).toEqual([]);
  });
});
