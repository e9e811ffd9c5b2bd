import { createStore, del, get, set } from 'idb-keyval';
import type { Reading } from '../../core';
import type { DocState } from '../state/docState';

/** Last year's report as kept with a document: its reading (plain data) and where it came from. */
export interface SavedPrevious {
  name: string;
  reading: Reading;
  /** when it was loaded (ISO) */
  at: string;
}

/**
 * Last year's reports, in their own IndexedDB database, by the document they belong to (its source:
 * kind, name and when it was loaded): the page's saved document reopens with its last year.
 */
let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('gouji-previous', 'byDoc'));

export function previousKey(doc: Pick<DocState, 'source'>): string {
  return `${doc.source.kind}|${doc.source.name}|${doc.source.at}`;
}

export async function loadPrevious(key: string): Promise<SavedPrevious | null> {
  try {
    const x = await get<SavedPrevious>(key, db());
    return x && typeof x === 'object' && x.reading && typeof x.name === 'string' ? x : null;
  } catch {
    return null;
  }
}

export async function savePrevious(key: string, saved: SavedPrevious): Promise<void> {
  try {
    await set(key, saved, db());
  } catch (e) {
    console.warn('gouji: 无法保存上年报告', e);
  }
}

export async function deletePrevious(key: string): Promise<void> {
  try {
    await del(key, db());
  } catch (e) {
    console.warn('gouji: 无法删除上年报告', e);
  }
}
