import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, type PageLog } from './support/browser';

/**
 * mathjs is carried outside the page's first script (vite.config.ts lazyMathjs) and run from its
 * inert text the first time a rule needs it: opening and auditing reports never parses it, and when
 * it is needed it runs under the page's CSP, on this thread, at once.
 */
let browser: Browser;
let page: Page;
const log: PageLog = { requests: [], errors: [] };
type Win = { __goujiMathjs?: unknown; __goujiMakeMath?: () => { parse(s: string): { compile(): { evaluate(scope?: object): unknown } } } };

beforeAll(async () => {
  browser = await launch();
  page = await openApp(await browser.newContext({ viewport: { width: 1440, height: 900 } }), log);
});
afterAll(async () => {
  await browser?.close();
});

describe('mathjs, run only when needed', () => {
  it('is not in the page script, and neither opening nor auditing a report (a wrong cell, a reload) runs it', async () => {
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ id: s.id, type: s.type, mathjs: (s.textContent ?? '').includes('Parenthesis ) expected') })));
    expect(scripts.filter((s) => s.mathjs).map((s) => s.id)).toEqual(['gouji-mathjs']);
    expect(scripts.find((s) => s.id === 'gouji-mathjs')?.type).toBe('text/plain');
    await page.getByRole('button', { name: '示例：含一处错误' }).first().click();
    await page.waitForSelector('.ht_master td.r-suspect[data-key="t3.granted.natural"]');
    await page.reload();
    await page.waitForSelector('.ht_master td.r-suspect[data-key="t3.granted.natural"]');
    expect(await page.evaluate(() => typeof (window as unknown as Win).__goujiMathjs)).toBe('undefined');
  });

  it('runs from its text when asked, under the page CSP, and parses and evaluates a rule', async () => {
    const value = await page.evaluate(() => (window as unknown as Win).__goujiMakeMath!().parse('2 + 3 * 4 == 14 and abs(-2) == 2').compile().evaluate({}));
    expect(value).toBe(true);
    expect(await page.evaluate(() => typeof (window as unknown as Win).__goujiMathjs)).toBe('object');
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
  });
});
