import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * Carries SheetJS in the page as inert text (see src/io/xlsxLazy.ts): parsed and run only when a
 * spreadsheet is opened, not on every start.
 */
function lazySheetJs(): Plugin {
  return {
    name: 'gouji:lazy-sheetjs',
    apply: 'build',
    config: () => ({ resolve: { alias: { xlsx: resolve(import.meta.dirname, 'src/io/xlsxLazy.ts') } } }),
    transformIndexHtml() {
      const out = buildSync({
        entryPoints: [resolve(import.meta.dirname, 'node_modules/xlsx/xlsx.mjs')],
        bundle: true,
        format: 'iife',
        globalName: 'XLSX',
        minify: true,
        write: false,
        target: 'es2020',
        logLevel: 'silent',
      });
      // Nothing in the text may end or re-open the script element it sits in.
      const code = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
      return [{ tag: 'script', attrs: { type: 'text/plain', id: 'gouji-xlsx' }, children: code, injectTo: 'body' }];
    },
  };
}

// One self-contained dist/index.html that works from file://.
export default defineConfig({
  plugins: [svelte(), lazySheetJs(), viteSingleFile({ removeViteModuleLoader: true })],
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
          fileParallelism: false,
        },
      },
    ],
  },
});
