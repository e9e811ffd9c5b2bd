import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const APP_URL = pathToFileURL(resolve(ROOT, 'dist/index.html')).href;
export const SHOTS = resolve(ROOT, 'test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with everything that would reach the network switched off.
 * Fails loudly (never skips) when Chromium is missing.
 */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：浏览器测试无法运行。请先执行 apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Everything a page did that a test must check: requests other than the page itself, console errors. */
export interface PageLog {
  requests: string[];
  errors: string[];
}

export async function openApp(context: BrowserContext, log: PageLog): Promise<Page> {
  const page = await context.newPage();
  page.on('request', (r) => {
    const url = r.url();
    if (url !== APP_URL && !url.startsWith('blob:') && !url.startsWith('data:')) log.requests.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  await page.goto(APP_URL);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

/** Pastes as the browser would: a paste event whose clipboard holds HTML and/or plain text. */
export async function paste(page: Page, data: { html?: string; text?: string }): Promise<void> {
  await page.evaluate((d) => {
    const dt = new DataTransfer();
    if (d.html) dt.setData('text/html', d.html);
    if (d.text) dt.setData('text/plain', d.text);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

/** Keys of the cells currently marked with a class (only rendered cells: keep the viewport tall). */
export async function markedKeys(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`.ht_master ${selector}`, (tds) => tds.map((td) => (td as HTMLElement).dataset.key ?? '').filter(Boolean).sort());
}
