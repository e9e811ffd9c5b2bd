import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, markedKeys, openApp, paste, ROOT, screenshot, type PageLog } from './support/browser';

/**
 * Files read in the built page's worker, from file://, under the page's own CSP: the 淮安 2024 PDF,
 * the blank 2021 template as .docx, the same report's table 3 pasted as a PDF reader gives it
 * (`pdftotext -layout`), and a PDF whose download was cut short. Values checked in the grid are the
 * hand transcription in test/fixtures/corpus-expected/huaian-2024.json, read from the PDF's pages.
 */
const expected = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/corpus-expected/huaian-2024.json'), 'utf8')) as { values: Record<string, number> };
const HUAIAN_PDF = resolve(ROOT, 'test/fixtures/pdf/huaian-2024.pdf');
const BLANK_DOCX = resolve(ROOT, 'test/fixtures/docx/template-2021-blank.docx');
const PASTED_T3 = readFileSync(resolve(ROOT, 'test/fixtures/e2e/huaian-2024-table3.pdftotext-layout.txt'), 'utf8');
/** table 3 cells to look at: first row, a deep result row, the totals, carried forward */
const T3_KEYS = ['t3.new.natural', 't3.new.total', 't3.granted.legal', 't3.denied.8.natural', 't3.unable.1.total', 't3.other.3.natural', 't3.total.total', 't3.forward.total'];
/** Table 3 of the 2021 format: 25 rows of 7 columns. */
const T3_CELLS = 25 * 7;

let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };
const timings: Record<string, number> = {};

const verdict = (p: Page) => p.locator('footer.status [data-verdict]');
const status = async (p: Page) => (await p.locator('footer.status').innerText()).replace(/\s+/g, ' ');
const cell = (p: Page, key: string) => p.locator(`.ht_master td[data-key="${key}"]`).innerText();
/** How a count is shown in the grid (thousands separators, if the grid adds them, removed). */
const shown = (text: string) => text.replace(/[,\s]/g, '');

/**
 * Opens a file through the file input; resolves when the status line names it. Records the time the
 * worker took (request to answer, from the page's `gouji:read` measure) and the time until shown.
 */
async function openFile(p: Page, file: string, label: string): Promise<void> {
  const name = file.split('/').pop()!;
  const t0 = Date.now();
  await p.locator('input[data-open-file]').setInputFiles(file);
  await p.waitForFunction((n) => document.querySelector('footer.status .src')?.textContent?.includes(n), name, { timeout: 45_000 });
  timings[`${label}Shown`] = Date.now() - t0;
  const reads = await p.evaluate(() => performance.getEntriesByName('gouji:read read').map((m) => Math.round(m.duration)));
  timings[`${label}Worker`] = reads[reads.length - 1];
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 1800 } });
  // CSP violations in the page, as events (the console is checked too)
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await openApp(context, log);
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && log.errors.push(`worker: ${m.text()}`)));
});

afterAll(async () => {
  if (Object.keys(timings).length) console.log('readers.test timings (ms):', JSON.stringify(timings));
  await browser?.close();
});

describe('files read in the worker of the built page', () => {
  it('starts no worker and parses no reader when the page opens', async () => {
    await expect.poll(() => page.getByRole('heading', { name: '把年报表格粘贴到这里' }).isVisible()).toBe(true);
    expect(page.workers()).toHaveLength(0);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)] as const));
    expect(marks.map(([n]) => n)).not.toContain('gouji:worker-start');
    timings.mounted = marks.find(([n]) => n === 'gouji:mounted')?.[1] ?? -1;
    // the worker's code is in the page, but as inert text, not as script
    expect(await page.locator('script#gouji-worker').getAttribute('type')).toBe('text/plain');
  });

  it('a PDF report: the 2021 format, table 3 shown, every cell read, with the values printed in the PDF', async () => {
    await openFile(page, HUAIAN_PDF, 'pdfCold');
    expect(page.workers()).toHaveLength(1);
    const mark = (n: string) => page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN, n);
    timings.workerUnpack = Math.round((await mark('gouji:worker-unpacked')) - (await mark('gouji:worker-start')));
    timings.workerStart = Math.round((await mark('gouji:worker-ready')) - (await mark('gouji:worker-start')));
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('pass');
    const line = await status(page);
    expect(line).toContain('2021 格式');
    expect(line).toContain('200/200');
    expect(line).toContain('0 处错误');
    await expect(page.getByRole('tab', { name: /依申请公开情况表/ }).getAttribute('aria-selected')).resolves.toBe('true');
    for (const key of T3_KEYS) expect(shown(await cell(page, key)), key).toBe(String(expected.values[key]));
    expect(await markedKeys(page, 'td.m-error')).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'readers-1-pdf.png');
    await page.setViewportSize({ width: 1440, height: 1800 });
  });

  it('reads the same PDF again in the same worker (warm)', async () => {
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('button', { name: '清空' }).click();
    await expect.poll(() => page.locator('footer.status [data-verdict]').count()).toBe(0);
    await openFile(page, HUAIAN_PDF, 'pdfWarm');
    expect(page.workers()).toHaveLength(1);
    expect(shown(await cell(page, 't3.total.total'))).toBe(String(expected.values['t3.total.total']));
  });

  it('a .docx: the blank 2021 template is 空白表', async () => {
    await openFile(page, BLANK_DOCX, 'docx');
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('blank');
    expect(await verdict(page).innerText()).toContain('空白表');
    expect(await status(page)).toContain('2021 格式');
    expect(page.workers()).toHaveLength(1);
  });

  it('table 3 pasted as a PDF reader gives it (pdftotext -layout): read in the worker, every cell of table 3', async () => {
    const before = await page.evaluate(() => performance.getEntriesByName('gouji:read paste').length);
    await paste(page, { text: PASTED_T3 });
    await expect.poll(() => status(page)).toContain('粘贴的表格');
    // the paste was read in the worker (the page measures each answer it gets from there)
    expect(await page.evaluate(() => performance.getEntriesByName('gouji:read paste').length)).toBe(before + 1);
    const line = await status(page);
    expect(line).toContain('2021 格式');
    // only table 3 was pasted: all its cells and nothing else, so the report is incomplete
    expect(line).toMatch(new RegExp(`\\b${T3_CELLS}/\\d+`));
    expect(await verdict(page).getAttribute('data-verdict')).toBe('incomplete');
    for (const key of T3_KEYS) expect(shown(await cell(page, key)), key).toBe(String(expected.values[key]));
    expect(await markedKeys(page, 'td.m-error')).toEqual([]);
  });

  it('a PDF cut short: a Chinese message naming the file, and the open document stays', async () => {
    const cut = { name: '淮安年报（下载中断）.pdf', mimeType: 'application/pdf', buffer: readFileSync(HUAIAN_PDF).subarray(0, 100_000) };
    await page.locator('input[data-open-file]').setInputFiles(cut);
    const alert = page.locator('.toast[role=alert]');
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    const text = await alert.innerText();
    expect(text).toContain(cut.name);
    expect(text).toMatch(/无法读取.*损坏/);
    expect(await status(page)).toContain('粘贴的表格');
    expect(shown(await cell(page, 't3.new.natural'))).toBe(String(expected.values['t3.new.natural']));
  });

  it('fetched nothing, and the CSP blocked nothing', async () => {
    // the built page's CSP: workers from blob: only, and still no network source of any kind
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('worker-src blob:');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|\*|'self'/);
    expect(log.requests).toEqual([]);
    expect(log.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
