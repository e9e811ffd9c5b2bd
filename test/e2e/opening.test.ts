import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, paste, type PageLog } from './support/browser';

/**
 * Opening fast (issue #10, point 8): the page's script runs before the browser has parsed the
 * reading worker's code, and a report's last session comes from its copy in localStorage at once.
 * The copy never wins over newer work in IndexedDB (another tab, an older gouji page).
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };
const COPY = 'gouji:opening';

async function statusText(p: Page): Promise<string> {
  return (await p.locator('footer.status').innerText()).replace(/\s+/g, ' ');
}

async function cellText(p: Page, key: string): Promise<string> {
  return p.locator(`.ht_master td[data-key="${key}"]`).first().innerText();
}

/**
 * The workspace record in IndexedDB (what persistence.ts writes) with other edits, saved later than it
 * was (`later` ms) or, as a gouji page from before the copy existed writes it, with no time on it.
 */
async function rewriteRecord(p: Page, change: { edits: Record<string, string>; later?: number }): Promise<void> {
  await p.evaluate(
    ({ edits, later }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gouji');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          const store = tx.objectStore('state');
          const get = store.get('workspace');
          get.onsuccess = () => {
            const record = get.result;
            record.doc.edits = edits;
            if (later === undefined) delete record.savedAt;
            else record.savedAt += later;
            store.put(record, 'workspace');
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    change,
  );
}

async function copy(p: Page): Promise<{ savedAt: number; doc: { edits: Record<string, string> } } | null> {
  return p.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), COPY);
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await openApp(context, log);
  await page.getByRole('button', { name: '先看一份示例报告' }).click();
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, COPY);
});

afterAll(async () => {
  await browser?.close();
});

describe('opening the page again', () => {
  it("draws the last report before the browser has even parsed the rest of the file (the worker's code)", async () => {
    await page.reload();
    await expect.poll(() => cellText(page, 't3.new.natural')).toBe('60');
    const at = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return { loaded: mark('gouji:loaded'), gridEnd: mark('gouji:grid-end'), parsed: nav.domInteractive };
    });
    // the session came from the copy (no waiting for IndexedDB) and the grid was built with it,
    // all while the document was still being parsed
    expect(at.loaded).toBeLessThan(at.parsed);
    expect(at.gridEnd).toBeLessThan(at.parsed);
    expect(await page.evaluate(() => window.__goujiGridConstructions)).toBe(1);
    expect(await statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
  });

  it('a newer record in IndexedDB wins over the copy: the page is opened again from the record', async () => {
    // another tab saved after this copy was made: its edit is in the record, not in the copy
    const before = await copy(page);
    await rewriteRecord(page, { edits: { 't3.new.natural': '61' }, later: 60_000 });
    expect((await copy(page))?.doc.edits).toEqual(before?.doc.edits);
    await page.reload();
    await expect.poll(() => cellText(page, 't3.new.natural'), { timeout: 15_000 }).toBe('61');
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    // and the copy follows the record again (it was dropped, then made from what was opened)
    await expect.poll(async () => (await copy(page))?.doc.edits).toEqual({ 't3.new.natural': '61' });
  });

  it('a record written by an older gouji page (no time on it) wins over the copy', async () => {
    await rewriteRecord(page, { edits: { 't3.new.natural': '62' } });
    await page.reload();
    await expect.poll(() => cellText(page, 't3.new.natural'), { timeout: 15_000 }).toBe('62');
  });

  it('a copy newer than the record (a save cut short by closing the page) stands, and is written to the record', async () => {
    // (the record of the older page has no copy until the page saves: an edit)
    await page.locator('.ht_master td[data-key="t3.new.research"]').click();
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await copy(page))?.doc.edits).toEqual({ 't3.new.natural': '62', 't3.new.research': '2' });
    await page.evaluate((key) => {
      const c = JSON.parse(localStorage.getItem(key)!);
      c.savedAt += 60000;
      c.doc.edits = { 't3.new.natural': '63' };
      localStorage.setItem(key, JSON.stringify(c));
    }, COPY);
    await page.reload();
    await expect.poll(() => cellText(page, 't3.new.natural')).toBe('63');
    // an edit saves the document: the record takes the copy's work
    await page.locator('.ht_master td[data-key="t3.new.commercial"]').click();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<Record<string, string>>((resolve) => {
              const open = indexedDB.open('gouji');
              open.onsuccess = () => {
                const get = open.result.transaction('state', 'readonly').objectStore('state').get('workspace');
                get.onsuccess = () => resolve(get.result.doc.edits);
              };
            }),
        ),
      )
      .toEqual({ 't3.new.natural': '63', 't3.new.commercial': '1' });
  });

  it('where localStorage is refused (a locked-down browser, or full), the page saves and reopens from IndexedDB alone', async () => {
    const locked = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await locked.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('storage refused', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
    });
    const lockedLog: PageLog = { requests: [], errors: [] };
    const p = await openApp(locked, lockedLog);
    await p.getByRole('button', { name: '先看一份示例报告' }).click();
    await expect.poll(() => statusText(p)).toMatch(/200\/200 个单元格 0 处错误/);
    await p.locator('.ht_master td[data-key="t3.new.commercial"]').click();
    await p.keyboard.type('5');
    await p.keyboard.press('Enter');
    await expect.poll(() => statusText(p)).toMatch(/[1-9] 处错误/);
    await p.waitForTimeout(300);
    await p.reload();
    await expect.poll(() => cellText(p, 't3.new.commercial')).toBe('5');
    await expect.poll(() => statusText(p)).toMatch(/[1-9] 处错误/);
    expect(lockedLog.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await locked.close();
  });

  it('a big table is not copied: it opens from IndexedDB', async () => {
    const rows = [['单位', '一月', '二月', '合计'], ...Array.from({ length: 6000 }, (_, i) => [`单位${i + 1}`, '1', '2', '3'])];
    await paste(page, { text: rows.map((r) => r.join('\t')).join('\n') });
    await expect.poll(() => statusText(page), { timeout: 20_000 }).toMatch(/普通表格 6000 行 × 4 列/);
    await expect.poll(() => copy(page)).toBeNull();
    await page.reload();
    await expect.poll(() => statusText(page), { timeout: 20_000 }).toMatch(/普通表格 6000 行 × 4 列/);
    expect(log.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
