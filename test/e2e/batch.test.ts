import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/core';
import { loadPdfjs } from '../../src/io/pdf/loadPdfjs';
import { pairItems, auditItem, previousOf, addEntries } from '../../src/ui/batch/batchItem';
import { readBatchFile } from '../../src/ui/batch/readBatchFile';
import { buildBatchFiles, type BatchFile } from './support/batchFiles';
import { launch, openApp, screenshot, type PageLog } from './support/browser';

/**
 * Issue 9 in the built page: twenty submissions opened at once are read and audited in the worker
 * and listed with their verdicts; decisions survive a reload; the summary and one report's workbook
 * are exported and read back; the printed 审核意见书 holds every finding and every column.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let files: BatchFile[];
const log: PageLog = { requests: [], errors: [] };
const XIUSHAN = '14-秀山县-2021.txt';

const rows = (p: Page) => p.locator('table.batch-table tbody tr');
const row = (p: Page, file: string) => p.locator('table.batch-table tbody tr', { has: p.locator('td.file', { hasText: new RegExp(`^${file.replace(/[.()]/g, '\\$&')}$`) }) });
const squash = (s: string) => s.replace(/\s+/g, '');

/** What the engine in Node makes of the same files, paired the same way: the counts the page must show. */
async function engineItems() {
  let n = 0;
  let items = addEntries([], [], () => '');
  for (const f of files) items = addEntries(items, await readBatchFile(f.name, new Uint8Array(readFileSync(f.path))), () => String(n++));
  return pairItems(items);
}

async function download(p: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([p.waitForEvent('download'), click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((x) => ('str' in x ? x.str : '')).join('');
  }
  return text;
}

beforeAll(async () => {
  files = await buildBatchFiles(mkdtempSync(join(tmpdir(), 'gouji-batch-')));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await openApp(context, log);
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && log.errors.push(`worker: ${m.text()}`)));
});

afterAll(async () => {
  await browser?.close();
});

describe('a batch of twenty submissions in the page', () => {
  it('reads all twenty in the worker and lists each with the verdict and counts it must have', async () => {
    await page.locator('[data-batch-switch="batch"]').click();
    await page.locator('input[data-batch-files]').setInputFiles(files.map((f) => f.path));
    await expect.poll(() => page.locator('.batch .progress').innerText(), { timeout: 90_000 }).toContain('已审核 20 份');
    // 20 files, one of them the first submission its resubmission replaced
    await expect.poll(() => rows(page).count()).toBe(19);
    const engine = await engineItems();
    for (const f of files) {
      const shownName = f.name.endsWith('.zip') ? '城口县-2021.txt' : f.name;
      if (f.replacedBy) {
        expect(await row(page, shownName).count(), f.name).toBe(0);
        expect(await row(page, f.replacedBy).locator('.tag').first().innerText()).toBe('已替换 1 份旧版');
        continue;
      }
      const r = row(page, shownName);
      expect(await r.getAttribute('data-verdict'), f.name).toBe(f.verdict);
      const item = engine.find((x) => x.entry.name.endsWith(shownName))!;
      expect(squash(await r.locator('[data-problems]').innerText()), f.name).toBe(`${item.facts.errors}/${item.facts.warnings}`);
      expect(squash(await r.locator('[data-cells]').innerText()), f.name).toBe(item.facts.expected ? `${item.facts.recognised}/${item.facts.expected}` : '—');
    }
    // cells of the format, as printed: a whole 2021 report, the 2019 one, table 3 alone (25 rows × 7)
    expect(squash(await row(page, '02-酉阳县-2021.txt').locator('[data-cells]').innerText())).toBe('200/200');
    expect(squash(await row(page, '09-上海市政府办公厅-2019.html').locator('[data-cells]').innerText())).toBe('198/198');
    expect(squash(await row(page, '10-表三.tsv').locator('[data-cells]').innerText())).toBe('175/200');
    // the consecutive years of 酉阳 are paired: the 2021 report is compared with 2020's (previous.* warnings)
    expect(await row(page, '02-酉阳县-2021.txt').innerText()).toContain('已与上年报告比对');
    const youyang = engine.find((x) => x.entry.name === '02-酉阳县-2021.txt')!;
    expect(auditItem(youyang, previousOf(engine, youyang))!.findings.some((f) => f.rule.startsWith('previous.'))).toBe(true);
    expect(await row(page, '14-秀山县-2021.txt').locator('.first').innerText()).toContain('本年新收');
    await screenshot(page, 'batch-1400x900.png');
    await page.setViewportSize({ width: 1024, height: 680 });
    await screenshot(page, 'batch-1024x680.png');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('filters and sorts the list', async () => {
    await page.locator('.chips [data-filter="unreadable"]').click();
    await expect.poll(() => rows(page).count()).toBe(2);
    await page.locator('.chips button', { hasText: '全部' }).click();
    await page.locator('th.verdict button').click();
    expect(await rows(page).first().getAttribute('data-verdict')).toBe('fail');
    await page.locator('th.verdict button').click();
    expect(await rows(page).first().getAttribute('data-verdict')).toBe('pass');
  });

  it('keeps a confirmed finding and a dismissed one with its note across a reload', async () => {
    await row(page, XIUSHAN).locator('button.open').click();
    await expect.poll(() => page.locator('footer.status .src').innerText()).toContain(XIUSHAN);
    const controls = page.locator('.decision');
    await expect.poll(() => controls.count()).toBeGreaterThanOrEqual(2);
    await controls.nth(0).locator('button.confirm').click();
    await controls.nth(1).locator('button.dismiss').click();
    await controls.nth(1).locator('input.note').fill('经电话核实，原表数字无误');
    await controls.nth(1).locator('input.note').press('Enter');
    await expect.poll(() => controls.nth(0).getAttribute('data-decision')).toBe('confirmed');
    await page.locator('[data-batch-switch="batch"]').click();
    await expect.poll(() => row(page, XIUSHAN).innerText()).toContain('已确认 1 · 已排除 1');
    // one failing finding is still confirmed: the report is still to be returned
    expect(await row(page, XIUSHAN).getAttribute('data-verdict')).toBe('fail');
    await page.waitForTimeout(300); // IndexedDB writes
    await page.reload();
    await expect.poll(() => rows(page).count(), { timeout: 20_000 }).toBe(19);
    await expect.poll(() => row(page, XIUSHAN).innerText()).toContain('已确认 1 · 已排除 1');
    await row(page, XIUSHAN).locator('button.open').click();
    await expect.poll(() => page.locator('.decision').nth(0).getAttribute('data-decision')).toBe('confirmed');
    await expect.poll(() => page.locator('.decision').nth(1).getAttribute('data-decision')).toBe('dismissed');
    expect(await page.locator('.decision').nth(1).locator('input.note').inputValue()).toBe('经电话核实，原表数字无误');
  });

  it('exports the report as an annotated workbook: fills and comments on the cells, and the 审核意见 sheet', async () => {
    await page.locator('button[aria-haspopup="menu"]').click();
    const { name, bytes } = await download(page, () => page.locator('[data-export="xlsx"]').click());
    expect(name).toBe('秀山土家族苗族自治县-2021-审核意见.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const review = wb.getWorksheet('审核意见')!;
    const text = (review.getSheetValues() as unknown[][]).flat().map((v) => String(v ?? '')).join('|');
    expect(text).toContain('已确认');
    expect(text).toContain('已排除');
    expect(text).toContain('经电话核实，原表数字无误');
    // the slip: 本年新收·自然人 written 600 (the sample has 60), filled and commented with the suggestion
    let marked: ExcelJS.Cell | null = null;
    wb.eachSheet((ws) => ws.name !== '审核意见' && ws.eachRow((r) => r.eachCell((c) => { if (c.value === 600) marked = c; })));
    expect(marked).not.toBeNull();
    const cell = marked! as ExcelJS.Cell;
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD55E00'); // the suspect of an error
    const note = cell.note as unknown as { texts?: Array<{ text: string }> } | string;
    const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText).toContain('建议：改为 60');
  });

  it('prints the 审核意见书 with every finding and every column of each table', async () => {
    await page.locator('button[aria-haspopup="menu"]').click();
    await page.locator('[data-export="print"]').click();
    await expect.poll(() => page.locator('iframe#gouji-print').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('gouji:printed').length)).toBeGreaterThan(0);
    const html = await page.locator('iframe#gouji-print').getAttribute('srcdoc');
    const printed = await context.newPage();
    await printed.setContent(html!);
    const text = squash(await pdfText(await printed.pdf({ format: 'A4' })));
    await printed.close();
    const engine = await engineItems();
    const item = engine.find((x) => x.entry.name === XIUSHAN)!;
    const result = auditItem(item, previousOf(engine, item))!;
    for (const f of result.findings) expect(text, f.rule).toContain(squash(formatFinding(f, 'zh', result.template)));
    for (const col of ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '现行有效件数']) {
      expect(text, col).toContain(col);
    }
    expect(text).toContain('经电话核实，原表数字无误');
  });

  it('exports the batch summary and reads it back', async () => {
    await page.locator('[data-batch-switch="batch"]').click();
    const { name, bytes } = await download(page, () => page.locator('.batch button', { hasText: '汇总表 .xlsx' }).click());
    expect(name).toBe('审核汇总.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.rowCount).toBe(20);
    const byFile = new Map<string, unknown[]>();
    ws.eachRow((r, i) => { if (i > 1) byFile.set(String(r.getCell(1).value).split('/').pop()!, r.values as unknown[]); });
    for (const f of files.filter((x) => !x.replacedBy)) {
      const shownName = f.name.endsWith('.zip') ? '城口县-2021.txt' : f.name;
      const verdict = { pass: '通过', fail: '需退回修改', incomplete: '未完整识别', blank: '空白表', 'not-report': '非年报表格', unreadable: '无法读取' }[f.verdict];
      expect(byFile.get(shownName)?.[10], f.name).toBe(verdict);
    }
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
  });
});
