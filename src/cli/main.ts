#!/usr/bin/env node
/**
 * gouji's command line: `npm run --silent audit -- [--json [--pretty]] PATH...`
 * Standard output carries the report (or exactly one JSON document); messages go to standard error.
 * Exit status (keys.md): 2 bad usage; 0 when every report passed; otherwise 1.
 */
import { readFileSync } from 'node:fs';
import { audit, exitStatusOf, isFailing, recognise, summarise, type AuditResult } from '../core';
import { formatIssue, importFile } from '../io';
import { fileReport } from '../io/export/auditJson';
import { extensionList } from '../io/formats';
import { REPORT_TEMPLATES } from '../templates';
import { collectPaths } from './collectPaths';
import { say } from './messages';
import { textReport, type AuditedFile } from './textReport';

const OPTIONS = new Set(['--json', '--pretty', '--help', '-h']);

export async function run(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const usage = say('usage', { extensions: extensionList('zh') });
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stderr.write(usage + '\n');
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '-' && !OPTIONS.has(a));
  if (unknown.length) {
    io.stderr.write(`${say('unknown-option', { options: unknown.join(' ') })}\n${usage}\n`);
    return 2;
  }
  const args = argv.filter((a) => a === '-' || !a.startsWith('-'));
  if (!args.length) {
    io.stderr.write(`${say('no-paths')}\n${usage}\n`);
    return 2;
  }
  const paths = collectPaths(args);
  if (!paths.length) {
    io.stderr.write(say('nothing-found', { paths: args.join('、') }) + '\n');
    return 2;
  }
  const files: AuditedFile[] = [];
  for (const p of paths) {
    try {
      files.push(await auditPath(p, io.stderr));
    } catch (e) {
      // One file's failure is that file's entry; the others are still audited and reported.
      files.push({ file: p, result: null, errors: [say('audit.crashed', { path: p, error: (e as Error).message })] });
    }
  }
  if (argv.includes('--json')) {
    const doc = { files: files.map((f) => fileReport(f.file, f.result, f.result ? [] : f.errors)) };
    io.stdout.write((argv.includes('--pretty') ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + '\n');
  } else {
    io.stdout.write(textReport(files, REPORT_TEMPLATES) + '\n');
  }
  return exitStatusOf(files.map((f) => ({ verdict: summarise(f.result).verdict, failing: !!f.result?.findings.some(isFailing) })));
}

async function auditPath(path: string, stderr: NodeJS.WritableStream): Promise<AuditedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path === '-' ? 0 : path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? say('read.missing', { path }) : code === 'EACCES' ? say('read.denied', { path }) : code === 'EISDIR' ? say('read.directory', { path }) : say('read.failed', { path, code: code ?? (e as Error).message });
    return { file: path, result: null, errors: [why] };
  }
  // Standard input has no name: let the content say what it is.
  const imported = await importFile(path === '-' ? 'stdin' : path, bytes);
  const issues = imported.issues.map((i) => formatIssue(i));
  if (!imported.tables.length) {
    return { file: path, result: null, errors: issues.length ? issues : [say('report.cannot', { error: path })] };
  }
  // keys.md: `errors` says why a file could not be read. This one was read: its notes go to stderr.
  for (const text of issues) stderr.write(say('note.issue', { path, text }) + '\n');
  const reading = recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative });
  const result: AuditResult = audit(reading, { templates: REPORT_TEMPLATES });
  return { file: path, result, errors: [] };
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
