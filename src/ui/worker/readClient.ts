import type { ImportResult } from '../../io/importTypes';
import type { PasteDecision } from '../input/pasteDecision';
import type { BatchEntry } from '../batch/readBatchFile';
import type { WorkerAnswer, WorkerRequest } from './protocol';
import type { WorkbookJob } from './workbookJob';
import type { PlainAnswer, PlainAuditJob } from './plainAudit';

/** What the page needs of a Worker (a fake one in the unit tests). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<WorkerAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/** Why the worker gave no reading: it died, it took too long, or it could not be started at all. */
export type ReadFailure = 'crashed' | 'timeout' | 'unavailable';

export type ReadOutcome =
  | { kind: 'read'; result: ImportResult }
  | { kind: 'paste'; decision: PasteDecision }
  /** a batch file's reports, read and audited in the worker */
  | { kind: 'batch'; entries: BatchEntry[] }
  | { kind: 'workbook'; bytes: Uint8Array }
  /** a big input's audit (null: the worker no longer keeps the table an edit was for) */
  | { kind: 'plain'; answer: PlainAnswer | null }
  /** a newer request was made before this one was answered: show nothing */
  | { kind: 'stale' }
  | { kind: 'failed'; why: ReadFailure };

/** Long enough for a 300-page PDF (the reader's limit) on a slow office computer. */
export const READ_TIMEOUT_MS = 120_000;

interface Pending {
  resolve(outcome: ReadOutcome): void;
  timer: ReturnType<typeof setTimeout>;
  /** a batch file's request: superseded by nothing, only cancelled (cancelBatch) */
  batch?: boolean;
  /** a workbook to write: superseded by nothing, never cancelled */
  keep?: boolean;
}

/**
 * The page's side of the reading worker. The worker is started on the first request, not before
 * (its code is large and most visits only paste). Requests carry ids; a request supersedes the one
 * before it, whose answer is then dropped. A worker that dies or takes longer than `timeoutMs` is
 * ended and the request fails with a reason; the next request starts a fresh worker.
 */
export class ReadClient {
  private worker: WorkerLike | null = null;
  /** whether the current worker's code has loaded and run (it said so) */
  private ready = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly start: () => WorkerLike,
    private readonly timeoutMs = READ_TIMEOUT_MS,
  ) {}

  /** Whether a worker is running (for tests and measurements). */
  get started(): boolean {
    return this.worker !== null;
  }

  /** Reads a paste in the worker: a table to load, values for the selected cells, or nothing. */
  readPaste(html: string, text: string, documentOpen: boolean): Promise<ReadOutcome> {
    return this.request((id) => ({ message: { id, kind: 'paste', html, text, documentOpen }, transfer: [] }));
  }

  /** Reads a file's bytes in the worker. The bytes are handed over (transferred), not copied. */
  readFile(name: string, bytes: Uint8Array): Promise<ReadOutcome> {
    return this.request((id) => {
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      const own = whole ? bytes : bytes.slice();
      return { message: { id, kind: 'file', name, bytes: own }, transfer: [own.buffer as ArrayBuffer] };
    });
  }

  /** Reads, recognises and audits one file of a batch in the worker; other requests do not supersede it. */
  readBatchFile(name: string, bytes: Uint8Array): Promise<ReadOutcome> {
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
    return this.request((id) => ({ message: { id, kind: 'batch', name, bytes: own }, transfer: [own.buffer as ArrayBuffer] }), true);
  }

  /** Drops every batch request in flight (answered as stale; the worker's answers are then ignored). */
  cancelBatch(): void {
    for (const [id, p] of this.pending) if (p.batch) this.settle(id, { kind: 'stale' }, p);
  }

  /** Writes a workbook in the worker (exceljs is there, not in the page); supersedes nothing. */
  makeWorkbook(job: WorkbookJob): Promise<ReadOutcome> {
    return this.request((id) => ({ message: { id, kind: 'workbook', job }, transfer: [] }), false, true);
  }

  /** Recognises and audits a big input in the worker; superseded by nothing (the page drops answers for another document). */
  auditPlain(job: PlainAuditJob): Promise<ReadOutcome> {
    return this.request((id) => ({ message: { id, kind: 'plain-audit', job }, transfer: [] }), false, true);
  }

  /** Checks edits of a big plain table the worker keeps; superseded by nothing (answers come in order). */
  editPlain(doc: string, changes: Array<[string, string]>): Promise<ReadOutcome> {
    return this.request((id) => ({ message: { id, kind: 'plain-edit', doc, changes }, transfer: [] }), false, true);
  }

  private request(make: (id: number) => { message: WorkerRequest; transfer: Transferable[] }, batch = false, keep = false): Promise<ReadOutcome> {
    if (!batch && !keep) for (const [id, p] of this.pending) if (!p.batch && !p.keep) this.settle(id, { kind: 'stale' }, p);
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve({ kind: 'failed', why: 'unavailable' });
    const id = this.nextId++;
    const start = performance.now();
    return new Promise<ReadOutcome>((resolve) => {
      const timer = setTimeout(() => this.fail('timeout'), this.timeoutMs);
      // the time from request to answer, worker start-up included, for measurements (e2e, bench)
      const done = (outcome: ReadOutcome) => {
        performance.measure(`gouji:read ${outcome.kind}`, { start });
        resolve(outcome);
      };
      this.pending.set(id, { resolve: done, timer, batch, keep });
      try {
        const { message, transfer } = make(id);
        worker.postMessage(message, transfer);
      } catch {
        this.fail('crashed');
      }
    });
  }

  /** Ends the worker (and every request in flight, as failed). */
  dispose(): void {
    this.fail('crashed');
  }

  private ensureWorker(): WorkerLike | null {
    if (this.worker) return this.worker;
    let worker: WorkerLike;
    try {
      worker = this.start();
    } catch {
      return null;
    }
    this.ready = false;
    worker.onmessage = (e) => this.onAnswer(e.data);
    // An error before the worker said it was ready: it never ran (its script was blocked, e.g. by a
    // CSP without `worker-src blob:`, or did not load). After: it died while reading.
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.fail(this.ready ? 'crashed' : 'unavailable');
    };
    worker.onmessageerror = () => this.fail('crashed');
    this.worker = worker;
    return worker;
  }

  private onAnswer(answer: WorkerAnswer): void {
    if ('ready' in answer) {
      this.ready = true;
      performance.mark('gouji:worker-ready');
      return;
    }
    const p = this.pending.get(answer.id);
    if (!p) return; // superseded: its request was already told it is stale
    const outcome: ReadOutcome = !answer.ok
      ? { kind: 'failed', why: 'crashed' }
      : 'paste' in answer
        ? { kind: 'paste', decision: answer.paste }
        : 'batch' in answer
          ? { kind: 'batch', entries: answer.batch }
          : 'workbook' in answer
            ? { kind: 'workbook', bytes: answer.workbook }
            : 'plain' in answer
              ? { kind: 'plain', answer: answer.plain }
              : { kind: 'read', result: answer.result };
    // Handed on in a task of its own: taking a big answer out of the message (a table of 200,000
    // cells) is one task, and what the page does with it (loading it into the grid) is the next.
    this.settle(answer.id, outcome, p, true);
  }

  /** The worker cannot be trusted any more: end it and fail whatever it still had. */
  private fail(why: ReadFailure): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, p] of this.pending) this.settle(id, { kind: 'failed', why }, p);
  }

  /** Ends a request with its outcome, now or (`later`) in a task of its own. */
  private settle(id: number, outcome: ReadOutcome, p: Pending, later = false): void {
    clearTimeout(p.timer);
    this.pending.delete(id);
    if (later) setTimeout(() => p.resolve(outcome), 0);
    else p.resolve(outcome);
  }
}
