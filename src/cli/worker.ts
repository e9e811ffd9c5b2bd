/** A worker thread of the command line (auditInWorkers): does what workerCore says with each request. */
import { parentPort, workerData } from 'node:worker_threads';
import { workerCore } from './workerCore';
import type { ToWorker, WorkerSetup } from './workerProtocol';

const handle = workerCore(workerData as WorkerSetup);
const port = parentPort!;
// One request at a time, in order (a PDF's reader awaits; the next request waits for it).
let queue = Promise.resolve();
port.on('message', (m: ToWorker) => {
  queue = queue
    .then(async () => port.postMessage(await handle(m)))
    // never for a file's own error (that is its entry): the main thread sees the worker fail, and starts over
    .catch((e) => {
      setImmediate(() => {
        throw e;
      });
    });
});
