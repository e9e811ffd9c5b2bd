import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmt, median } from './stats';

/**
 * A 100,000-cell .xlsx (10,000 rows × 10 columns under a header row, numbers) through the command
 * line as users run it (`node src/cli/launch.mjs --json FILE`, prebuilt bundle, JSON to /dev/null),
 * ÷ SheetJS reading the same file with its default options, two ways:
 * - in-process (issue #10's figure): `XLSX.read(bytes)` timed warm inside this process — a cold CLI
 *   process against a warm call, so node's start and module loading count on one side only;
 * - cold (like for like): a fresh `node` process that loads SheetJS from node_modules (xlsx.mjs, the
 *   file the CLI bundle is built from), reads the file's bytes and does `XLSX.read` of them, and
 *   exits — timed as the CLI is, from spawn to exit.
 * The CLI's time is the whole run: node start + loading the bundle + reading + recognition + audit +
 * JSON; its start (`--help`) is measured beside it, so the rest is what the file costs.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const LAUNCH = join(ROOT, 'src/cli/launch.mjs');
const RUNS = 7;
/** The cold baseline's child: SheetJS alone, default options (argv[1] is the file). */
const READ_ONLY = "import * as XLSX from 'xlsx'; import { readFileSync } from 'node:fs'; XLSX.read(readFileSync(process.argv[1]));";

function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status === null || r.status === 2) throw new Error(`${args.join(' ')} did not finish (status ${r.status})`);
  return performance.now() - t0;
}

/** As browserBench's bigRows, with the values as numbers (a sheet of figures, not of text). */
function bigRows(rows: number, cols: number): (string | number)[][] {
  const out: (string | number)[][] = [Array.from({ length: cols }, (_, c) => `列${c + 1}`)];
  for (let r = 0; r < rows; r++) out.push(Array.from({ length: cols }, (_, c) => (r * 7 + c * 13) % 1000));
  return out;
}

export async function cliXlsxBench(): Promise<string[]> {
  const XLSX = await import('xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(bigRows(10_000, 10)), '表1');
  const dir = mkdtempSync(join(tmpdir(), 'gouji-xlsx-bench-'));
  const file = join(dir, 'big.xlsx');
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const bytes = readFileSync(file);

  wall([LAUNCH, '--help']); // builds the bundle if the sources changed
  XLSX.read(bytes); // warm this process's SheetJS as the CLI's own is warm by the time it reads
  const cli: number[] = [];
  const start: number[] = [];
  const read: number[] = [];
  const cold: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      XLSX.read(bytes);
      read.push(performance.now() - t0);
      cli.push(wall([LAUNCH, '--json', file]));
      start.push(wall([LAUNCH, '--help']));
      cold.push(wall(['--input-type=module', '-e', READ_ONLY, file]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const c = median(cli);
  const s = median(start);
  const x = median(read);
  const k = median(cold);
  return [
    '',
    `A 100,000-cell .xlsx (10,000 × 10 + header, ${fmt(bytes.length / 1024, 0)} KB; medians of ${RUNS}, interleaved)`,
    `  CLI --json FILE (node start + bundle + read + audit + JSON)  ${fmt(c, 0)} ms`,
    `    of which start (--help)                                     ${fmt(s, 0)} ms`,
    `    the file itself (--json − --help)                           ${fmt(c - s, 0)} ms`,
    `  XLSX.read(bytes), default options, in-process               ${fmt(x, 0)} ms`,
    `  node -e XLSX.read(readFileSync(FILE)), fresh process (cold)  ${fmt(k, 0)} ms`,
    `  CLI ÷ XLSX.read in-process (issue #10's figure)              ${fmt(c / x, 2)} (target ≤ 1)`,
    `  CLI ÷ XLSX.read in a fresh process (like for like)           ${fmt(c / k, 2)} (target ≤ 1)`,
  ];
}

if (process.argv[1]?.endsWith('cliXlsxBench.ts')) console.log((await cliXlsxBench()).join('\n'));
