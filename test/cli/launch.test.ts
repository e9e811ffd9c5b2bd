import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

/**
 * Several first runs at once after an update (a folder audited in two terminals, a script starting
 * runs in parallel): each builds the command line's bundle, and each then drops the bundles of older
 * sources. One run removing a bundle another had just listed made that run crash (exit 1, nothing on
 * standard output) before it audited anything.
 */
const cache = mkdtempSync(join(tmpdir(), 'gouji-cli-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the command line started several times at once, with old bundles to drop', { timeout: 120_000 }, () => {
  it('every run audits the sample; the old bundles are gone, the new one stays', async () => {
    const old = new Date(Date.now() - 2 * 3_600_000);
    for (let i = 0; i < 300; i++) {
      // (a few of them builds a stopped run left half-written)
      const dir = join(cache, `1000000${String(i).padStart(4, '0')}${i % 50 ? '' : `.tmp${i}`}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.mjs'), '');
      utimesSync(dir, old, old);
    }
    const runs = await Promise.all(Array.from({ length: 4 }, () => cli(['src/samples/youyang-2021.txt'], '', { GOUJI_CLI_CACHE: cache })));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('【通过】');
    }
    expect(readdirSync(cache)).toHaveLength(1);
  });
});
