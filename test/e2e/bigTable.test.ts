import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, paste, screenshot, type PageLog } from './support/browser';

/**
 * A big table (issue 10, point 7): read and audited in the page's worker, never on its main thread;
 * its edits checked there too; the status line says what it is; a reload brings it back with its edits.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };

/** 1,900 units × 11 columns of figures under a header row, then a 合计 row whose 列3 is 5 too high: 22,824 cells. */
function bigTable(): { text: string; wrongTotal: number; rightTotal: number } {
  const header = ['单位', ...Array.from({ length: 11 }, (_, c) => `列${c + 1}`)];
  const rows: string[][] = [header];
  const sums = Array(11).fill(0);
  for (let r = 0; r < 1900; r++) {
    const values = Array.from({ length: 11 }, (_, c) => (r * 7 + c * 13) % 100);
    values.forEach((v, c) => (sums[c] += v));
    rows.push([`单位${r + 1}`, ...values.map(String)]);
  }
  const total = sums.map((s, c) => (c === 2 ? s + 5 : s));
  rows.push(['合计', ...total.map(String)]);
  return { text: rows.map((r) => r.join('\t')).join('\n'), wrongTotal: sums[2] + 5, rightTotal: sums[2] };
}

const statusText = async () => (await page.locator('footer.status').innerText()).replace(/\s+/g, ' ');
const cards = () => page.locator('.findings > ul > li').count();

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await openApp(context, log);
});

afterAll(async () => {
  await browser?.close();
});

describe('a big table', () => {
  const { text, wrongTotal, rightTotal } = bigTable();

  it('is audited in the worker: its size in the status line, the wrong total as one card', async () => {
    // every text the status line and the findings panel show, as they change
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const note = () => seen.push(`${document.querySelector('footer.status')?.textContent ?? ''} | ${document.querySelector('.findings')?.textContent ?? ''}`);
      new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await paste(page, { text });
    await expect.poll(statusText).toContain('普通表格 1901 行 × 12 列');
    await expect.poll(statusText).toContain('非年报表格');
    await expect.poll(cards).toBe(1);
    const card = await page.locator('.findings').innerText();
    expect(card).toContain(String(wrongTotal));
    expect(card).toContain(String(rightTotal));
    // the page asked its worker for the audit (the measure the read client records for each answer)
    expect(await page.evaluate(() => performance.getEntriesByName('gouji:read plain').length)).toBeGreaterThan(0);
    // until its answer came, the page said it was checking, in the status line and the panel, and
    // gave no verdict on the new table: nothing said of its totals before they were checked
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const pending = seen.findIndex((x) => /正在审核…/.test(x.split(' | ')[0]) && /正在审核…/.test(x.split(' | ')[1]));
    const done = seen.findIndex((x) => /普通表格 1901 行/.test(x) && /非年报表格/.test(x));
    expect(pending).toBeGreaterThanOrEqual(0);
    expect(done).toBeGreaterThan(pending);
    expect(seen.slice(0, done).some((x) => /没有可审核的关系/.test(x))).toBe(false);
    await screenshot(page, 'big-table.png');
  });

  it('an edit that puts the total right is checked in the worker and the card goes', async () => {
    const before = await page.evaluate(() => performance.getEntriesByName('gouji:read plain').length);
    // 合计 is the grid's last row (the header row is drawn as column headers); 列3 is its fourth column
    await page.evaluate((v) => (window as unknown as { __goujiHot: { setDataAtCell(r: number, c: number, v: string): void } }).__goujiHot.setDataAtCell(1900, 3, v), String(rightTotal));
    await expect.poll(cards).toBe(0);
    expect(await page.evaluate(() => performance.getEntriesByName('gouji:read plain').length)).toBeGreaterThan(before);
  });

  it('exports its JSON whole: every number, the edit in it, the fixed total no longer a finding', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出/ }).click();
    await page.getByRole('menuitem', { name: /JSON/ }).click();
    const got = JSON.parse(readFileSync((await (await download).path())!, 'utf8')).files[0];
    expect(got.template).toBe('generic');
    expect(Object.keys(got.values)).toHaveLength(1901 * 11); // the figures of 1,900 units and the 合计 row
    expect(got.values['T1!D1902']).toBe(rightTotal);
    expect(got.locations['T1!D1902']).toEqual({ table: 1, row: 1902, col: 4 });
    expect(got.findings).toEqual([]);
  });

  it('is saved once; an edit saves only the small workspace record, not the table again', async () => {
    await page.waitForTimeout(300); // the save runs in a task of its own
    const saved = await page.evaluate(
      () =>
        new Promise<{ workspace: number; rows: number; edits: Record<string, string> }>((resolve, reject) => {
          const open = indexedDB.open('gouji');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const st = open.result.transaction('state', 'readonly').objectStore('state');
            const w = st.get('workspace');
            const t = st.get('tables');
            t.onsuccess = () => resolve({ workspace: JSON.stringify(w.result).length, rows: t.result.tables[0].rows.length, edits: w.result.doc.edits });
          };
        }),
    );
    expect(saved.rows).toBe(1902);
    expect(Object.keys(saved.edits)).toEqual(['T1!D1902']);
    expect(saved.workspace).toBeLessThan(10_000); // the 22,824 cells are not in it
  });

  it('comes back after a reload with its edit, audited again in the worker', async () => {
    await page.reload();
    await expect.poll(statusText).toContain('普通表格 1901 行 × 12 列');
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('gouji:read plain').length)).toBeGreaterThan(0);
    await expect.poll(statusText).toContain('非年报表格');
    expect(await cards()).toBe(0);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
  });
});
