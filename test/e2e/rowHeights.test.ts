import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, type PageLog } from './support/browser';

/**
 * Opening a report again draws its table with the row heights measured for it last time, without
 * measuring every row first (src/ui/grid/rowHeights.ts); the grid checks them once the page shows
 * it, and measures as before where they do not hold. Either way the rows are those measuring gives:
 * the same heights, the label pane in line with the values.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };
const REMEMBERED = 'gouji:row-heights';

interface Rows {
  /** AutoRowSize's heights (what the grid was given, or measured) */
  internal: number[];
  /** each drawn row of the main pane and of the fixed label columns (px) */
  master: number[];
  labels: number[];
  how: string | undefined;
}

async function rows(p: Page): Promise<Rows> {
  return p.evaluate(() => {
    const hot = (window as unknown as { __goujiHot: { countRows(): number; getRowHeight(r: number): number; rootElement: HTMLElement } }).__goujiHot;
    const drawn = (pane: string) => Array.from(hot.rootElement.querySelector<HTMLTableSectionElement>(`${pane} .htCore tbody`)?.rows ?? [], (tr) => tr.offsetHeight);
    return {
      internal: Array.from({ length: hot.countRows() }, (_, r) => hot.getRowHeight(r)),
      master: drawn('.ht_master'),
      labels: drawn('.ht_clone_inline_start'),
      how: window.__goujiRowHeights,
    };
  });
}

/** Opens the page again and waits until the grid has checked the heights it was given (or measured). */
async function reopen(p: Page): Promise<Rows> {
  await p.reload();
  await p.waitForSelector('.ht_master td[data-key]');
  await p.waitForFunction(() => window.__goujiRowHeights !== 'given');
  return rows(p);
}

/** The label pane's rows stand level with the values' (the header rows aside: merged over the label columns). */
function inLine(r: Rows): void {
  expect(r.labels.length).toBe(r.master.length);
  expect(r.labels.slice(3)).toEqual(r.master.slice(3));
}

let measured: Rows;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await openApp(context, log);
  await page.getByRole('button', { name: '先看一份示例报告' }).click();
  await page.waitForSelector('.ht_master td[data-key="t3.new.natural"]');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, REMEMBERED);
  measured = await rows(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('row heights at opening', () => {
  it('a report opened again is drawn with the heights measured last time, exactly as measuring draws it', async () => {
    // the sample's table 3 has wrapped labels: rows of several heights
    expect(new Set(measured.internal).size).toBeGreaterThan(2);
    inLine(measured);
    const again = await reopen(page);
    expect(again.how).toBe('given, checked');
    expect(again.internal).toEqual(measured.internal);
    expect(again.master).toEqual(measured.master);
    inLine(again);
  });

  it('heights that no longer hold (another font: rows drawn otherwise) are measured again', async () => {
    await page.evaluate((key) => {
      const list = JSON.parse(localStorage.getItem(key)!) as Array<{ heights: number[] }>;
      // what a machine whose labels wrap less would have measured: every row one line high
      list[0].heights = list[0].heights.map(() => 23);
      localStorage.setItem(key, JSON.stringify(list));
    }, REMEMBERED);
    const again = await reopen(page);
    expect(again.how).toBe('given, measured again');
    expect(again.internal).toEqual(measured.internal);
    expect(again.master).toEqual(measured.master);
    inLine(again);
    // and what was measured is remembered: the next opening takes it
    await page.waitForTimeout(100);
    expect((await reopen(page)).how).toBe('given, checked');
  });

  it('an edited table is remembered with its new text; another table loaded after opening is measured', async () => {
    await page.locator('.ht_master td[data-key="t3.new.natural"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('61');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ht_master td[data-key="t3.new.natural"]').innerText()).toBe('61');
    await page.waitForTimeout(100);
    const again = await reopen(page);
    expect(again.how).toBe('given, checked');
    expect(again.master).toEqual(measured.master);
    // table 4 was never measured on this page: it is measured as it loads, its rows in line
    await page.getByRole('tab', { name: /复议诉讼/ }).click();
    await page.waitForSelector('.ht_master td[data-key^="t4."]');
    const t4 = await rows(page);
    expect(t4.internal.length).not.toBe(measured.internal.length);
    expect(t4.labels.length === 0 || t4.labels.length === t4.master.length).toBe(true);
    await page.getByRole('tab', { name: /依申请公开/ }).click();
    await page.waitForSelector('.ht_master td[data-key="t3.new.natural"]');
    inLine(await rows(page));
  });

  it('no heights kept (storage cleared): the rows are measured, as before', async () => {
    await page.evaluate((key) => localStorage.removeItem(key), REMEMBERED);
    const again = await reopen(page);
    expect(again.how).toBe('measured');
    expect(again.master).toEqual(measured.master);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
  });
});
