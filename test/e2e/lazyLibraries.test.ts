import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, paste, type PageLog } from './support/browser';

/**
 * mathjs and htmlparser2 are carried outside the page's first script (vite.config.ts lazyModules)
 * and run from their inert text the first time they are needed: opening and auditing a report
 * parses neither; when one is needed it runs under the page's CSP, on this thread, at once.
 */
let browser: Browser;
let page: Page;
const log: PageLog = { requests: [], errors: [] };
const ROOT = resolve(import.meta.dirname, '../..');
type Win = {
  __goujiMathjs?: unknown;
  __goujiHtmlparser2?: unknown;
  __goujiMakeMath?: () => { parse(s: string): { compile(): { evaluate(scope?: object): unknown } } };
};
const wordTable = () => readFileSync(resolve(ROOT, 'test/fixtures/word-clipboard-table3.html'), 'utf8');
const statusText = async (p: Page) => (await p.locator('footer.status').innerText()).replace(/\s+/g, ' ');
const ran = (p: Page) => p.evaluate(() => ({ mathjs: typeof (window as unknown as Win).__goujiMathjs, htmlparser2: typeof (window as unknown as Win).__goujiHtmlparser2 }));

beforeAll(async () => {
  browser = await launch();
  page = await openApp(await browser.newContext({ viewport: { width: 1440, height: 900 } }), log);
});
afterAll(async () => {
  await browser?.close();
});

describe('libraries run only when needed', () => {
  it('are not in the page script, and neither opening nor auditing a report (a wrong cell, a reload) runs them', async () => {
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => ({ id: s.id, type: s.type, mathjs: (s.textContent ?? '').includes('Parenthesis ) expected'), htmlparser2: (s.textContent ?? '').includes('recognizeSelfClosing') })),
    );
    expect(scripts.filter((s) => s.mathjs).map((s) => [s.id, s.type])).toEqual([['gouji-mathjs', 'text/plain']]);
    // (the worker's text is compressed: only the page's own copy can be seen)
    expect(scripts.filter((s) => s.htmlparser2).map((s) => [s.id, s.type])).toEqual([['gouji-htmlparser2', 'text/plain']]);
    await page.getByRole('button', { name: '示例：含一处错误' }).first().click();
    await page.waitForSelector('.ht_master td.r-suspect[data-key="t3.granted.natural"]');
    await page.reload();
    await page.waitForSelector('.ht_master td.r-suspect[data-key="t3.granted.natural"]');
    expect(await ran(page)).toEqual({ mathjs: 'undefined', htmlparser2: 'undefined' });
  });

  it('a paste of a Word table is read in the worker: htmlparser2 is not run in the page', async () => {
    await page.locator('.toolbar h1').click();
    await paste(page, { html: wordTable(), text: 'ignored plain text' });
    await expect.poll(() => statusText(page)).toMatch(/175\/200 个单元格/);
    expect((await ran(page)).htmlparser2).toBe('undefined');
  });

  it('where the browser refuses the worker, the paste is read in the page at once: htmlparser2 runs from its text', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      // (a class: a named function would carry the test's own build helpers into the page)
      (window as unknown as { Worker: unknown }).Worker = class {
        constructor() {
          throw new Error('workers refused here');
        }
      };
    });
    const own: PageLog = { requests: [], errors: [] };
    const p = await openApp(context, own);
    await p.locator('.toolbar h1').click();
    await paste(p, { html: wordTable(), text: 'ignored plain text' });
    await expect.poll(() => statusText(p)).toMatch(/175\/200 个单元格/);
    expect(await ran(p)).toEqual({ mathjs: 'undefined', htmlparser2: 'object' });
    expect(own.requests).toEqual([]);
    expect(own.errors.filter((e) => !e.includes('workers refused here'))).toEqual([]);
    await context.close();
  });

  it('mathjs runs from its text when asked, and parses and evaluates a rule', async () => {
    const value = await page.evaluate(() => (window as unknown as Win).__goujiMakeMath!().parse('2 + 3 * 4 == 14 and abs(-2) == 2').compile().evaluate({}));
    expect(value).toBe(true);
    expect((await ran(page)).mathjs).toBe('object');
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
  });
});
