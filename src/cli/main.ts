#!/usr/bin/env node
/**
 * gouji's command line: `npm run --silent audit -- [--json [--pretty]] PATH...`
 * Standard output carries the report (or exactly one JSON document); messages go to standard error.
 * Exit status (keys.md): 2 bad usage; 0 when every report passed; otherwise 1.
 */
import { extensionList } from '../io/formats';
import { collectPaths } from './collectPaths';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats';
import type { OutputMode } from './fileOutput';
import { say } from './messages';

const OPTIONS = new Set(['--json', '--pretty', '--help', '-h', '--previous', '--out', '--format']);
/** Options followed by a value. */
const WITH_VALUE = ['--previous', '--out', '--format'];

/** `--name VALUE` or `--name=VALUE`; undefined when absent, '' when the value is missing. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) {
    const v = argv[i + 1];
    return v === undefined || (v.startsWith('-') && v !== '-') ? '' : v;
  }
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export async function run(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const usage = say('usage', { extensions: extensionList('zh') });
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stderr.write(usage + '\n');
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '-' && !OPTIONS.has(a) && !WITH_VALUE.some((o) => a.startsWith(`${o}=`)));
  if (unknown.length) {
    io.stderr.write(`${say('unknown-option', { options: unknown.join(' ') })}\n${usage}\n`);
    return 2;
  }
  // --previous FILE (or --previous=FILE): last year's report, compared with each report audited
  const previousPath = optionValue(argv, '--previous');
  if (previousPath === '') {
    io.stderr.write(`${say('previous.missing')}\n${usage}\n`);
    return 2;
  }
  // --out DIR [--format xlsx|csv|json|text|html]: the exports of each report and the batch summary
  const outDir = optionValue(argv, '--out');
  const format = (optionValue(argv, '--format') ?? 'xlsx') as ExportFormat;
  if (outDir === '' || !EXPORT_FORMATS.includes(format)) {
    io.stderr.write(`${say('out.bad', { formats: EXPORT_FORMATS.join('|') })}\n${usage}\n`);
    return 2;
  }
  const valueAt = new Set(WITH_VALUE.map((o) => argv.indexOf(o)).filter((i) => i >= 0).map((i) => i + 1));
  const args = argv.filter((a, i) => (a === '-' || !a.startsWith('-')) && !valueAt.has(i));
  if (!args.length) {
    io.stderr.write(`${say('no-paths')}\n${usage}\n`);
    return 2;
  }
  const paths = collectPaths(args);
  if (!paths.length) {
    io.stderr.write(say('nothing-found', { paths: args.join('、') }) + '\n');
    return 2;
  }
  const mode: OutputMode = argv.includes('--json') ? (argv.includes('--pretty') ? 'pretty' : 'json') : 'text';
  // The engine is loaded once there is something to audit (usage and its errors print without it).
  const { auditRun } = await import('./auditRun');
  return auditRun(paths, { previousPath, outDir, format, mode }, io);
}

// Run when executed directly (node dist/cli.mjs, or tsx src/cli/main.ts), not when imported by a test.
const invoked = process.argv[1] ?? '';
if (/(^|[\\/])(main\.ts|cli\.m?js)$/.test(invoked)) {
  // Output piped into `head` that stops reading is no error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2)).then((status) => (process.exitCode = status));
}
