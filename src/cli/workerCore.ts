import type { Reading } from '../core';
import { auditFile, fileOutput } from './fileOutput';
import { readFileEntry, type ReadFile } from './readReport';
import type { FromWorker, ToWorker, WorkerSetup } from './workerProtocol';

/**
 * What a worker of auditInWorkers does with each request (worker.ts on a thread of its own; the
 * main thread runs one too): reads, recognises and audits the files it is given, and writes each
 * one's part of the output. Its readings stay here between the two steps; only their identities
 * (for the year pairing) and the finished text go back.
 */
export function workerCore(setup: WorkerSetup): (m: ToWorker) => Promise<FromWorker> {
  const held = new Map<number, ReadFile>();
  return async (m: ToWorker): Promise<FromWorker> => {
    if (m.type === 'read') {
      const results: Extract<FromWorker, { type: 'read' }>['results'] = [];
      for (const { index, file } of m.files) {
        const notes: string[] = [];
        const entry = await readFileEntry(file, (line) => notes.push(line));
        held.set(index, entry);
        results.push({ index, notes, report: entry.reading ? entry.reading.report : null });
      }
      return { type: 'read', results };
    }
    if (m.type === 'give') return { type: 'given', readings: m.indices.map((i) => [i, held.get(i)?.reading ?? null]) };
    const results: Extract<FromWorker, { type: 'audit' }>['results'] = [];
    for (const { index, previousHeld, previous } of m.files) {
      const last: Reading | null = setup.previous ?? (previousHeld !== undefined ? (held.get(previousHeld)?.reading ?? null) : (previous ?? null));
      results.push({ index, output: fileOutput(auditFile(held.get(index)!, last), setup.mode) });
    }
    return { type: 'audit', results };
  };
}
