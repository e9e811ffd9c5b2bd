import { createStore, get, set } from 'idb-keyval';
import type { SavedWorkspace } from './docState';

/**
 * IndexedDB through idb-keyval. Writes are coalesced: the latest snapshot wins, one write at a time.
 * Works from file:// in Chromium; where IndexedDB is unavailable (some locked-down browsers) the page
 * still works, it only forgets on reload.
 */
const KEY = 'workspace';
let store: ReturnType<typeof createStore> | null = null;
function db() {
  store ??= createStore('gouji', 'state');
  return store;
}

let pending: SavedWorkspace | null = null;
let writing: Promise<void> | null = null;

export function save(snapshot: SavedWorkspace): Promise<void> {
  pending = snapshot;
  writing ??= (async () => {
    try {
      while (pending) {
        const next = pending;
        pending = null;
        await set(KEY, next, db());
      }
    } catch (e) {
      console.warn('gouji: 无法保存到 IndexedDB', e);
    } finally {
      writing = null;
    }
  })();
  return writing;
}

export async function load(): Promise<SavedWorkspace | undefined> {
  try {
    // index.html started the read before this script was even parsed; null: it could not, read here
    const early = await (globalThis as { __goujiSaved?: Promise<{ value: SavedWorkspace | undefined } | null> }).__goujiSaved;
    if (early) return early.value;
    return await get<SavedWorkspace>(KEY, db());
  } catch (e) {
    console.warn('gouji: 无法读取 IndexedDB', e);
    return undefined;
  }
}
