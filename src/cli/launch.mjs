#!/usr/bin/env node
/**
 * `npm run audit`: runs the command line from a prebuilt bundle with plain node (no TypeScript
 * loader at start-up). The bundle is rebuilt with esbuild when a source under src/ is newer.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const outdir = join(root, 'node_modules/.cache/gouji-cli');
const entry = join(outdir, 'main.mjs');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'ui') t = Math.max(t, newest(p));
    } else if (/\.(ts|json)$/.test(e.name)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function builtAt() {
  try {
    return statSync(entry).mtimeMs;
  } catch {
    return 0;
  }
}

if (builtAt() < Math.max(newest(join(root, 'src')), statSync(join(root, 'package-lock.json')).mtimeMs)) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { main: join(root, 'src/cli/main.ts'), start: join(root, 'src/cli/start.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // pdfjs is loaded from node_modules when a PDF is read (it carries its own worker and data).
    external: ['pdfjs-dist'],
    define: { __GOUJI_BUILD__: '"cli"' },
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

const which = process.env.GOUJI_CLI_ENTRY === 'start' ? 'start.mjs' : 'main.mjs';
const { run } = await import(pathToFileURL(join(outdir, which)).href);
if (which === 'main.mjs') {
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await run(process.argv.slice(2));
}
