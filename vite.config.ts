import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { HTMLPARSER_GLOBAL, HTMLPARSER_SCRIPT_ID, MATHJS_GLOBAL, MATHJS_SCRIPT_ID } from './src/ui/lazy/lazyIds.ts';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Strings only pdfjs, SheetJS and exceljs contain: the page's own code must hold none (see below). */
const WORKER_ONLY = { pdfjs: 'GlobalWorkerOptions', SheetJS: 'Workbook is empty', exceljs: 'Worksheet name already exists' };

/** `entry` bundled as one minified classic script for the browser (the worker's code, a lazy library's). */
function classicBundle(entry: string, options: { globalName?: string; logOverride?: Record<string, 'silent'> } = {}): Uint8Array {
  const out = buildSync({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    // classic: a file:// page (origin null) cannot start a module worker from a blob, and inline
    // scripts the page adds run at once only when classic
    format: 'iife',
    platform: 'browser',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'error',
    ...options,
  });
  return out.outputFiles[0].contents;
}

/** Fails the build where the page's own script holds a string only `what` contains (`where`: where it belongs). */
function failIfInPage(ctx: { error(message: string): never }, bundle: Record<string, { type: string; code?: string; fileName: string }>, what: string, marker: string, where: string): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && chunk.code!.includes(marker)) ctx.error(`${what} 出现在页面脚本 ${chunk.fileName} 中：它只应在${where}里`);
  }
}

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
      for (const [lib, marker] of Object.entries(WORKER_ONLY)) failIfInPage(this, bundle, lib, marker, '读取 worker（src/ui/worker）');
    },
    transformIndexHtml() {
      // (pdfjs names import.meta only on its Node paths, which never run in a worker)
      const bundled = classicBundle('src/ui/worker/readWorker.ts', { logOverride: { 'empty-import-meta': 'silent' } });
      const code = gzipSync(bundled, { level: 9 }).toString('base64');
      return [{ tag: 'script', attrs: { type: 'text/plain', id: 'gouji-worker' }, children: code, injectTo: 'body' }];
    },
  };
}

/** A module the page runs from inert text when first asked (see lazyModules). */
interface LazyModule {
  /** the module as the CLI, the worker and the tests import it */
  real: string;
  /** what the page's build puts in its place: it runs `real` from the text (src/ui/lazy/lazyScript.ts) */
  page: string;
  /** the inert text's element, and the global the module's exports are left in when it runs */
  id: string;
  global: string;
  /** a string only the library contains: the build fails if the page's own script has it */
  marker: string;
  what: string;
}

const LAZY_MODULES: LazyModule[] = [
  // the rule language: the built-in rules are parsed at build time (ruleTreesAtBuild) and checked
  // as sums, so a page needs mathjs only for a rule's slow path (a condition, a function)
  {
    real: 'src/core/rules/mathjsInstance.ts',
    page: 'src/ui/lazy/mathjsInstance.page.ts',
    id: MATHJS_SCRIPT_ID,
    global: MATHJS_GLOBAL,
    marker: 'Parenthesis ) expected',
    what: 'mathjs',
  },
  // HTML read on this thread: a paste (files are read in the worker, which has its own copy)
  {
    real: 'src/io/parseHtml.ts',
    page: 'src/ui/lazy/parseHtml.page.ts',
    id: HTMLPARSER_SCRIPT_ID,
    global: HTMLPARSER_GLOBAL,
    marker: 'recognizeSelfClosing',
    what: 'htmlparser2',
  },
];

/**
 * Libraries outside the page's first script: opening the page parses every byte of its script
 * (measured here: ~27 ms a MB, the bare grid page with 1.42 MB of dead code added), and mathjs
 * (140 KB) and htmlparser2 (50 KB) are needed only later, if at all. The build swaps each `real`
 * module for its `page` stand-in, which runs the real one, bundled on its own, from inert text
 * (`<script type="text/plain" id=…>`, after the page's script and the worker's text) when first
 * asked, at once and on this thread. The build fails if a library is still in the page's own code.
 */
function lazyModules(modules: readonly LazyModule[]): Plugin {
  const swap = new Map(modules.map((m) => [resolve(import.meta.dirname, m.real), resolve(import.meta.dirname, m.page)]));
  return {
    name: 'gouji:lazy-modules',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // (both are imported by a relative path: nothing else need be resolved twice)
      if (!importer || !source.startsWith('.')) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (found && swap.get(found.id)) ?? null;
    },
    generateBundle(_options, bundle) {
      for (const m of modules) failIfInPage(this, bundle, m.what, m.marker, ` ${m.id} `);
    },
    // after the worker's text (the page's script goes before that: classicAppScript)
    transformIndexHtml: {
      order: 'post',
      handler() {
        return modules.map((m) => {
          const code = new TextDecoder().decode(classicBundle(m.real, { globalName: m.global }));
          // inert text inside <script>: nothing in it may end the element or open an escaped section
          if (/<\/script|<!--/i.test(code)) throw new Error(`${m.what} 的代码含有 </script 或 <!--：不能作为内嵌文本`);
          return { tag: 'script', attrs: { type: 'text/plain', id: m.id }, children: code, injectTo: 'body' as const };
        });
      },
    },
  };
}

/**
 * The built-in formats' rule expressions, parsed once here and handed to the page as JSON text in
 * `__GOUJI_RULE_TREES__` (src/core/rules/mathRuntime.ts knowRuleTrees): parsing them at every start
 * was most of the cost of auditing the first report. The rules and the parser are the page's own
 * (bundled from src/ for this process), so the trees are what the page would have made of them.
 */
function ruleTreesAtBuild(): Plugin {
  return {
    name: 'gouji:rule-trees',
    async config() {
      const out = buildSync({
        stdin: {
          contents: `export { ruleTrees } from './src/core/rules'; export { REPORT_TEMPLATES } from './src/templates';`,
          resolveDir: import.meta.dirname,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        logLevel: 'error',
      });
      const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
      const { ruleTrees, REPORT_TEMPLATES } = await import(`data:text/javascript;base64,${code}`);
      // as JSON text: parsing it with JSON.parse costs the page less than a 50 KB object literal
      return { define: { __GOUJI_RULE_TREES__: JSON.stringify(JSON.stringify(ruleTrees(REPORT_TEMPLATES))) } };
    },
  };
}

/**
 * Opening speed: the page's code as a classic script placed just before the worker's inert text, so
 * that it runs as soon as the browser has it, not after the browser has parsed the 1.6 MB of worker
 * code that follows (a module script waits for the whole document). With the last session's copy in
 * localStorage (src/ui/state/openingCopy.ts) the grid is drawn before that text is even read.
 * Runs after viteSingleFile has inlined the code; the build fails if the markers are not found.
 */
function classicAppScript(): Plugin {
  const MODULE = '<script type="module" crossorigin>';
  const WORKER = '<script type="text/plain" id="gouji-worker">';
  return {
    name: 'gouji:classic-app-script',
    apply: 'build',
    enforce: 'post',
    renderChunk(_code, chunk) {
      // (a dynamic import inside the one bundle names the bundle itself: it is a call, not a load)
      const loads = chunk.dynamicImports.filter((d) => d !== chunk.fileName);
      if (chunk.imports.length || loads.length || chunk.exports.length) this.error(`页面脚本仍是模块代码（${chunk.fileName}）：不能改为普通脚本`);
      return null;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return this.error('index.html 不在构建结果中');
        let page = html.source;
        const start = page.indexOf(MODULE);
        const end = page.indexOf('</script>', start);
        if (start < 0 || end < 0 || page.indexOf(MODULE, end) >= 0) return this.error('找不到唯一的页面脚本');
        const code = page.slice(start + MODULE.length, end);
        // one bundle with no import or export (renderChunk checked): as a function body it keeps a module's scope and strictness
        if (code.includes('import.meta')) return this.error('页面脚本用到 import.meta（如动态 import() 的预加载）：不能改为普通脚本');
        page = page.slice(0, start) + page.slice(end + '</script>'.length);
        const at = page.indexOf(WORKER);
        if (at < 0) return this.error('找不到读取 worker 的代码');
        html.source = `${page.slice(0, at)}<script>(()=>{"use strict";performance.mark("gouji:code");${code}\n})();</script>\n    ${page.slice(at)}`;
      },
    },
  };
}

// One self-contained dist/index.html that works from file://.
export default defineConfig({
  plugins: [svelte(), lazyModules(LAZY_MODULES), ruleTreesAtBuild(), readWorkerBundle(), viteSingleFile({ removeViteModuleLoader: true }), classicAppScript()],
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
