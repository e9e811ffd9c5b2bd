import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../../src/io';
import type { ReadFileRequest, WorkerAnswer, WorkerRequest } from '../../../src/ui/worker/protocol';
import { ReadClient, type WorkerLike } from '../../../src/ui/worker/readClient';

/** A stand-in worker: records what it was sent; the test answers, crashes or stays silent. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  transferred: Transferable[][] = [];
  terminated = false;
  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    this.sent.push(message);
    this.transferred.push(transfer);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(id: number, result: ImportResult): void {
    this.say({ id, ok: true, result });
  }
  /** an answer as the worker sends it; the client hands it on in a task of its own (run at once here) */
  say(data: WorkerAnswer): void {
    this.onmessage?.({ data } as MessageEvent<WorkerAnswer>);
    vi.advanceTimersByTime(0);
  }
  hello(): void {
    this.onmessage?.({ data: { ready: true } } as MessageEvent<WorkerAnswer>);
  }
  crash(): void {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
}

const reading = (name: string): ImportResult => ({ format: 'tsv', tables: [{ name, rows: [['a', '1']], merges: [], geometry: 'exact' }], narrative: [], issues: [] });

let workers: FakeWorker[];
let client: ReadClient;

beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
  client = new ReadClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, 1000);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the page side of the reading worker', () => {
  it('starts no worker until the first file, then one for every file after', async () => {
    expect(client.started).toBe(false);
    const first = client.readFile('a.pdf', new Uint8Array([1, 2, 3]));
    expect(workers.length).toBe(1);
    workers[0].answer(workers[0].sent[0].id, reading('A'));
    expect(await first).toEqual({ kind: 'read', result: reading('A') });
    const second = client.readFile('b.docx', new Uint8Array([4]));
    workers[0].answer(workers[0].sent[1].id, reading('B'));
    expect(await second).toEqual({ kind: 'read', result: reading('B') });
    expect(workers.length).toBe(1);
  });

  it('hands the bytes over (transfers their buffer) with the file name and a fresh id', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    void client.readFile('报告.pdf', bytes);
    void client.readFile('报告2.pdf', new Uint8Array(8).subarray(2, 4));
    const [a, b] = workers[0].sent as ReadFileRequest[];
    expect(a).toMatchObject({ kind: 'file', name: '报告.pdf' });
    expect([...a.bytes]).toEqual([37, 80, 68, 70]);
    expect(workers[0].transferred[0]).toEqual([bytes.buffer]);
    // a view into a larger buffer is copied first: only its own bytes travel
    expect(b.bytes.byteLength).toBe(2);
    expect(b.bytes.buffer.byteLength).toBe(2);
    expect(b.id).not.toBe(a.id);
  });

  it('sends a paste with what the clipboard held, and answers with the decision read there', async () => {
    const pending = client.readPaste('<table><tr><td>x</td></tr></table>', 'x', true);
    const [sent] = workers[0].sent;
    expect(sent).toMatchObject({ kind: 'paste', html: '<table><tr><td>x</td></tr></table>', text: 'x', documentOpen: true });
    expect(workers[0].transferred[0]).toEqual([]);
    workers[0].hello();
    workers[0].say({ id: sent.id, ok: true, paste: { kind: 'cells' } });
    expect(await pending).toEqual({ kind: 'paste', decision: { kind: 'cells' } });
  });

  it('drops the answer to a request a newer one superseded', async () => {
    const old = client.readFile('old.pdf', new Uint8Array([1]));
    const now = client.readFile('new.pdf', new Uint8Array([2]));
    expect(await old).toEqual({ kind: 'stale' });
    const [oldReq, newReq] = workers[0].sent;
    workers[0].answer(oldReq.id, reading('OLD')); // late: ignored
    workers[0].answer(newReq.id, reading('NEW'));
    expect(await now).toEqual({ kind: 'read', result: reading('NEW') });
  });

  it('reports a crash, and the next file gets a fresh worker', async () => {
    const pending = client.readFile('a.pdf', new Uint8Array([1]));
    workers[0].hello();
    workers[0].crash();
    expect(await pending).toEqual({ kind: 'failed', why: 'crashed' });
    expect(workers[0].terminated).toBe(true);
    const next = client.readFile('b.pdf', new Uint8Array([2]));
    expect(workers.length).toBe(2);
    workers[1].answer(workers[1].sent[0].id, reading('B'));
    expect(await next).toEqual({ kind: 'read', result: reading('B') });
  });

  it('ends a worker that takes too long, and ignores its answer if it comes after all', async () => {
    const pending = client.readFile('slow.pdf', new Uint8Array([1]));
    vi.advanceTimersByTime(999);
    workers[0].answer(-1, reading('NOT MINE'));
    vi.advanceTimersByTime(2);
    expect(await pending).toEqual({ kind: 'failed', why: 'timeout' });
    expect(workers[0].terminated).toBe(true);
    workers[0].answer(workers[0].sent[0].id, reading('LATE'));
    expect(client.started).toBe(false);
  });

  it('says the reader is unavailable when the worker fails before it ever ran (its script blocked)', async () => {
    const pending = client.readFile('a.pdf', new Uint8Array([1]));
    workers[0].crash();
    expect(await pending).toEqual({ kind: 'failed', why: 'unavailable' });
  });

  it('says the reader is unavailable when no worker can be started', async () => {
    const broken = new ReadClient(() => {
      throw new Error('blocked by CSP');
    });
    expect(await broken.readFile('a.pdf', new Uint8Array([1]))).toEqual({ kind: 'failed', why: 'unavailable' });
  });

  it('treats a reader that threw inside the worker as a failed read', async () => {
    const pending = client.readFile('a.xlsx', new Uint8Array([1]));
    workers[0].say({ id: workers[0].sent[0].id, ok: false, error: 'boom' });
    expect(await pending).toEqual({ kind: 'failed', why: 'crashed' });
  });
});
