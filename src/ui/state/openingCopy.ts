import type { RawTable } from '../../core';
import { BIG_INPUT_CELLS, cellCount } from './bigInput';
import type { SavedWorkspace } from './docState';

/**
 * A copy of the saved workspace in localStorage, for opening fast: localStorage answers at once,
 * while IndexedDB's answer arrives only after the browser has parsed the whole 3 MB file (the page's
 * script now runs before the reading worker's code is parsed: vite.config.ts). Only small
 * documents are copied (a report, not a 20,000-row table); IndexedDB stays the record of the work,
 * and persistence.ts checks the copy against it before anything is written.
 */
const KEY = 'gouji:opening';
const MAX_CHARS = 2_000_000;

/** localStorage, or null where the browser refuses it (file:// pages under some policies). */
export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // a browser that forbids storage for file:// pages
  }
}

export function readOpeningCopy(): SavedWorkspace | undefined {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return undefined;
    const value = JSON.parse(text) as SavedWorkspace;
    return value && typeof value === 'object' && typeof value.savedAt === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Copies a snapshot, or removes the copy when the document is too big to copy (or the copy fails). */
export function writeOpeningCopy(snapshot: SavedWorkspace): void {
  const ls = storage();
  if (!ls) return;
  try {
    // a big input is not copied: its copy would cost every save a stringify
    const tables = (snapshot.doc as { tables?: RawTable[] } | null)?.tables ?? [];
    const text = cellCount(tables) <= BIG_INPUT_CELLS ? JSON.stringify(snapshot) : null;
    if (text && text.length <= MAX_CHARS) ls.setItem(KEY, text);
    else ls.removeItem(KEY);
  } catch {
    dropOpeningCopy(); // full, or not allowed: opening then waits for IndexedDB as before
  }
}

export function dropOpeningCopy(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    /* nothing to drop */
  }
}
