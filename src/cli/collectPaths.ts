import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { READ_EXTENSIONS } from '../io/formats';

/** Files the auditor reads when it walks a folder: every extension of the format registry. */
export const AUDITABLE = new RegExp(`\\.(${READ_EXTENSIONS.join('|')})$`, 'i');

/**
 * Expands the command line's paths: a file stays as given; a folder becomes the folder joined with
 * each auditable file's relative path, sorted; `-` is standard input. A missing path is kept so
 * that its entry can say so.
 */
export function collectPaths(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      out.push(arg);
      continue;
    }
    if (!isDir) {
      out.push(arg);
      continue;
    }
    const found = walk(arg)
      .map((f) => relative(arg, f))
      .filter((f) => AUDITABLE.test(f))
      .sort();
    // The folder as given, joined with each file's relative path (not normalised: `./a/` stays `./a/`).
    const prefix = arg.endsWith(sep) || arg.endsWith('/') ? arg : arg + sep;
    out.push(...found.map((f) => prefix + f));
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
