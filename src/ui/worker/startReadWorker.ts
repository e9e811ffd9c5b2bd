import { gunzipSync } from 'fflate';
import type { WorkerLike } from './readClient';

/** The element the build puts the worker's code in (vite.config.ts `readWorkerBundle`). */
export const WORKER_ELEMENT_ID = 'gouji-worker';

let url: string | null = null;

/**
 * Starts the reading worker from the code carried inside the page: gzip, base64, in an inert
 * `<script type="text/plain">`. It becomes a Blob URL and a classic worker, because a page opened
 * from file:// has origin null and module workers from blobs fail there. The CSP allows exactly
 * this (`worker-src blob:`). Throws when the page carries no worker code (a dev server).
 */
export function startReadWorker(): WorkerLike {
  performance.mark('gouji:worker-start');
  url ??= URL.createObjectURL(new Blob([workerCode()], { type: 'text/javascript' }));
  performance.mark('gouji:worker-unpacked');
  return new Worker(url) as unknown as WorkerLike;
}

function workerCode(): Uint8Array<ArrayBuffer> {
  const text = document.getElementById(WORKER_ELEMENT_ID)?.textContent?.trim();
  if (!text) throw new Error('本页面缺少文件读取组件');
  const bin = atob(text);
  const packed = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) packed[i] = bin.charCodeAt(i);
  return gunzipSync(packed) as Uint8Array<ArrayBuffer>;
}
