import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildBatchFiles } from '../e2e/support/batchFiles';
import { APP_URL, launch, ROOT } from '../e2e/support/browser';
import { fmt } from './stats';

/** Records every main-thread task longer than 50 ms (the browser's long tasks), from page start. */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
})();`;

/**
 * In Chromium, the built page: 200 files (the twenty of the batch test, ten times over) opened at
 * once in the batch view. Reports per second through the page's worker (reading, recognition,
 * audit and summary there; the page only stores) against only reading the same files in the same
 * state of the worker — the first batch against a fresh worker, a second batch against a warm
 * one — and the longest main-thread task during the first batch.
 */
export async function batchBench(count = 200): Promise<string[]> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const dir = mkdtempSync(join(tmpdir(), 'gouji-batch-bench-'));
  const twenty = await buildBatchFiles(join(dir, 'src'));
  mkdirSync(join(dir, 'all'));
  const paths: string[] = [];
  for (let i = 0; paths.length < count; i++) {
    const f = twenty[i % twenty.length];
    const to = join(dir, 'all', `${String(paths.length).padStart(3, '0')}-${f.name}`);
    copyFileSync(f.path, to);
    paths.push(to);
  }
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(LONG_TASKS);
    const page = await context.newPage();
    await page.goto(APP_URL);
    await page.locator('[data-batch-switch="batch"]').click();
    // The worker started (and its code compiled) before anything is timed.
    await startWorker(page);
    await page.locator('input[data-batch-files]').setInputFiles(paths);
    await page.waitForFunction(() => performance.getEntriesByName('gouji:batch').length > 0, null, { timeout: 600_000 });
    const m = await page.evaluate(() => {
      const batch = performance.getEntriesByName('gouji:batch')[0];
      const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks.filter(([t]) => t >= batch.startTime && t <= batch.startTime + batch.duration);
      const reads = performance.getEntriesByName('gouji:read batch').map((e) => e.duration);
      return { at: tasks.map(([t, d]) => `${Math.round(t - batch.startTime)}+${Math.round(d)}`).join(' '), ms: batch.duration, longest: Math.max(0, ...tasks.map(([, d]) => d)), longTasks: tasks.length, reads };
    });
    const rows = await page.locator('table.batch-table tbody tr').count();
    await page.waitForTimeout(1000); // the pairing of years after the batch, in slices, is over
    // The same files only read in the same worker, right after the batch: its readers warm.
    const readOnly = await readOnlyMs(page, paths);
    // Both warm: the same 200 files as a second batch (each replaces its own first reading, as a
    // resubmission does), then only read once more. The first batch paid for compiling the readers
    // and the engine in the worker; the reading-only pass after it found the readers compiled.
    await page.locator('input[data-batch-files]').setInputFiles(paths);
    await page.waitForFunction(() => performance.getEntriesByName('gouji:batch').length > 1, null, { timeout: 600_000 });
    const warmMs = await page.evaluate(() => performance.getEntriesByName('gouji:batch').at(-1)!.duration);
    await page.waitForTimeout(1000);
    const readOnly2 = await readOnlyMs(page, paths);
    // Only reading with the worker's code cold too, in a page of its own, as the first batch was.
    const coldPage = await (await browser.newContext()).newPage();
    await coldPage.goto(APP_URL);
    await startWorker(coldPage);
    const coldReadMs = await readOnlyMs(coldPage, paths);
    const coldReadRate = count / (coldReadMs / 1000);
    const batchRate = count / (m.ms / 1000);
    const readRate = count / (readOnly / 1000);
    const warmRate = count / (warmMs / 1000);
    const readRate2 = count / (readOnly2 / 1000);
    await page.evaluate(() => indexedDB.deleteDatabase('gouji-batch'));
    return [
      `batch in the page (${count} files, ${rows} rows after resubmissions replaced older ones):`,
      `  reports per second through the page's worker: ${fmt(batchRate)} (${fmt(m.ms / 1000)} s in all, worker round trip median ${fmt(median(m.reads))} ms)`,
      `  the same files only read (import, no audit) in a fresh page's worker, cold as the first batch's: ${fmt(coldReadRate)} per second; first batch ÷ that ${fmt(batchRate / coldReadRate, 2)}`,
      `  (only read in the batch's worker right after it, its readers warm: ${fmt(readRate)} per second; first batch ÷ that ${fmt(batchRate / readRate, 2)} — cold against warm)`,
      `  both warm (the same files again): batch ${fmt(warmRate)} per second ÷ only reading ${fmt(readRate2)} per second = ${fmt(warmRate / readRate2, 2)} (target ≥ 0.8)`,
      `  longest main-thread task during the first batch: ${m.longTasks ? `${fmt(m.longest)} ms` : 'under 50 ms'} (target ≤ 100 ms; ${m.longTasks} tasks over 50 ms${m.longTasks ? `, at ms after start + length: ${m.at}` : ''})`,
    ];
  } finally {
    await browser.close();
  }
}

type BenchPage = import('playwright-core').Page;

/** Starts the page's worker (its code compiled) with a tiny read, before anything is timed. */
async function startWorker(page: BenchPage): Promise<void> {
  await page.evaluate(async () => {
    type Reader = { readFile(name: string, bytes: Uint8Array): Promise<unknown> };
    await (window as unknown as { __goujiReader: Reader }).__goujiReader.readFile('warm.txt', new TextEncoder().encode('项目\t数量\n合计\t1'));
  });
}

/** Milliseconds to only read the files (import: bytes → tables, no recognition, audit or storing), one after another in the page's worker. */
async function readOnlyMs(page: BenchPage, paths: readonly string[]): Promise<number> {
  if (!(await page.locator('#bench-files').count())) {
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.id = 'bench-files';
      input.hidden = true;
      document.body.append(input);
    });
    await page.locator('#bench-files').setInputFiles([...paths]);
  }
  return page.evaluate(async () => {
    type Reader = { readFile(name: string, bytes: Uint8Array): Promise<{ kind: string }> };
    const reader = (window as unknown as { __goujiReader: Reader }).__goujiReader;
    const files = [...(document.getElementById('bench-files') as HTMLInputElement).files!];
    const t0 = performance.now();
    for (const f of files) await reader.readFile(f.name, new Uint8Array(await f.arrayBuffer()));
    return performance.now() - t0;
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

if (process.argv[1]?.endsWith('batchBench.ts')) console.log((await batchBench()).join('\n'));
