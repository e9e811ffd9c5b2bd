import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { threadsFor } from '../../src/cli/threads';
import { importFile } from '../../src/io';
import { buildBatchFiles } from '../e2e/support/batchFiles';
import { fmt, median } from './stats';

/**
 * The command line as users run it (`node src/cli/launch.mjs`, the prebuilt bundle):
 *   start     = `--help` (load the bundle, print usage) ÷ `node -e ''`
 *   folder    = reports per second over a folder of 1,000 reports (JSON to /dev/null), against the
 *               rate of only reading and parsing the same files in one process (importFile); the
 *               CLI's own choice of threads (src/cli/threads.ts), and the same folder spread over
 *               every core (GOUJI_CLI_THREADS), to show what the worker threads do at this size.
 *   mixed     = the same over a folder of the formats offices receive (the batch test's files).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const LAUNCH = join(ROOT, 'src/cli/launch.mjs');

/** The batch test's submissions, each copied 50 times under its own number. */
async function mixedFolder(dir: string): Promise<string[]> {
  const made = await buildBatchFiles(join(dir, '..', 'mixed-source'));
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let i = 0; i < 50; i++) {
    for (const f of made) {
      const name = join(dir, `${String(i).padStart(2, '0')}-${f.name}`);
      copyFileSync(f.path, name);
      out.push(name);
    }
  }
  return out;
}

function wall(args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, ...env } });
  if (r.status === null) throw new Error(`${args.join(' ')} did not finish`);
  return performance.now() - t0;
}

export async function cliBench(): Promise<string[]> {
  wall([LAUNCH, '--help']); // builds the bundle if the sources changed
  const start: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 15; i++) {
    bare.push(wall(['-e', '']));
    start.push(wall([LAUNCH, '--help']));
  }

  const dir = mkdtempSync(join(tmpdir(), 'gouji-bench-'));
  const text = readFileSync(join(ROOT, 'src/samples/youyang-2021.txt'), 'utf8');
  mkdirSync(join(dir, 'reports'));
  const names: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const name = join(dir, 'reports', `r${String(i).padStart(4, '0')}.txt`);
    writeFileSync(name, text.replace('\t60\n', `\t${60 + (i % 3)}\n`));
    names.push(name);
  }
  const folder: number[] = [];
  const spread: number[] = [];
  const parse: number[] = [];
  const cores = availableParallelism();
  const threads = threadsFor(names.length);
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (const n of names) await importFile(n, new Uint8Array(readFileSync(n)));
    parse.push(1000 / ((performance.now() - t0) / 1000));
    folder.push(1000 / (wall([LAUNCH, '--json', join(dir, 'reports')]) / 1000));
    if (cores > 1) spread.push(1000 / (wall([LAUNCH, '--json', join(dir, 'reports')], { GOUJI_CLI_THREADS: String(cores) }) / 1000));
  }
  // A folder as a city office receives it: the batch test's 20 submissions (text, Word, Excel, web
  // pages, CSV, Markdown, a .zip, a PDF, a blank template, two unreadable files) 50 times over.
  const mixed = await mixedFolder(join(dir, 'mixed'));
  let t0 = performance.now();
  for (const n of mixed) {
    try {
      await importFile(n, new Uint8Array(readFileSync(n)));
    } catch {
      // an unreadable file is read and refused, as the CLI does
    }
  }
  const mixedParse = mixed.length / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  const mixedFolderRate = mixed.length / (wall([LAUNCH, '--json', join(dir, 'mixed')]) / 1000);
  rmSync(dir, { recursive: true, force: true });
  const s = median(start);
  const b = median(bare);
  return [
    '',
    'CLI (node src/cli/launch.mjs, prebuilt bundle; medians, interleaved)',
    `  start (--help)                    ${fmt(s, 0)} ms`,
    `  node -e ''                        ${fmt(b, 0)} ms`,
    `  start ÷ node -e ''                ${fmt(s / b, 2)}`,
    `  folder of 1,000 reports           ${fmt(median(folder), 0)} reports/s (whole run, start included; ${threads} thread${threads > 1 ? 's' : ''}, the CLI's choice)`,
    ...(cores > 1 ? [`${`  the same over ${cores} threads`.padEnd(36)}${fmt(median(spread), 0)} reports/s (GOUJI_CLI_THREADS=${cores})`] : []),
    `  read + parse only, in-process     ${fmt(median(parse), 0)} reports/s`,
    `  folder rate ÷ parse-only rate     ${fmt(median(folder) / median(parse), 2)}   (text files: reading one is 0.05 ms, auditing it ~10 times that)`,
    `${`  mixed folder of ${mixed.length} files`.padEnd(36)}${fmt(mixedFolderRate, 0)} files/s (the batch test's 20 submissions × 50: Word, Excel, web pages, text, a PDF, a .zip, …; one run)`,
    `  read + parse only, in-process     ${fmt(mixedParse, 0)} files/s`,
    `  mixed folder ÷ parse-only         ${fmt(mixedFolderRate / mixedParse, 2)}   (目标 ≥ 0.8)`,
  ];
}
