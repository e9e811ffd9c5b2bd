import { availableParallelism } from 'node:os';

/**
 * Files each thread must have before a folder is spread over worker threads. Each thread compiles
 * the engine afresh (V8 optimises the hot code of every thread on its own), and on two cores V8's
 * own helper threads (compiling, collecting garbage) already keep the second core half busy: on the
 * 2-core machine of test/bench/cliBench.ts two threads break even at about 2,000 reports and are
 * 13% faster at 4,000. Measured on two cores only; with more, the pool likely pays sooner.
 */
export const FILES_PER_THREAD = 1250;

/** How many threads audit `files` files: GOUJI_CLI_THREADS if set, else one per core that has enough to do (1: this thread alone). */
export function threadsFor(files: number, cores = availableParallelism(), set = process.env.GOUJI_CLI_THREADS): number {
  if (set !== undefined && /^\d+$/.test(set)) return Math.max(1, Math.min(Number(set), files));
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}
