import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { ensureChromium } from './ensureChromium';

/** vitest globalSetup: Chromium must be there (installed when the machine allows), and the browser tests run against the built single file, so build it first. */
export default async function buildOnce(): Promise<void> {
  ensureChromium();
  const root = resolve(import.meta.dirname, '../../..');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  const out = resolve(root, 'dist/index.html');
  if (!existsSync(out) || statSync(out).size < 10_000) throw new Error(`构建失败：没有生成 ${out}`);
}
