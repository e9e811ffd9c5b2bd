import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Strings only pdfjs, SheetJS and exceljs contain: the page's own code must hold none (see below). */
const WORKER_ONLY = { pdfjs: 'GlobalWorkerOptions', SheetJS: 'Workbook is empty', exceljs: 'Worksheet name already exists' };

/**
 * Carries the reading worker (src/ui/worker/readWorker.ts: every file reader, with pdfjs and SheetJS
 * bundled in) inside the page as inert text: one classic script, gzip-compressed and base64-encoded,
 * in `<script type="text/plain" id="gouji-worker">`. The page turns it into a Blob-URL worker the first
 * time a file is opened (src/ui/worker/startReadWorker.ts), so start-up parses none of it. The build
 * fails if pdfjs or SheetJS slips into the page's own code (an import from the main thread would
 * put it back into every start-up).
 */
function readWorkerBundle(): Plugin {
  return {
    name: 'gouji:read-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [lib, marker] of Object.entries(WORKER_ONLY)) {
          if (chunk.code.includes(marker)) this.error(`${lib} 出现在页面主线程代码 ${chunk.fileName} 中：它只应在读取 worker 里（src/ui/worker）`);
        }
      }
    },
    transformIndexHtml() {
      const out = buildSync({
        entryPoints: [resolve(import.meta.dirname, 'src/ui/worker/readWorker.ts')],
        bundle: true,
        // classic: a file:// page (origin null) cannot start a module worker from a blob
        format: 'iife',
        platform: 'browser',
        minify: true,
        write: false,
        target: 'es2022',
        // pdfjs names import.meta only on its Node paths, which never run in a worker
        logOverride: { 'empty-import-meta': 'silent' },
        logLevel: 'error',
      });
      const code = gzipSync(out.outputFiles[0].contents, { level: 9 }).toString('base64');
      return [{ tag: 'script', attrs: { type: 'text/plain', id: 'gouji-worker' }, children: code, injectTo: 'body' }];
    },
  };
}

// One self-contained dist/index.html that works from file://.
export default defineConfig({
  plugins: [svelte(), readWorkerBundle(), viteSingleFile({ removeViteModuleLoader: true })],
  base: './',
  // Invalidates recognition cached in IndexedDB whenever the page is rebuilt.
  define: { __GOUJI_BUILD__: JSON.stringify(String(Date.now())) },
  build: {
    target: 'es2022',
    assetsInlineLimit: 100_000_000,
    chunkSizeWarningLimit: 10_000,
    reportCompressedSize: false,
  },
  test: {
    reporters: ['default', './test/support/closingLineReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds dist/index.html once before the browser tests run.
          globalSetup: ['test/e2e/support/buildOnce.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Files and pastes are read in the page's worker: its first start (unpacking its code) can
          // take over a second on a busy 2-core machine, longer than expect.poll's default.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
