#!/usr/bin/env node
/**
 * gouji's command line: `npm run --silent audit -- [--json [--pretty]] PATH...`
 * Standard output carries the report (or exactly one JSON document); messages go to standard error.
 * Exit status (keys.md): 2 bad usage; 0 when every report passed; otherwise 1.
 */
import { readFileSync } from 'node:fs';
import { audit, exitStatusOf, isFailing, recognise, summarise, type Reading } from '../core';
import { importFile } from '../io/importFile';
import { formatIssue } from '../io/importTypes';
import { fileReport } from '../io/export/auditJson';
import { extensionList } from '../io/formats';
import { REPORT_TEMPLATES } from '../templates';
import { RULEMAKERS } from '../templates/rulemakers';
import { collectPaths } from './collectPaths';
import { say } from './messages';
import { pairYears } from './pairYears';
import { textReport, type AuditedFile } from './textReport';
import { EXPORT_FORMATS, writeExports, type ExportFormat } from './writeExports';

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
  let previous: Reading | null = null;
  if (previousPath) {
    const read = await readPath(previousPath, io.stderr);
    if (!read.reading || read.reading.templateId === null) {
      io.stderr.write(say('previous.unreadable', { path: previousPath, error: read.errors.join('；') }) + '\n');
      return 2;
    }
    previous = read.reading;
  }
  const read: Array<{ file: string; reading: Reading | null; errors: string[] }> = [];
  for (const path of paths) {
    try {
      read.push({ file: path, ...(await readPath(path, io.stderr)) });
    } catch (e) {
      // One file's failure is that file's entry; the others are still audited and reported.
      read.push({ file: path, reading: null, errors: [say('audit.crashed', { path, error: (e as Error).message })] });
    }
  }
  // Without --previous, reports of one unit for consecutive years in this audit pair themselves.
  const paired = previous ? read.map(() => previous) : pairYears(read.map((r) => r.reading));
  const files: AuditedFile[] = read.map(({ file, reading, errors }, i) => {
    if (!reading) return { file, result: null, errors };
    try {
      return { file, result: audit(reading, { templates: REPORT_TEMPLATES, previous: paired[i], rulemakers: RULEMAKERS }), errors: [] };
    } catch (e) {
      return { file, result: null, errors: [say('audit.crashed', { path: file, error: (e as Error).message })] };
    }
  });
  if (outDir) {
    const written = await writeExports(outDir, format, files, REPORT_TEMPLATES);
    io.stderr.write(say('out.written', { count: written.length, dir: outDir }) + '\n');
  }
  if (argv.includes('--json')) {
    const doc = { files: files.map((f) => fileReport(f.file, f.result, f.result ? [] : f.errors)) };
    io.stdout.write((argv.includes('--pretty') ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + '\n');
  } else {
    io.stdout.write(textReport(files, REPORT_TEMPLATES) + '\n');
  }
  return exitStatusOf(files.map((f) => ({ verdict: summarise(f.result).verdict, failing: !!f.result?.findings.some(isFailing) })));
}

/** One file read as a report (not yet audited), or why it could not be. */
async function readPath(path: string, stderr: NodeJS.WritableStream): Promise<{ reading: Reading | null; errors: string[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path === '-' ? 0 : path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? say('read.missing', { path }) : code === 'EACCES' ? say('read.denied', { path }) : code === 'EISDIR' ? say('read.directory', { path }) : say('read.failed', { path, code: code ?? (e as Error).message });
    return { reading: null, errors: [why] };
  }
  // Standard input has no name: let the content say what it is.
  const imported = await importFile(path === '-' ? 'stdin' : path, bytes);
  const issues = imported.issues.map((i) => formatIssue(i));
  if (!imported.tables.length) {
    return { reading: null, errors: issues.length ? issues : [say('report.cannot', { error: path })] };
  }
  // keys.md: `errors` says why a file could not be read. This one was read: its notes go to stderr.
  for (const text of issues) stderr.write(say('note.issue', { path, text }) + '\n');
  return { reading: recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative }), errors: [] };
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
