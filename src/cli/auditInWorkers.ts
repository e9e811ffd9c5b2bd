import { Worker } from 'node:worker_threads';
import type { Reading } from '../core';
import { pairIdentities } from '../core/previous';
import type { FileOutput, OutputMode } from './fileOutput';
import { workerCore } from './workerCore';
import type { FromWorker, Identity, ToWorker, WorkerSetup } from './workerProtocol';

export interface PoolOptions {
  threads: number;
  mode: OutputMode;
  previous: Reading | null;
  /** the bundled worker (worker.mjs beside the bundle) */
  entry: URL;
}

/**
 * The folder audit spread over threads (this one and `threads - 1` worker threads), with the same
 * result as one thread: first each file is read and recognised where it lands (small runs of
 * neighbouring files a request, so that a unit's consecutive years mostly share a thread), then the
 * years are paired here from the identities the threads send back, then each thread audits the
 * files it read, a reading another thread holds being passed along. The notes go to `note` and each
 * file's part to `emit`, in the files' order. Rejects with a PoolError if a worker dies (never for
 * an error in a file: that is the file's entry, as on one thread).
 */
export async function auditInWorkers(
  paths: readonly string[],
  options: PoolOptions,
  note: (line: string) => void,
  emit: (o: FileOutput) => void,
): Promise<void> {
  const n = paths.length;
  const setup: WorkerSetup = { mode: options.mode, previous: options.previous };
  let onMessage: (w: number, m: FromWorker) => void = () => {};
  let fail: (e: Error) => void = () => {};
  let closing = false;
  // This thread is one of the workers (it has the engine loaded already); the others are threads.
  const workers: Lane[] = [localLane(workerCore(setup), (m) => onMessage(0, m), (e) => fail(e))];
  for (let w = 1; w < options.threads; w++) {
    const worker = new Worker(options.entry, { workerData: setup });
    worker.on('message', (m: FromWorker) => onMessage(w, m));
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => closing || fail(new Error(`worker stopped (${code})`)));
    workers.push({ post: (m) => worker.postMessage(m), stop: () => worker.terminate() });
  }
  // a run of files a message: big enough to keep messages few, small enough to share the work evenly
  const batch = Math.max(1, Math.min(32, Math.floor(n / (options.threads * 8))));
  const holder = new Int32Array(n).fill(-1);
  const outputs: Array<FileOutput | undefined> = new Array(n);
  let noted = 0;
  const send = (w: number, m: ToWorker) => workers[w].post(m);
  const step = (run: (done: () => void) => void) =>
    new Promise<void>((resolve, reject) => {
      fail = reject;
      run(resolve);
    });

  try {
    // 1. Read: each worker takes the next run of files when it answers; two runs in flight each.
    const reports: Array<Identity | null> = new Array(n);
    const notes: Array<string[] | undefined> = new Array(n);
    await step((done) => {
      let next = 0;
      let read = 0;
      const give = (w: number) => {
        if (next >= n) return;
        const files: Array<{ index: number; file: string }> = [];
        for (const end = Math.min(n, next + batch); next < end; next++) {
          files.push({ index: next, file: paths[next] });
          holder[next] = w;
        }
        send(w, { type: 'read', files });
      };
      onMessage = (w, m) => {
        if (m.type !== 'read') return;
        for (const r of m.results) {
          reports[r.index] = r.report;
          notes[r.index] = r.notes;
          read++;
        }
        while (noted < n && notes[noted]) for (const line of notes[noted++]!) note(line);
        if (read === n) done();
        else give(w);
      };
      for (let w = 0; w < workers.length; w++) give(w), give(w);
    });

    // 2. Pair the years (unless --previous gave last year's report for all).
    const pairs = options.previous ? null : pairIdentities(reports);
    const foreign = new Map<number, Reading | null>();
    const wanted = workers.map(() => new Set<number>());
    if (pairs) pairs.forEach((j, i) => j !== null && holder[j] !== holder[i] && wanted[holder[j]].add(j));
    if (wanted.some((s) => s.size)) {
      await step((done) => {
        let waiting = wanted.filter((s) => s.size).length;
        onMessage = (_w, m) => {
          if (m.type !== 'given') return;
          for (const [j, reading] of m.readings) foreign.set(j, reading);
          if (--waiting === 0) done();
        };
        wanted.forEach((s, w) => s.size && send(w, { type: 'give', indices: [...s] }));
      });
    }

    // 3. Audit: each worker the files it read, in order, two runs in flight each.
    await step((done) => {
      const own = workers.map(() => [] as number[]);
      for (let i = 0; i < n; i++) own[holder[i]].push(i);
      const next = workers.map(() => 0);
      let audited = 0;
      const give = (w: number) => {
        const list = own[w];
        if (next[w] >= list.length) return;
        const files = list.slice(next[w], (next[w] += batch)).map((i) => {
          const j = pairs?.[i] ?? null;
          return j === null ? { index: i } : holder[j] === w ? { index: i, previousHeld: j } : { index: i, previous: foreign.get(j) ?? null };
        });
        send(w, { type: 'audit', files });
      };
      let given = 0;
      onMessage = (w, m) => {
        if (m.type !== 'audit') return;
        for (const r of m.results) {
          outputs[r.index] = r.output;
          audited++;
        }
        // each part is given as soon as those before it are
        for (; given < n && outputs[given]; given++) {
          emit(outputs[given]!);
          outputs[given] = undefined;
        }
        if (audited === n) done();
        else give(w);
      };
      for (let w = 0; w < workers.length; w++) give(w), give(w);
    });
  } catch (e) {
    throw new PoolError((e as Error).message, noted);
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/** A worker died: the run is to be done again on one thread, without the notes already given. */
export class PoolError extends Error {
  readonly noted: number;
  constructor(message: string, noted: number) {
    super(message);
    this.noted = noted;
  }
}

/** Where requests go: a worker thread, or this thread's own worker. */
interface Lane {
  post(m: ToWorker): void;
  stop(): Promise<unknown>;
}

/**
 * This thread's worker: one request at a time, each after the events waiting (the other workers'
 * answers, so that they get their next files while this one works).
 */
function localLane(handle: (m: ToWorker) => Promise<FromWorker>, reply: (m: FromWorker) => void, fail: (e: Error) => void): Lane {
  const queue: ToWorker[] = [];
  let running = false;
  let stopped = false;
  const next = () => {
    const m = queue.shift();
    if (!m || stopped) {
      running = false;
      return;
    }
    handle(m).then(
      (r) => {
        if (!stopped) reply(r);
        setImmediate(next);
      },
      (e) => fail(e as Error),
    );
  };
  return {
    post(m) {
      queue.push(m);
      if (!running) {
        running = true;
        setImmediate(next);
      }
    },
    stop: async () => {
      stopped = true;
    },
  };
}
