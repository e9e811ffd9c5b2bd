import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/io';
import { launch, openApp, paste, ROOT, screenshot, type PageLog } from './support/browser';

/**
 * The page's verdict: green only for a report read in full with nothing failing. A table pasted
 * alone is `未完整识别`, never an all-clear. A document saved by an older page reopens.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };
const sample = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8');

const verdict = (p: Page) => p.locator('footer.status [data-verdict]');
/** The verdict's text colour as the reader sees it: green means g clearly above r and b. */
async function isGreen(p: Page): Promise<boolean> {
  const rgb = await verdict(p).evaluate((el) => getComputedStyle(el).color);
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return g > r + 30 && g > b + 10;
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await openApp(context, log);
});

afterAll(async () => {
  await browser?.close();
});

describe('the verdict in the status line', () => {
  it('the sample: 通过, 200/200 cells, in green', async () => {
    await page.getByRole('button', { name: '先看一份示例报告' }).click();
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('pass');
    expect(await verdict(page).innerText()).toContain('通过');
    expect(await page.locator('footer.status').innerText()).toContain('200/200');
    expect(await isGreen(page)).toBe(true);
  });

  it('Ctrl+P prints the 审核意见书 of the report, not the page', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+P');
    await expect.poll(() => page.locator('iframe#gouji-print').count()).toBe(1);
    const letter = (await page.locator('iframe#gouji-print').getAttribute('srcdoc')) ?? '';
    expect(letter).toContain('审核意见书');
    expect(letter).toContain('酉阳');
    // Headless Chromium prints at once, with no dialog: a paste dispatched while the frame is still
    // printing is not seen by the page (a user cannot paste behind the print dialog). Wait for it.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('gouji:printed').length)).toBe(1);
  });

  it('table 3 pasted alone: 未完整识别, the missing tables named, not green', async () => {
    const t3 = sample.split('\n').slice(61, 347).join('\n');
    await paste(page, { text: t3 });
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('incomplete');
    const status = await page.locator('footer.status').innerText();
    expect(status).toContain('未完整识别');
    expect(status).toMatch(/未读到：.*主动公开/);
    expect(await isGreen(page)).toBe(false);
    await screenshot(page, 'verdict-incomplete.png');
  });

  it('a wrong cell: 需退回修改, one problem counted once', async () => {
    const wrong = sample.replace('\t16\n', '\t15\n'); // 不予处理·2.重复申请·自然人 16 → 15
    await paste(page, { text: wrong });
    await expect.poll(() => verdict(page).getAttribute('data-verdict')).toBe('fail');
    expect(await page.locator('footer.status').innerText()).toContain('1 处错误');
    expect(await isGreen(page)).toBe(false);
  });
});

describe('a document saved by the previous page (version 1) reopens', () => {
  it('is read again with its edits, not set aside', async () => {
    const tables = importText(sample).tables;
    await page.evaluate(async (tables) => {
      // the version-1 shape: the input tables, edits, and a recognition cached in the old form
      const doc = {
        version: 1,
        source: { kind: 'paste', name: '旧版保存的表格', at: '2025-01-01T00:00:00.000Z' },
        tables,
        narrative: [],
        issues: [],
        templateOverride: null,
        edits: { 't3.new.natural': '61' },
        recognition: { build: 'old', override: null, templateId: 'gov-disclosure-2021', raw: {}, locations: {}, notes: [], unplaced: [], tables: [] },
      };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gouji');
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          tx.objectStore('state').put({ doc, lang: 'zh', activeTab: 't3' }, 'workspace');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    }, tables);
    await page.reload();
    await expect.poll(() => verdict(page).getAttribute('data-verdict'), { timeout: 10_000 }).not.toBeNull();
    const status = await page.locator('footer.status').innerText();
    expect(status).toContain('旧版保存的表格');
    expect(status).not.toContain('无法恢复');
    await expect.poll(() => page.locator('.ht_master td[data-key="t3.new.natural"]').first().innerText()).toContain('61');
    expect(log.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
