import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exitStatusOf, type Reading } from '../core';
import { REPORT_TEMPLATES } from '../templates';
import type { ExportFormat } from './exportFormats';
import { auditFile, fileOutput, OutputWriter, type FileOutput, type OutputMode } from './fileOutput';
import { say } from './messages';
import { pairYears } from './pairYears';
import { readFileEntry, readReport, type ReadFile } from './readReport';
import { threadsFor } from './threads';
import type { AuditedFile } from './textReport';

export interface RunOptions {
  /** --previous: last year's report, compared with each report audited */
  previousPath?: string;
  /** --out: where each report's exports and the batch summary are written */
  outDir?: string;
  format: ExportFormat;
  mode: OutputMode;
}

/**
 * The audit of the command line's files, once its arguments are understood (main.ts): last year's
 * report read first, then the files, on this thread or over worker threads, each one's part of the
 * output written in order. Returns the exit status.
 */
export async function auditRun(
  paths: readonly string[],
  { previousPath, outDir, format, mode }: RunOptions,
  io: { stdout: { write(text: string | Uint8Array): unknown }; stderr: { write(text: string): unknown } },
): Promise<number> {
  let previous: Reading | null = null;
  const note = (line: string) => io.stderr.write(line + '\n');
  if (previousPath) {
    const read = await readReport(previousPath, note);
    if (!read.reading || read.reading.templateId === null) {
      io.stderr.write(say('previous.unreadable', { path: previousPath, error: read.errors.join('；') }) + '\n');
      return 2;
    }
    previous = read.reading;
  }
  const writer = new OutputWriter(io.stdout, mode);
  // Many files are spread over worker threads (not with --out, whose exports need every audit here,
  // nor with standard input, which only this thread can read).
  const threads = outDir || paths.includes('-') ? 1 : threadsFor(paths.length);
  const entry = threads > 1 ? workerEntry() : null;
  if (entry) {
    // the pool and the exports are loaded when used: a single file needs neither (nor worker_threads)
    const { auditInWorkers, PoolError } = await import('./auditInWorkers');
    let given = 0;
    try {
      await auditInWorkers(paths, { threads, mode, previous, entry }, note, (o) => (given++, writer.add(o)));
    } catch (e) {
      // A worker died: do it all again here, without repeating the notes or the parts already given.
      const noted = e instanceof PoolError ? e.noted : Infinity;
      let i = 0;
      await auditHere(paths, previous, mode, (f, line) => f >= noted && note(line), (o) => i++ >= given && writer.add(o));
    }
  } else if (!outDir) {
    await auditHere(paths, previous, mode, (_f, line) => note(line), (o) => writer.add(o));
  } else {
    // The exports first, then standard output (as the exports' note on standard error comes first).
    const files: AuditedFile[] = [];
    const outputs: FileOutput[] = [];
    await auditHere(paths, previous, mode, (_f, line) => note(line), (o) => outputs.push(o), files);
    const { writeExports } = await import('./writeExports');
    const written = await writeExports(outDir, format, files, REPORT_TEMPLATES);
    io.stderr.write(say('out.written', { count: written.length, dir: outDir }) + '\n');
    for (const o of outputs) writer.add(o);
  }
  return exitStatusOf(writer.end());
}

/**
 * The audit on this thread: every file read first (the years pair over all of them), then each one
 * audited and its part of the output given to `emit`, in order. `keep` collects the audits
 * themselves (--out writes exports of them).
 */
async function auditHere(
  paths: readonly string[],
  previous: Reading | null,
  mode: OutputMode,
  note: (file: number, line: string) => void,
  emit: (o: FileOutput) => void,
  keep?: AuditedFile[],
): Promise<void> {
  const read: ReadFile[] = [];
  for (let i = 0; i < paths.length; i++) read.push(await readFileEntry(paths[i], (line) => note(i, line)));
  // Without --previous, reports of one unit for consecutive years in this audit pair themselves.
  const paired = previous ? read.map(() => previous) : pairYears(read.map((r) => r.reading));
  for (let i = 0; i < read.length; i++) {
    const f = auditFile(read[i], paired[i]);
    keep?.push(f);
    emit(fileOutput(f, mode));
  }
}

/** The bundled worker beside this bundle; none when run from the sources (tsx, tests): then one thread. */
function workerEntry(): URL | null {
  const url = new URL('./worker.mjs', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}
