import type { WorkerAnswer, WorkerRequest } from './protocol';
import type { WorkerLike } from './readClient';

/** The element the build puts the worker's code in (vite.config.ts `readWorkerBundle`). */
export const WORKER_ELEMENT_ID = 'gouji-worker';

let url: Promise<string> | null = null;

/**
 * Starts the reading worker from the code carried inside the page: gzip, base64, in an inert
 * `<script type="text/plain">`. It becomes a Blob URL and a classic worker, because a page opened
 * from file:// has origin null and module workers from blobs fail there. The CSP allows exactly
 * this (`worker-src blob:`). The code is unpacked by the browser's own DecompressionStream, off
 * the page's thread; until the worker runs, what the page sends it waits in a queue. Throws when
 * the page carries no worker code (a dev server).
 */
export function startReadWorker(): WorkerLike {
  performance.mark('gouji:worker-start');
  // The page's script runs before the browser has parsed the worker's code (vite.config.ts): a
  // reading asked for in that moment (a saved plain table read again) waits for the rest of the file.
  url ??= (document.readyState === 'loading' ? parsed() : Promise.resolve()).then(() => {
    const text = document.getElementById(WORKER_ELEMENT_ID)?.textContent?.trim();
    if (!text) throw new Error('本页面缺少文件读取组件');
    return unpack(text).then((code) => {
      performance.mark('gouji:worker-unpacked');
      return URL.createObjectURL(code);
    });
  });
  return new QueuedWorker(url);
}

function parsed(): Promise<void> {
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

async function unpack(base64: string): Promise<Blob> {
  const bin = atob(base64);
  const packed = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) packed[i] = bin.charCodeAt(i);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Blob([await new Response(stream).arrayBuffer()], { type: 'text/javascript' });
}

/** A Worker that exists once its code is unpacked; messages and handlers set before then are kept. */
class QueuedWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerAnswer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  private worker: Worker | null = null;
  private queue: Array<[WorkerRequest, Transferable[]]> = [];
  private ended = false;

  constructor(url: Promise<string>) {
    url.then(
      (u) => {
        if (this.ended) return;
        let w: Worker;
        try {
          w = new Worker(u);
        } catch (e) {
          // a browser that refuses a worker from a blob (a policy, an old engine): told at once, so
          // that a paste is read on the page's thread now rather than after the read's time-out
          this.onerror?.(new ErrorEvent('error', { message: (e as Error).message }));
          return;
        }
        w.onmessage = (e) => this.onmessage?.(e);
        w.onerror = (e) => this.onerror?.(e);
        w.onmessageerror = (e) => this.onmessageerror?.(e);
        this.worker = w;
        for (const [m, t] of this.queue) w.postMessage(m, t);
        this.queue = [];
      },
      () => this.onerror?.(new ErrorEvent('error', { message: 'unpack failed' })),
    );
  }

  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    if (this.worker) this.worker.postMessage(message, transfer);
    else this.queue.push([message, transfer]);
  }

  terminate(): void {
    this.ended = true;
    this.worker?.terminate();
    this.queue = [];
  }
}
