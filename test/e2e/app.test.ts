import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, markedKeys, openApp, paste, ROOT, screenshot, type PageLog } from './support/browser';

/**
 * The built single file, opened from file:// in Chromium, used as a reviewer would: sample, edit,
 * undo, paste from Word, reload. One browser context (one IndexedDB) for the whole story.
 */
const RESULT_ROWS = [
  'granted', 'partial',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `denied.${i}`),
  ...[1, 2, 3].map((i) => `unable.${i}`),
  ...[1, 2, 3, 4, 5].map((i) => `ignored.${i}`),
  ...[1, 2, 3].map((i) => `other.${i}`),
  'total',
];
const COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];

let browser: Browser;
let context: BrowserContext;
let page: Page;
const log: PageLog = { requests: [], errors: [] };

async function statusText(p: Page): Promise<string> {
  return (await p.locator('footer.status').innerText()).replace(/\s+/g, ' ');
}

async function editCell(p: Page, key: string, text: string): Promise<void> {
  await p.locator(`.ht_master td[data-key="${key}"]`).click();
  // A click on the cell already selected may open its editor (Handsontable): then Enter would commit
  // and move down, and the text would go into the cell below. Closed first, opened by Enter.
  await p.keyboard.press('Escape');
  await p.keyboard.press('Enter');
  await p.locator('.handsontableInputHolder:not(.ht_editor_hidden)').waitFor();
  await p.keyboard.press('Control+A');
  await p.keyboard.type(text);
  await p.keyboard.press('Enter');
}

/** Ctrl+Z in the grid. Escape first: a second click on a selected cell may have opened its editor. */
async function undo(p: Page): Promise<void> {
  await p.keyboard.press('Escape');
  await p.keyboard.press('Control+Z');
}

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 1800 }, acceptDownloads: true });
  page = await openApp(context, log);
});

afterAll(async () => {
  await browser?.close();
});

describe('the page, opened from file://', () => {
  it('shows an empty state that offers paste, open and the sample', async () => {
    await expect.poll(() => page.getByRole('heading', { name: '把年报表格粘贴到这里' }).isVisible()).toBe(true);
    await expect(page.getByRole('button', { name: '先看一份示例报告' }).isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, '1-empty.png');
    await page.setViewportSize({ width: 1440, height: 1800 });
  });

  it('audits the sample with 0 errors and draws table 3 with its merged label cells', async () => {
    await page.getByRole('button', { name: '示例报告' }).first().click();
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
    await expect(page.getByRole('tab', { name: /依申请公开情况表/ }).getAttribute('aria-selected')).resolves.toBe('true');
    // Merged cells as the official form has them: 三、本年度办理结果 over 22 rows, （三）不予公开 over 8.
    const results = page.locator('.ht_master td[rowspan]', { hasText: '三、本年度办理结果' });
    await expect(results.getAttribute('rowspan')).resolves.toBe('22');
    await expect(page.locator('.ht_master td[rowspan]', { hasText: /^（三）不予公开$/ }).getAttribute('rowspan')).resolves.toBe('8');
    await expect(page.locator('.ht_master td[colspan]', { hasText: /^申请人情况$/ }).getAttribute('colspan')).resolves.toBe('7');
    await expect(page.locator('.ht_master td[data-key="t3.new.natural"]').innerText()).resolves.toBe('60');
    expect(await markedKeys(page, 'td.m-error')).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    if (await page.locator('.toast .x').count()) await page.locator('.toast .x').click();
    await screenshot(page, '2-sample.png');
    await page.setViewportSize({ width: 1440, height: 1800 });
  });

  it('marks exactly the cells of the broken relationships after one edit, and undo clears them', async () => {
    await editCell(page, 't3.granted.natural', '25');
    await expect.poll(() => statusText(page)).toMatch(/1 处错误/);
    const expected = [...RESULT_ROWS.map((r) => `t3.${r}.natural`), ...COLS.map((c) => `t3.granted.${c}`)];
    expect(await markedKeys(page, 'td.m-error')).toEqual([...new Set(expected)].sort());
    expect(await markedKeys(page, 'td.r-suspect')).toEqual(['t3.granted.natural']);
    expect(await page.locator('.ht_master td[data-key="t3.granted.natural"]').getAttribute('data-suggest')).toBe('→24');
    const list = page.locator('.findings');
    await expect(list.innerText()).resolves.toContain('（七）总计·自然人 68 ≠ 25+…+2+22+…+1+16+…+2+1+0 = 69，差 −1');
    await expect(list.innerText()).resolves.toContain('（一）予以公开·总计 24 ≠ 25+0+0+0+0+0 = 25，差 −1');
    await page.setViewportSize({ width: 1440, height: 900 });
    // As a reviewer would look at it: the notice dismissed, the first finding clicked (it selects
    // the suspect and the inspector shows its relationships), the pointer off the grid.
    await page.keyboard.press('Escape');
    if (await page.locator('.toast .x').count()) await page.locator('.toast .x').click();
    await page.locator('.findings button.go').first().click();
    await page.mouse.move(1300, 860);
    await expect.poll(() => page.locator('.ht_master td.current').getAttribute('data-key')).toBe('t3.granted.natural');
    await screenshot(page, '3-errors.png');
    await page.setViewportSize({ width: 1440, height: 1800 });

    await undo(page);
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
    expect(await markedKeys(page, 'td.m-error')).toEqual([]);
    await expect(page.locator('.ht_master td[data-key="t3.granted.natural"]').innerText()).resolves.toBe('24');
  });

  it('an undo on another table does not reach back into the table that was edited', async () => {
    await editCell(page, 't3.granted.natural', '25');
    await expect.poll(() => statusText(page)).toMatch(/1 处错误/);
    await page.getByRole('tab', { name: /复议诉讼/ }).click();
    await page.locator('.ht_master td[data-key="t4.review.upheld"]').click();
    await undo(page);
    // Table 4 keeps its 15 cells and values; table 3's edit stays until undone there.
    expect(await page.locator('.ht_master td[data-key^="t4."]').count()).toBe(15);
    await expect(page.locator('.ht_master td[data-key="t4.suit_after.total"]').innerText()).resolves.toBe('1');
    await expect.poll(() => statusText(page)).toMatch(/1 处错误/);
    await page.getByRole('tab', { name: /依申请公开/ }).click();
    // table 3 is drawn again, with its edit, before the next click lands on it
    await expect.poll(() => page.locator('.ht_master td[data-key="t3.granted.natural"]').innerText()).toContain('25');
    await editCell(page, 't3.granted.natural', '24');
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
  });

  it('takes the findings list by keyboard: Tab to a finding, Enter selects its cell', async () => {
    await editCell(page, 't3.carried.legal', '3');
    await expect.poll(() => statusText(page)).toMatch(/1 处错误/);
    const first = page.locator('.findings button.go').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('td.current').getAttribute('data-key')).toBe('t3.carried.legal');
    await undo(page);
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
  });

  it('reads a Word-style HTML paste with its merges, with the values and findings the CLI gives', async () => {
    const fixture = readFileSync(resolve(ROOT, 'test/fixtures/word-clipboard-table3.html'), 'utf8');
    // One wrong number, so that there is something to find: 予以公开·自然人 24 → 26.
    const html = replaceCell(fixture, '24', '26');
    const dir = mkdtempSync(join(tmpdir(), 'gouji-e2e-'));
    const file = join(dir, 'word-table3.html');
    writeFileSync(file, html);
    const cli = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), [resolve(ROOT, 'src/cli/main.ts'), '--json', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    const expected = JSON.parse(cli.stdout).files[0];
    expect(expected.template).toBe('gov-disclosure-2021');

    await page.locator('.toolbar').click();
    await paste(page, { html, text: 'ignored plain text' });
    await expect.poll(() => statusText(page)).toMatch(/175\/200 个单元格/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出/ }).click();
    await page.getByRole('menuitem', { name: /JSON/ }).click();
    const got = JSON.parse(readFileSync((await (await download).path())!, 'utf8')).files[0];
    expect(got.template).toBe(expected.template);
    expect(got.values).toEqual(expected.values);
    expect(got.findings).toEqual(expected.findings);
    expect(got.findings.some((f: { rule: string }) => f.rule === 't3.row.granted')).toBe(true);
    // The grid shows the official layout, whatever the paste looked like.
    await expect(page.locator('.ht_master td[rowspan]', { hasText: '三、本年度办理结果' }).getAttribute('rowspan')).resolves.toBe('22');
  });

  it('loads a pasted table as a new document even while a grid cell is selected, and the old one can come back', async () => {
    await page.getByRole('button', { name: '示例报告' }).first().click();
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
    await page.locator('.ht_master td[data-key="t3.new.natural"]').click();
    const html = readFileSync(resolve(ROOT, 'test/fixtures/word-clipboard-table3.html'), 'utf8');
    await paste(page, { html, text: 'x' });
    await expect.poll(() => statusText(page)).toMatch(/175\/200 个单元格.*0 处错误/);
    await page.getByRole('button', { name: '撤销' }).click();
    // The sample is back untouched: Handsontable did not pour the paste into its cells.
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
    await expect(page.locator('.ht_master td[data-key="t3.new.natural"]').innerText()).resolves.toBe('60');
  });

  it('a paste into an open cell editor is the editor\'s: it does not replace the document', async () => {
    await page.locator('.ht_master td[data-key="t3.new.natural"]').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.locator('.handsontableInputHolder:not(.ht_editor_hidden)').waitFor();
    // words in two lines with a tab: outside an editor this is read as a new table
    await paste(page, { text: '甲\t乙\n丙\t丁' });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await statusText(page)).toMatch(/200\/200 个单元格 0 处错误.*示例/);
    await expect(page.locator('.ht_master td[data-key="t3.new.natural"]').innerText()).resolves.toBe('60');
  });

  it('lists apart what could not be placed, with the structure findings', async () => {
    const text = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8')
      .replace('\t现行有效件数\n', '\t现行有效件数\n\t备注\n')
      .replace('\t规章\n\t0\n\t0\n\t0\n', '\t规章\n\t0\n\t0\n\t0\n\t5\n')
      .replace('\t法人或其他组织\n\t总计\n', '\t法人或其他组织\n\t总计\n\t备注\n')
      .replace('\t一、本年新收政府信息公开申请数量\n\t60\n\t0\n\t0\n\t0\n\t0\n\t0\n\t60\n', '\t一、本年新收政府信息公开申请数量\n\t60\n\t0\n\t0\n\t0\n\t0\n\t0\n\t60\n\t7\n');
    await page.locator('.toolbar').click();
    await paste(page, { text });
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
    await page.getByRole('tab', { name: /未能放置/ }).click();
    const panel = page.locator('.unplaced');
    await expect(panel.innerText()).resolves.toMatch(/主动公开情况表：第 \d+ 列“备注”不在本格式中/);
    await expect(panel.innerText()).resolves.toMatch(/依申请公开情况表：第 \d+ 列“备注”不在本格式中/);
    expect(await panel.locator('tbody tr').count()).toBe(2);
    await page.getByRole('tab', { name: /依申请公开/ }).click();
  });

  it('keeps an edit and its finding across a reload (IndexedDB)', async () => {
    await page.getByRole('button', { name: '示例报告' }).first().click();
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误/);
    await editCell(page, 't3.new.total', '61');
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    expect(await page.evaluate(() => window.__goujiGridConstructions)).toBe(1);
    await page.waitForTimeout(300);
    await page.reload();
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    await expect(page.locator('.ht_master td[data-key="t3.new.total"]').innerText()).resolves.toBe('61');
    expect(await markedKeys(page, 'td.r-suspect')).toContain('t3.new.total');
    expect(await page.evaluate(() => window.__goujiGridConstructions)).toBe(1);
  });

  it('opens a spreadsheet file (SheetJS, loaded on first use) with its merged cells', async () => {
    const XLSX = await import('xlsx');
    // Table 3 of the sample as an Excel sheet would hold it: label cells merged across columns.
    const { tsvOfSample } = await import('./support/sampleSheet');
    const rows = tsvOfSample();
    const sheet = XLSX.utils.aoa_to_sheet(rows.cells);
    sheet['!merges'] = rows.merges.map((m) => ({ s: { r: m.row, c: m.col }, e: { r: m.row + m.rowspan - 1, c: m.col + m.colspan - 1 } }));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '表三');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开文件' }).click();
    await (await chooser).setFiles({ name: '依申请公开情况.xlsx', mimeType: 'application/octet-stream', buffer: bytes });
    await expect.poll(() => statusText(page)).toMatch(/175\/200 个单元格.*0 处错误/);
    await expect(page.locator('.ht_master td[data-key="t3.new.natural"]').innerText()).resolves.toBe('60');
  });

  it('opens a file dropped on the window', async () => {
    const text = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8');
    const dataTransfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], '酉阳2021.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await expect(page.locator('.drop').isVisible()).resolves.toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格 0 处错误.*来源：酉阳2021\.txt/);
    await expect(page.locator('.drop').count()).resolves.toBe(0);
  });

  it('says in Chinese what is wrong with a broken file, and keeps the current table', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '打开文件' }).click();
    await (await chooser).setFiles({ name: '坏文件.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 这不是表格') });
    await expect.poll(() => page.locator('.toast.error').innerText()).toMatch(/坏文件\.xlsx/);
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格/);
    await page.locator('.toast .x').click();
  });

  it('speaks English on request', async () => {
    await editCell(page, 't3.new.natural', '61');
    await expect.poll(() => statusText(page)).toMatch(/[1-9] 处错误/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Open file' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.findings').innerText()).resolves.toMatch(/off by/);
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByRole('button', { name: '打开文件' }).isVisible()).resolves.toBe(true);
    await page.locator('.ht_master td[data-key="t3.new.natural"]').click();
    await undo(page);
    await expect.poll(() => statusText(page)).toMatch(/0 处错误/);
  });

  it('asks before clearing, and clearing can be undone', async () => {
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByRole('dialog').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => statusText(page)).toMatch(/个单元格/);
    await page.getByRole('button', { name: '新建' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '清空' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '把年报表格粘贴到这里' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => statusText(page)).toMatch(/200\/200 个单元格/);
  });

  it('made no network request and logged no console error, and built the grid once', async () => {
    expect(await page.evaluate(() => window.__goujiGridConstructions)).toBe(1);
    expect(log.requests).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

/** Replaces the text of the first cell of the 予以公开 row that reads `from` (the fixture's 24). */
function replaceCell(html: string, from: string, to: string): string {
  const at = html.indexOf('予以公开');
  const cell = html.indexOf(`>${from}<`, at);
  if (at < 0 || cell < 0) throw new Error('fixture changed: 予以公开 row not found');
  return html.slice(0, cell) + `>${to}<` + html.slice(cell + from.length + 2);
}
