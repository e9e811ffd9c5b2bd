import { describe, expect, it } from 'vitest';
import type { WorkerAnswer, WorkerRequest } from '../../../src/ui/worker/protocol';
import { ReadClient, type WorkerLike } from '../../../src/ui/worker/readClient';

/** A stand-in worker that records requests; the test answers them. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  postMessage(message: WorkerRequest): void {
    this.sent.push(message);
  }
  terminate(): void {}
  reply(data: WorkerAnswer): void {
    this.onmessage?.({ data } as MessageEvent<WorkerAnswer>);
  }
}

describe('batch requests to the reading worker (issue 9)', () => {
  it('are not superseded by a single file opened meanwhile, and are dropped when the batch is cancelled', async () => {
    const w = new FakeWorker();
    const client = new ReadClient(() => w);
    const a = client.readBatchFile('a.txt', new Uint8Array([1]));
    const b = client.readBatchFile('b.txt', new Uint8Array([2]));
    const single = client.readFile('c.txt', new Uint8Array([3]));
    const newer = client.readFile('d.txt', new Uint8Array([4]));
    expect(w.sent.map((r) => r.kind)).toEqual(['batch', 'batch', 'file', 'file']);
    expect(await single).toEqual({ kind: 'stale' }); // superseded by d.txt, as before
    w.reply({ id: w.sent[0].id, ok: true, batch: [] });
    expect(await a).toEqual({ kind: 'batch', entries: [] });
    client.cancelBatch();
    expect(await b).toEqual({ kind: 'stale' });
    w.reply({ id: w.sent[3].id, ok: true, result: { format: 'tsv', tables: [], narrative: [], issues: [] } });
    expect((await newer).kind).toBe('read');
  });
});
