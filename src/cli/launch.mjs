#!/usr/bin/env node
/**
 * `npm run audit`: runs the command line from a prebuilt bundle with plain node (no TypeScript
 * loader at start-up). The bundle is rebuilt with esbuild when a source under src/ is newer.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
// (GOUJI_CLI_CACHE: elsewhere, for the test of several first runs at once)
const cache = process.env.GOUJI_CLI_CACHE ?? join(root, 'node_modules/.cache/gouji-cli');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`; // not join(): normalising 250 paths was most of this walk's time
    if (e.isDirectory()) {
      if (e.name !== 'ui') t = Math.max(t, newest(p));
    } else if (/\.(ts|json|mjs)$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

// One bundle per state of the sources: several runs at once (a test suite) never read a half-written one.
const stamp = String(Math.floor(Math.max(newest(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)));
const outdir = join(cache, stamp);
if (!existsSync(join(outdir, 'main.mjs'))) {
  const { build } = await import('esbuild');
  const tmp = `${outdir}.tmp${process.pid}`;
  await build({
    // worker: the threads a folder of many files is audited on (src/cli/auditInWorkers.ts)
    entryPoints: { main: join(root, 'src/cli/main.ts'), start: join(root, 'src/cli/start.ts'), worker: join(root, 'src/cli/worker.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // pdfjs and exceljs are loaded from node_modules when a PDF is read or a workbook written.
    external: ['pdfjs-dist', 'exceljs'],
    define: { __GOUJI_BUILD__: '"cli"' },
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  try {
    renameSync(tmp, outdir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another run finished first: use its bundle
  }
  // Older bundles go once nothing can still be running from them (a run loads some chunks lazily:
  // the PDF and Word readers, the audit, its worker threads), and so do builds left half-written
  // by a run that was stopped (no build takes an hour).
  const hour = Date.now() - 3_600_000;
  for (const old of readdirSync(cache)) {
    if (old === stamp) continue;
    // (another run doing the same may have removed it since the listing)
    const made = statSync(join(cache, old), { throwIfNoEntry: false })?.mtimeMs;
    if (made !== undefined && made < hour) rmSync(join(cache, old), { recursive: true, force: true });
  }
}

const which = process.env.GOUJI_CLI_ENTRY === 'start' ? 'start.mjs' : 'main.mjs';
process.env.GOUJI_ROOT = root;
const { run } = await import(pathToFileURL(join(outdir, which)).href);
if (which === 'main.mjs') {
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await run(process.argv.slice(2));
}
