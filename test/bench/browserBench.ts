import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { auditTables } from '../support/pipeline';
import { importText } from '../../src/io';
import { reportModel } from '../../src/ui/grid/gridModel';
import { launch } from '../e2e/support/browser';
import { fmt, median } from './stats';

const ROOT = resolve(import.meta.dirname, '../..');

/** Polls every frame for the first visible grid cell holding text and records when it appeared. */
const FIRST_CELL = `(() => {
  const seek = () => {
    const td = [...document.querySelectorAll('.ht_master td')].find((x) => x.offsetParent && x.textContent.trim());
    if (td) window.__firstCell = performance.now(); else requestAnimationFrame(seek);
  };
  requestAnimationFrame(seek);
})();`;

/**
 * In Chromium: open-to-interactive of dist/index.html against a bare grid page built the same way
 * (interleaved reloads), re-audit vs render time of an edit, and the single file's size.
 */
export async function browserBench(): Promise<string[]> {
  const text = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8');
  const result = auditTables(importText(text).tables);
  const model = reportModel(result.template!, 't3', result.raw, 'zh');
  writeFileSync(resolve(ROOT, 'test/bench/bare/model.generated.json'), JSON.stringify(model));
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(ROOT, 'test/bench/bare/vite.config.ts'), logLevel: 'warn' });
  const appUrl = pathToFileURL(resolve(ROOT, 'dist/index.html')).href;
  const bareUrl = pathToFileURL(resolve(ROOT, 'test-output/bench-bare/index.html')).href;

  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(FIRST_CELL);
    const app = await context.newPage();
    const bare = await context.newPage();
    // The app restores its last document from IndexedDB: load the sample once, then reload.
    await app.goto(appUrl);
    await app.getByRole('button', { name: '先看一份示例报告' }).click();
    await app.waitForSelector('.ht_master td[data-key]');
    await app.waitForTimeout(500);
    await bare.goto(bareUrl);

    const firstCell = async (page: typeof app, url: string) => {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __firstCell?: number }).__firstCell !== undefined);
      return page.evaluate(() => (window as unknown as { __firstCell: number }).__firstCell);
    };
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      appTimes.push(await firstCell(app, appUrl));
      bareTimes.push(await firstCell(bare, bareUrl));
    }

    // Edits through the grid, as a user's would arrive: alternate a value so every edit changes it.
    await app.waitForSelector('.ht_master td[data-key="t3.granted.natural"]');
    await app.evaluate(() => ((window as unknown as { __goujiTimings: unknown[] }).__goujiTimings = []));
    for (let i = 0; i < 40; i++) {
      await app.evaluate((v) => {
        const hot = (window as unknown as { __goujiHot: { setDataAtCell(r: number, c: number, v: string): void } }).__goujiHot;
        hot.setDataAtCell(5, 3, v);
      }, i % 2 ? '24' : '25');
    }
    const timings = await app.evaluate(
      () => (window as unknown as { __goujiTimings: Array<{ audit: number; render: number }> }).__goujiTimings,
    );
    const auditMs = median(timings.map((t) => t.audit));
    const renderMs = median(timings.map((t) => t.render));

    const html = readFileSync(resolve(ROOT, 'dist/index.html'));
    const oti = median(appTimes) / median(bareTimes);
    const ratio = auditMs / renderMs;
    return [
      '',
      '== 页面（Chromium，headless，1440×900）',
      `open-to-interactive（导航开始→首个表格单元格可见），中位数 7 次交替：`,
      `  dist/index.html             ${fmt(median(appTimes), 1)} ms`,
      `  bare Handsontable page      ${fmt(median(bareTimes), 1)} ms`,
      `  ratio                       ${fmt(oti, 2)}   （目标 ≤ 1.3）${oti <= 1.3 ? '' : '  未达标'}`,
      `re-audit after one edit       ${fmt(auditMs)} ms（中位数，${timings.length} 次编辑）`,
      `grid render for that edit     ${fmt(renderMs)} ms`,
      `  ratio                       ${fmt(ratio, 2)}   （目标 ≤ 0.2）${ratio <= 0.2 ? '' : '  未达标'}`,
      `single file size              ${(statSync(resolve(ROOT, 'dist/index.html')).size / 1024).toFixed(0)} KiB raw, ${(gzipSync(html).length / 1024).toFixed(0)} KiB gzipped`,
    ];
  } finally {
    await browser.close();
  }
}
