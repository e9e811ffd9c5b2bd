import { clear, createStore, del, entries, setMany } from 'idb-keyval';
import type { BatchItem } from './batchItem';
import type { BatchFilter, BatchSort } from './batchRows';

/** What the batch view remembers besides its items. */
export interface BatchMeta {
  /** item ids in the order added */
  order: string[];
  view: 'single' | 'batch';
  sort: BatchSort;
  filter: BatchFilter;
  /** the item open in the grid, and the mark on the document made from it */
  opened: { id: string; at: string } | null;
}

/**
 * The batch in its own IndexedDB database (`gouji-batch`), apart from the single document's: one
 * record per item (an edit rewrites one report, not the batch) and one for the rest. Where IndexedDB
 * is unavailable the batch still works and is forgotten on reload.
 */
let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('gouji-batch', 'items'));
const META = 'meta';

export async function saveBatch(meta: BatchMeta, changed: readonly BatchItem[], removed: readonly string[] = []): Promise<void> {
  try {
    await setMany([[META, meta], ...changed.map((x) => [`item:${x.id}`, x] as [string, BatchItem])], db());
    for (const id of removed) await del(`item:${id}`, db());
  } catch (e) {
    console.warn('gouji: 无法保存批量审核', e);
  }
}

export async function loadBatch(): Promise<{ meta: BatchMeta | null; items: BatchItem[] }> {
  try {
    const all = new Map(await entries<string, unknown>(db()));
    const meta = (all.get(META) as BatchMeta | undefined) ?? null;
    if (!meta || !Array.isArray(meta.order)) return { meta: null, items: [] };
    const items = meta.order.map((id) => all.get(`item:${id}`) as BatchItem | undefined).filter((x): x is BatchItem => !!x?.entry && !!x.facts);
    return { meta, items };
  } catch (e) {
    console.warn('gouji: 无法读取批量审核', e);
    return { meta: null, items: [] };
  }
}

/** Forgets the whole batch (a shared office computer). */
export async function clearBatch(): Promise<void> {
  try {
    await clear(db());
  } catch (e) {
    console.warn('gouji: 无法清除批量审核', e);
  }
}
