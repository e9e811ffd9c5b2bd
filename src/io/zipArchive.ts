import { unzipSync } from 'fflate';
import { decodeText } from './decodeText';
import { extensionOf, READ_EXTENSIONS } from './formats';
import { issue, type ImportIssue } from './importTypes';

/** A file taken out of a .zip of submissions. */
export interface ArchivedFile {
  /** its path inside the archive, decoded as Windows or macOS wrote it */
  name: string;
  bytes: Uint8Array;
}

/** What a .zip of reports may unpack to before it is refused (a zip bomb is refused, not inflated). */
export const MAX_ZIP_FILES = 1000;
export const MAX_ZIP_BYTES = 300 * 1024 * 1024;

/**
 * The reports inside a .zip (a superior office receives them so): every file of a registered
 * extension, folders walked, system files (`__MACOSX/`, `.DS_Store`, `Thumbs.db`) skipped. Names
 * written by Windows' own zip are GBK without the UTF-8 flag: fflate gives them as Latin-1, and they
 * are decoded again here. Never throws.
 */
export function filesInZip(zipName: string, bytes: Uint8Array): { files: ArchivedFile[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  let total = 0;
  let count = 0;
  let tooBig = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        const name = rawName(f.name);
        if (!wanted(name)) return false;
        count++;
        total += f.originalSize;
        if (count > MAX_ZIP_FILES || total > MAX_ZIP_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    return { files: [], issues: [issue('import.broken-file', 'import.zip-broken', { name: zipName })] };
  }
  if (tooBig) issues.push(issue('import.too-large', 'import.zip-too-large', { name: zipName, files: MAX_ZIP_FILES, size: `${MAX_ZIP_BYTES / 1048576} MB` }));
  const files = Object.entries(entries)
    .map(([name, data]) => ({ name: rawName(name), bytes: data }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!files.length && !tooBig) issues.push(issue('import.no-table', 'import.zip-empty', { name: zipName }));
  return { files, issues };
}

/** A name fflate decoded as Latin-1 (no UTF-8 flag): its bytes again, then UTF-8 if valid, else GB18030. */
function rawName(name: string): string {
  if (![...name].every((c) => c.charCodeAt(0) < 256) || /^[\x20-\x7e]*$/.test(name)) return name;
  const bytes = Uint8Array.from([...name].map((c) => c.charCodeAt(0)));
  return decodeText(bytes);
}

function wanted(name: string): boolean {
  if (name.endsWith('/')) return false;
  const parts = name.split('/');
  if (parts.some((p) => p === '__MACOSX' || p.startsWith('.'))) return false;
  const base = parts.at(-1)!;
  if (/^(thumbs\.db|desktop\.ini)$/i.test(base) || base.startsWith('~$')) return false;
  // a zip inside the zip is not opened: one level, as offices send them
  return READ_EXTENSIONS.includes(extensionOf(base));
}
