import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp, paste, ROOT, screenshot, type PageLog } from './support/browser';

/**
 * The page as a reviewer's workbench (issue 10): the keyboard reaches every pane and every problem,
 * axe-core finds nothing serious with no part of the page excluded, a laptop screen shows a jumped-to
 * cell with its labels, a load over an edited report is undone by Ctrl+Z, one wrong cell is one card.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sample = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };

/** Serious and critical violations of the whole page, as `rule: target` lines. */
async function axeViolations(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  const result = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[]; failureSummary: string }> }> }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.split('\n')[1] ?? ''}`));
}

const statusText = async (p: Page) => (await p.locator('footer.status').innerText()).replace(/\s+/g, ' ');
/** Which pane holds the keyboard: the grid when it listens, else the pane around the focused element. */
const activePane = (p: Page) =>
  p.evaluate(() => {
    const hot = (window as unknown as { __goujiHot?: { isListening(): boolean } }).__goujiHot;
    if (hot?.isListening()) return 'grid';
    return document.activeElement?.closest<HTMLElement>('[data-pane]')?.dataset.pane ?? null;
  });
const currentKey = (p: Page) => p.locator('.ht_master td.current').first().getAttribute('data-key');

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await openApp(context, log);
});

afterAll(async () => {
  await browser?.close();
});

describe('the reviewer’s workbench', () => {
  it('axe-core: nothing serious or critical on the empty page', async () => {
    await expect.poll(() => page.getByRole('heading', { name: '把年报表格粘贴到这里' }).isVisible()).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the sample with one error is one click away: one card, a badge of 1, 1 problem in the status line', async () => {
    await page.getByRole('button', { name: '示例：含一处错误' }).first().click();
    await expect.poll(() => statusText(page)).toMatch(/1 处错误，0 处提示/);
    const cards = page.locator('.findings li.card');
    expect(await cards.count()).toBe(1);
    const card = await cards.first().innerText();
    expect(card).toMatch(/1 处疑似错误：（一）予以公开·自然人 应为 24/);
    expect(card).toMatch(/影响 2 个勾稽关系/);
    // Rule ids and keys only in the details line.
    expect(await cards.first().locator('.go').innerText()).not.toMatch(/t3\./);
    expect(await cards.first().locator('.details').innerText()).toMatch(/t3\.granted\.natural/);
    expect(await page.getByRole('tab', { name: /依申请公开/ }).locator('.n.err').innerText()).toBe('1');
    if (await page.locator('.toast .x').count()) await page.locator('.toast .x').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('F6 from the toolbar reaches the findings, F8 walks the problems and selects their cells, no Shift+Tab', async () => {
    await page.getByRole('button', { name: '打开文件' }).focus();
    expect(await activePane(page)).toBe('toolbar');
    const seen: Array<string | null> = [];
    for (let i = 0; i < 4 && (await activePane(page)) !== 'findings'; i++) {
      await page.keyboard.press('F6');
      seen.push(await activePane(page));
    }
    expect(seen).toEqual(['tabs', 'grid', 'findings']);
    await page.keyboard.press('F6');
    expect(await activePane(page)).toBe('inspector');
    await page.keyboard.press('Shift+F6');
    expect(await activePane(page)).toBe('findings');
    await page.keyboard.press('F8');
    await expect.poll(() => currentKey(page)).toBe('t3.granted.natural');
    expect(await page.locator('.findings li.card.current').count()).toBe(1);
    // The grid has the keyboard: Alt+Shift+Enter puts in the suggestion, Ctrl+Z takes it back.
    await page.keyboard.press('Alt+Shift+Enter');
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
    await expect(page.locator('.ht_master td[data-key="t3.granted.natural"]').innerText()).resolves.toBe('24');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => statusText(page)).toMatch(/1 处错误/);
  });

  it('F8 and Shift+F8 go round several problems in the order of the cards', async () => {
    const two = sample.replace('（一）予以公开\n\t24\n', '（一）予以公开\n\t42\n').replace('\t16\n', '\t15\n');
    await page.locator('.toolbar').click();
    await paste(page, { text: two });
    await expect.poll(() => statusText(page)).toMatch(/[2-9] 处错误/);
    const problems = Number(/(\d+) 处错误/.exec(await statusText(page))![1]);
    expect(await page.locator('.findings li.card').count()).toBe(problems);
    const keys: Array<string | null> = [];
    for (let i = 0; i <= problems; i++) {
      await page.keyboard.press('F8');
      await expect.poll(() => page.locator('.findings li.card.current').count()).toBe(1);
      keys.push(await currentKey(page));
    }
    expect(new Set(keys.slice(0, problems)).size).toBe(problems);
    expect(keys[problems]).toBe(keys[0]);
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => currentKey(page)).toBe(keys[problems - 1]);
  });

  it('a paste over an edited report is undone by Ctrl+Z: the edited report comes back', async () => {
    await page.getByRole('button', { name: '示例报告', exact: true }).click();
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
    const cell = page.locator('.ht_master td[data-key="t3.new.total"]');
    await cell.click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('61');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    await paste(page, { text: sample });
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    await expect(page.locator('.ht_master td[data-key="t3.new.total"]').innerText()).resolves.toBe('61');
    // Ctrl+Y loads the pasted one again.
    await page.keyboard.press('Control+Y');
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
  });

  it('notices never cover the toolbar', async () => {
    await page.getByRole('button', { name: '示例报告', exact: true }).click();
    await expect.poll(() => page.locator('.toast').count()).toBe(1);
    const toast = await page.locator('.toast').boundingBox();
    const bar = await page.locator('header.toolbar').boundingBox();
    expect(toast!.y).toBeGreaterThan(bar!.y + bar!.height);
  });

  it('nor the status line, when it wraps (English at 1024 px)', async () => {
    await page.setViewportSize({ width: 1024, height: 680 });
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await page.getByRole('button', { name: 'Sample with one error', exact: true }).click();
      await expect.poll(() => page.locator('.toast').count()).toBe(1);
      const toast = (await page.locator('.toast').boundingBox())!;
      const status = (await page.locator('footer.status').boundingBox())!;
      expect(status.height).toBeGreaterThan(30); // two lines: the test means something only then
      expect(toast.y + toast.height).toBeLessThanOrEqual(status.y);
    } finally {
      await page.getByRole('button', { name: '中文' }).click();
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('at 1024×600, a jump to a finding shows the cell and its row label inside the grid', async () => {
    await page.setViewportSize({ width: 1024, height: 600 });
    const wrong = sample.replace('\t22\n\t0\n\t0\n\t0\n\t0\n\t0\n\t22\n', '\t22\n\t0\n\t0\n\t0\n\t0\n\t5\n\t22\n'); // 无法提供·3 其他组织 0 → 5
    await paste(page, { text: wrong });
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    await page.locator('.findings button.go').first().click();
    const key = await currentKey(page);
    expect(key).toBeTruthy();
    const holder = await page.locator('.ht_master .wtHolder').boundingBox();
    const cellBox = await page.locator(`.ht_master td[data-key="${key}"]`).boundingBox();
    const label = await page.evaluate((k) => {
      const hot = (window as unknown as { __goujiHot: { getSelectedLast(): number[]; getCell(r: number, c: number, top?: boolean): HTMLElement | null } }).__goujiHot;
      const [row] = hot.getSelectedLast();
      // the last label column of the row (the row's own label), drawn in the fixed label pane
      const td = document.querySelector<HTMLElement>(`.ht_clone_inline_start tbody tr:nth-child(${row + 1}) td:last-child`);
      const r = td?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height, text: td!.innerText, key: k } : null;
    }, key);
    expect(label?.text.trim()).toBeTruthy();
    const inside = (b: { x: number; y: number; width: number; height: number }) =>
      b.x >= holder!.x - 1 && b.y >= holder!.y - 1 && b.x + b.width <= holder!.x + holder!.width + 1 && b.y + b.height <= holder!.y + holder!.height + 1;
    expect(inside(cellBox!)).toBe(true);
    expect(inside(label!)).toBe(true);
    // the suggested value and the value do not overlap: the hint's band is above the text
    await screenshot(page, 'workbench-1024x600.png');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('the findings panel is narrowed by dragging its edge or with the arrow keys, and stays so after a reload', async () => {
    await page.setViewportSize({ width: 1024, height: 600 });
    const side = page.locator('section.side');
    const grid = page.locator('.grid-area');
    const before = (await side.boundingBox())!.width;
    const gridBefore = (await grid.boundingBox())!.width;
    const edge = (await page.getByRole('separator').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 100);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2 + 40, edge.y + 100, { steps: 4 });
    await page.mouse.up();
    const dragged = (await side.boundingBox())!.width;
    expect(dragged).toBeLessThan(before - 30);
    await expect.poll(async () => (await grid.boundingBox())!.width).toBeGreaterThan(gridBefore + 30);
    // the keyboard: → narrows by 20 px; the separator says its width
    await page.getByRole('separator').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await side.boundingBox())!.width).toBeLessThan(dragged - 15);
    const now = Number(await page.getByRole('separator').getAttribute('aria-valuenow'));
    expect(Math.abs(now - (await side.boundingBox())!.width)).toBeLessThan(2);
    await page.waitForTimeout(200); // the save runs in a task of its own
    await page.reload();
    await expect.poll(async () => Math.round((await page.locator('section.side').boundingBox())?.width ?? 0)).toBe(now);
    await screenshot(page, 'workbench-panel-narrowed.png');
    // a double-click gives the layout's own width back
    await page.getByRole('separator').dblclick();
    await expect.poll(async () => Math.round((await page.locator('section.side').boundingBox())!.width)).toBe(Math.round(before));
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('axe-core: nothing serious or critical on the English page with an open card; lang follows', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('.findings button.go').first().click();
    expect(await page.locator('.findings li.card .relations').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('axe-core: nothing serious or critical on the correct sample', async () => {
    await page.getByRole('button', { name: '示例报告', exact: true }).click();
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console error and made no request', async () => {
    expect(log.requests).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
