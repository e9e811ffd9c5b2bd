import { readFileSync } from 'node:fs';
import { recognise, type Reading } from '../core';
import { importFile } from '../io/importFile';
import { formatIssue } from '../io/importTypes';
import { REPORT_TEMPLATES } from '../templates';
import { say } from './messages';

/** One file as read for the audit: its reading, or why there is none. */
export interface ReadFile {
  file: string;
  reading: Reading | null;
  errors: string[];
}

/**
 * One file read as a report (not yet audited), or why it could not be. What the reader noticed in a
 * file it did read goes to `note` (standard error), one line each.
 */
export async function readReport(path: string, note: (line: string) => void): Promise<{ reading: Reading | null; errors: string[] }> {
  let bytes: Uint8Array;
  try {
    // a file's buffer is its own memory, made for this read: viewed, not copied (standard input's
    // may share node's pool, and is copied as before)
    const read = readFileSync(path === '-' ? 0 : path);
    bytes = path === '-' ? new Uint8Array(read) : new Uint8Array(read.buffer, read.byteOffset, read.length);
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
  for (const text of issues) note(say('note.issue', { path, text }));
  return { reading: recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative }), errors: [] };
}

/** readReport, with a failure of the reader itself as the file's entry (the other files go on). */
export async function readFileEntry(path: string, note: (line: string) => void): Promise<ReadFile> {
  try {
    return { file: path, ...(await readReport(path, note)) };
  } catch (e) {
    return { file: path, reading: null, errors: [say('audit.crashed', { path, error: (e as Error).message })] };
  }
}
