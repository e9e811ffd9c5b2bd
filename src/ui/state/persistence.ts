import { createStore, del, get, getMany, setMany, set } from 'idb-keyval';
import type { RawTable } from '../../core';
import type { SavedWorkspace } from './docState';
import { dropOpeningCopy, readOpeningCopy, writeOpeningCopy } from './openingCopy';

/**
 * IndexedDB through idb-keyval. Writes are coalesced: the latest snapshot wins, one write at a time.
 * Works from file:// in Chromium; where IndexedDB is unavailable (some locked-down browsers) the page
 * still works, it only forgets on reload.
 *
 * The document's tables are kept in a record of their own, written when the document changes, not
 * at every edit: IndexedDB copies what it is given on the page's thread, and a table of 200,000
 * cells costs as much to copy as the edit did to make. The workspace record names the tables it
 * goes with (`tablesAt`: the document's load time).
 */
const KEY = 'workspace';
const TABLES_KEY = 'tables';
let store: ReturnType<typeof createStore> | null = null;
function db() {
  store ??= createStore('gouji', 'state');
  return store;
}

interface TablesRecord {
  at: string;
  tables: RawTable[];
}

let pending: SavedWorkspace | null = null;
let writing: Promise<void> | null = null;
/** the tables last written (by identity): a snapshot with the same ones writes only the workspace */
let written: RawTable[] | null = null;
/** settles true once nothing newer than what the page opened is in IndexedDB (see openingSnapshot) */
let verified: Promise<boolean> = Promise.resolve(true);
let stale = false;
let lastStamp = 0;

export function save(snapshot: SavedWorkspace): Promise<void> {
  if (stale) return Promise.resolve();
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  pending = { ...snapshot, savedAt: lastStamp };
  writeOpeningCopy(pending);
  writing ??= (async () => {
    try {
      if (!(await verified)) return;
      while (pending) {
        const next = pending;
        pending = null;
        await write(next);
      }
    } catch (e) {
      console.warn('gouji: 无法保存到 IndexedDB', e);
    } finally {
      writing = null;
    }
  })();
  return writing;
}

async function write(snapshot: SavedWorkspace): Promise<void> {
  const doc = snapshot.doc as { tables?: RawTable[]; source?: { at?: string } } | null;
  if (!doc?.tables || !doc.source?.at) {
    await set(KEY, snapshot, db());
    if (!doc) {
      await del(TABLES_KEY, db()); // nothing open: the tables are forgotten too (a shared office PC)
      written = null;
    }
    return;
  }
  const { tables, ...rest } = doc;
  const record: SavedWorkspace = { ...snapshot, doc: { ...rest, tablesAt: doc.source.at } };
  if (tables === written) {
    await set(KEY, record, db());
    return;
  }
  // one transaction: the workspace never names tables that are not there
  await setMany(
    [
      [TABLES_KEY, { at: doc.source.at, tables } satisfies TablesRecord],
      [KEY, record],
    ],
    db(),
  );
  written = tables;
}

/** The workspace with its document's tables put back (a record of the older shape has them inside). */
function joined(value: SavedWorkspace | undefined, tables: TablesRecord | undefined): SavedWorkspace | undefined {
  const doc = value?.doc as { tables?: RawTable[]; tablesAt?: string } | null | undefined;
  if (!value || !doc || doc.tables || !doc.tablesAt) return value;
  const { tablesAt, ...rest } = doc;
  // tables of another document (a write cut short): the document is left without them (set aside)
  if (tables?.at !== tablesAt) return { ...value, doc: rest };
  written = tables.tables;
  return { ...value, doc: { ...rest, tables: tables.tables } };
}

export async function load(): Promise<SavedWorkspace | undefined> {
  try {
    const { value, tables } = await readRecord();
    const saved = joined(value, tables);
    if (saved && typeof saved.savedAt === 'number') {
      const at = (lastStamp = Math.max(lastStamp, saved.savedAt));
      // the copy for the next opening, made after this one (unless a save made it first); a record
      // of an older page (no time on it) gets one at its first save
      setTimeout(() => {
        if (lastStamp === at) writeOpeningCopy(saved);
      }, 0);
    }
    return saved;
  } catch (e) {
    console.warn('gouji: 无法读取 IndexedDB', e);
    return undefined;
  }
}

async function readRecord(): Promise<{ value: SavedWorkspace | undefined; tables?: TablesRecord }> {
  // index.html started the read before this script was even parsed; null: it could not, read here
  const early = await (globalThis as { __goujiSaved?: Promise<{ value: SavedWorkspace | undefined; tables?: TablesRecord } | null> }).__goujiSaved;
  if (early) return early;
  const [value, tables] = await getMany<unknown>([KEY, TABLES_KEY], db());
  return { value: value as SavedWorkspace | undefined, tables: tables as TablesRecord | undefined };
}

/**
 * The last session from its copy in localStorage, at once (undefined when there is none: then
 * `load()`). The copy is checked against IndexedDB before the page writes anything: when the record
 * there is newer (another tab, or an older gouji page, saved after the copy was made), the copy is
 * dropped and the page reloaded from the record, so no work saved there is ever overwritten. A copy
 * newer than the record (a write cut short by closing the page) stands.
 */
export function openingSnapshot(): SavedWorkspace | undefined {
  const copy = readOpeningCopy();
  if (!copy) return undefined;
  verified = readRecord().then(
    ({ value }) => {
      if (!value || (typeof value.savedAt === 'number' && value.savedAt <= copy.savedAt!)) return true;
      stale = true;
      dropOpeningCopy();
      location.reload();
      return false;
    },
    () => true, // IndexedDB unreadable: the copy is all there is
  );
  lastStamp = copy.savedAt!;
  return copy;
}
