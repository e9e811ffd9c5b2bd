import { createStore, get, set } from 'idb-keyval';
import type { Decision } from '../../io/export/exportContext';
import type { DocState } from '../state/docState';

/**
 * Decisions on a document opened on its own (not from a batch), in their own IndexedDB database,
 * by the document's source (kind, name and when it was loaded): a document reloaded from the
 * page's record keeps them; a new load of the same file starts afresh.
 */
let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('gouji-review', 'decisions'));

export function docKey(doc: DocState): string {
  return `${doc.source.kind}|${doc.source.name}|${doc.source.at}`;
}

export async function loadDecisions(key: string): Promise<Record<string, Decision>> {
  try {
    return (await get<Record<string, Decision>>(key, db())) ?? {};
  } catch {
    return {};
  }
}

export async function saveDecisions(key: string, decisions: Record<string, Decision>): Promise<void> {
  try {
    await set(key, decisions, db());
  } catch (e) {
    console.warn('gouji: 无法保存审核意见', e);
  }
}
