import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** vitest globalSetup: the browser tests run against the built single file, so build it first. */
export default async function buildOnce(): Promise<void> {
  const root = resolve(import.meta.dirname, '../../..');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  const out = resolve(root, 'dist/index.html');
  if (!existsSync(out) || statSync(out).size < 10_000) throw new Error(`构建失败：没有生成 ${out}`);
}
