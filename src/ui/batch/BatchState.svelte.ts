import type { Decision } from '../../io/export/exportContext';
import type { DocState } from '../state/docState';
import type { ReadClient, ReadOutcome } from '../worker/readClient';
import type { WorkbookJob } from '../worker/workbookJob';
import { readFailureText } from '../worker/readMessages';
import { factsOf } from './batchFacts';
import { addEntries, pairingChanges, previousOf, refreshed, type BatchItem } from './batchItem';
import { batchRows, type BatchFilter, type BatchSort } from './batchRows';
import { clearBatch, loadBatch, saveBatch, type BatchMeta } from './batchStore';
import type { BatchEntry } from './readBatchFile';

/** A file to add: its bytes are read only when its turn comes (a folder of 1,000 is never all in memory). */
export interface BatchSource {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

/** Files sent to the worker at once: the next is ready when one finishes, and a single file opened meanwhile waits little. */
const IN_FLIGHT = 4;
/** How often a running batch shows the reports that came back. */
const SHOW_EVERY_MS = 150;
/** How long one slice of re-auditing after a pairing may hold the page's thread. */
const PAIR_SLICE_MS = 30;

/**
 * The batch of issue 9: many reports read and audited in the worker, listed with their verdicts,
 * opened one at a time in the grid, kept in IndexedDB. The main thread only stores what the worker
 * answers; it audits again only a report edited in the grid or paired with last year's.
 */
export class BatchState {
  items = $state.raw<BatchItem[]>([]);
  view = $state<'single' | 'batch'>('single');
  sort = $state.raw<BatchSort>({ key: 'added', dir: 1 });
  filter = $state.raw<BatchFilter>({ verdict: 'all', text: '' });
  progress = $state.raw<{ done: number; total: number; running: boolean; cancelled: boolean } | null>(null);
  /** the item open in the grid, and the `source.at` of the document made from it */
  opened = $state.raw<{ id: string; at: string } | null>(null);
  /** the row last opened or selected, and the list's scroll position: where the reviewer comes back to */
  selectedId = $state<string | null>(null);
  scrollTop = 0;
  restored = $state(false);

  rows = $derived(batchRows(this.items, this.sort, this.filter));

  private run = 0;
  private nextId = 1;

  constructor(private readonly reader: Pick<ReadClient, 'readBatchFile' | 'cancelBatch' | 'makeWorkbook'>) {}

  /** Writes a workbook in the worker (the page carries no exceljs); null when the worker could not. */
  async makeWorkbook(job: WorkbookJob): Promise<Uint8Array | null> {
    const outcome = await this.reader.makeWorkbook(job);
    return outcome.kind === 'workbook' ? outcome.bytes : null;
  }

  /** Reads the saved batch (after the page is up: the single report comes first). */
  async restore(): Promise<void> {
    const { meta, items } = await loadBatch();
    if (meta) {
      this.items = items;
      this.view = meta.view === 'batch' ? 'batch' : 'single';
      this.sort = meta.sort ?? this.sort;
      this.filter = meta.filter ?? this.filter;
      this.opened = meta.opened ?? null;
      this.selectedId = this.opened?.id ?? null;
    }
    this.restored = true;
  }

  /**
   * Reads and audits files in the worker, IN_FLIGHT at a time, adding the reports in the order the
   * files were given (a reader may answer a quick file before a slow one): of one unit's two
   * submissions for a year, the one given later replaces the other, whatever finished first.
   */
  async add(sources: readonly BatchSource[]): Promise<void> {
    if (!sources.length) return;
    const run = ++this.run;
    this.view = 'batch';
    const total = (this.progress?.running ? this.progress.total - this.progress.done : 0) + sources.length;
    this.progress = { done: 0, total, running: true, cancelled: false };
    performance.mark(`gouji:batch-start`);
    const read: Array<BatchEntry[] | undefined> = new Array(sources.length);
    let asked = 0;
    let added = 0;
    // Answers are shown a few times a second, not one by one: redrawing the list and its progress
    // for each of 200 files kept the page's thread busier than the worker.
    const ready: BatchEntry[] = [];
    let finished = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const show = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      this.put(ready.splice(0));
      if (this.progress && finished) this.progress = { ...this.progress, done: this.progress.done + finished };
      finished = 0;
    };
    const worker = async () => {
      for (let i = asked++; i < sources.length && run === this.run; i = asked++) {
        read[i] = await this.readOne(sources[i]);
        if (run !== this.run) return;
        for (; added < sources.length && read[added]; added++) {
          ready.push(...read[added]!);
          read[added] = [];
        }
        finished++;
        timer ??= setTimeout(show, SHOW_EVERY_MS);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, sources.length) }, worker));
    if (run !== this.run) return;
    show();
    performance.measure('gouji:batch', 'gouji:batch-start');
    this.progress = { ...this.progress!, running: false };
    this.pair();
  }

  private async readOne(s: BatchSource): Promise<BatchEntry[]> {
    let outcome: ReadOutcome;
    try {
      outcome = await this.reader.readBatchFile(s.name, await s.bytes());
    } catch (e) {
      const message = String((e as Error)?.message ?? e);
      return [failedEntry(s.name, { zh: message, en: message })];
    }
    if (outcome.kind === 'batch') return outcome.entries;
    if (outcome.kind === 'failed') return [failedEntry(s.name, { zh: readFailureText(outcome.why, 'zh'), en: readFailureText(outcome.why, 'en') })];
    return [];
  }

  /** Stops the batch: files not yet read are left out, answers in flight dropped. */
  cancel(): void {
    if (!this.progress?.running) return;
    this.run++;
    this.reader.cancelBatch();
    this.progress = { ...this.progress, running: false, cancelled: true };
    this.pair();
  }

  private put(entries: BatchEntry[]): void {
    if (!entries.length) return;
    const before = new Set(this.items.map((x) => x.id));
    this.items = addEntries(this.items, entries, () => `${Date.now().toString(36)}-${this.nextId++}`);
    this.save(this.items.filter((x) => !before.has(x.id)));
  }

  private pairRun = 0;

  /**
   * Pairs consecutive years of one unit and audits again those whose pairing changed, a few at a
   * time (a batch of 200 reports can change the pairing of dozens: each audit is a millisecond or
   * two on this thread, and the page must not stop for all of them at once).
   */
  private pair(force: ReadonlySet<string> = new Set()): void {
    const run = ++this.pairRun;
    const changes = pairingChanges(this.items, force);
    const step = (from: number) => {
      if (run !== this.pairRun) return; // paired again since: that run does the rest
      const started = performance.now();
      const done = new Map<string, BatchItem>();
      let i = from;
      for (; i < changes.length && performance.now() - started < PAIR_SLICE_MS; i++) {
        const c = changes[i];
        const item = this.items.find((x) => x.id === c.id);
        if (item) done.set(item.id, refreshed({ ...item, previousId: c.previousId }, c.previous));
      }
      if (done.size) {
        this.items = this.items.map((x) => done.get(x.id) ?? x);
        this.save([...done.values()]);
      }
      if (i < changes.length) setTimeout(() => step(i), 0);
    };
    step(0);
  }

  remove(id: string): void {
    this.items = this.items.filter((x) => x.id !== id);
    if (this.opened?.id === id) this.opened = null;
    this.pair();
    this.save([], [id]);
  }

  /** Forgets the batch (cancelling a run). */
  async clear(): Promise<void> {
    this.cancel();
    this.items = [];
    this.opened = null;
    this.selectedId = null;
    this.progress = null;
    await clearBatch();
    this.save([]);
  }

  /** The document to load in the grid for an item (its edits and reading kept); marks it as opened. */
  open(id: string): DocState | null {
    const item = this.items.find((x) => x.id === id);
    if (!item || !item.entry.reading) return null;
    const at = new Date().toISOString();
    this.opened = { id, at };
    this.selectedId = id;
    this.view = 'single';
    this.save([]);
    const e = item.entry;
    return {
      version: 2,
      source: { kind: 'file', name: e.name.split('/').pop() ?? e.name, at },
      tables: e.tables,
      narrative: e.narrative,
      issues: e.issues,
      templateOverride: null,
      edits: { ...item.edits },
      reading: e.reading!,
      readingBuild: __GOUJI_BUILD__,
      readingOverride: null,
    };
  }

  /** The item a document was opened from, when it was. */
  itemOfDoc(doc: DocState | null): BatchItem | null {
    if (!doc || !this.opened || doc.source.at !== this.opened.at) return null;
    return this.items.find((x) => x.id === this.opened!.id) ?? null;
  }

  /** Edits made in the grid go back into the item they were made on (and its facts are audited again). */
  syncEdits(doc: DocState | null): void {
    const item = this.itemOfDoc(doc);
    if (!item || !doc || sameEdits(item.edits, doc.edits)) return;
    this.update(refreshed({ ...item, edits: { ...doc.edits } }, previousOf(this.items, item)));
  }

  setDecisions(id: string, decisions: Record<string, Decision>): void {
    const item = this.items.find((x) => x.id === id);
    if (item) this.update({ ...item, decisions });
  }

  previousReading(id: string) {
    const item = this.items.find((x) => x.id === id);
    return item ? previousOf(this.items, item) : null;
  }

  setView(view: 'single' | 'batch'): void {
    this.view = view;
    this.save([]);
  }

  setSort(sort: BatchSort): void {
    this.sort = sort;
    this.save([]);
  }

  setFilter(filter: BatchFilter): void {
    this.filter = filter;
    this.save([]);
  }

  private update(item: BatchItem): void {
    this.items = this.items.map((x) => (x.id === item.id ? item : x));
    this.save([item]);
  }

  private save(changed: readonly BatchItem[], removed: readonly string[] = []): void {
    const meta: BatchMeta = { order: this.items.map((x) => x.id), view: this.view, sort: this.sort, filter: this.filter, opened: this.opened };
    void saveBatch(meta, changed, removed);
  }
}

function failedEntry(name: string, why: { zh: string; en: string }): BatchEntry {
  return { name, format: 'unknown', tables: [], narrative: [], issues: [], reading: null, errors: [why.zh], facts: factsOf(null, [why.zh], [why.en]) };
}

function sameEdits(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}
