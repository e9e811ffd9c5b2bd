import type { Reading } from '../core';
import type { FileOutput, OutputMode } from './fileOutput';

/** What each worker is started with. */
export interface WorkerSetup {
  mode: OutputMode;
  /** --previous: last year's reading, compared with every report */
  previous: Reading | null;
}

/** A report's identity as the year pairing needs it. */
export type Identity = { unit: string | null; year: number | null };

/**
 * The main thread's requests. `read`: read and recognise these files, keep their readings, answer
 * with each one's identity and the notes for standard error. `give`: send these readings (another
 * worker audits the report they are last year's of). `audit`: audit these files, each with the
 * reading of its previous year (one this worker holds, or one sent along), and write each one's part.
 */
export type ToWorker =
  | { type: 'read'; files: Array<{ index: number; file: string }> }
  | { type: 'give'; indices: number[] }
  | { type: 'audit'; files: Array<{ index: number; previousHeld?: number; previous?: Reading | null }> };

export type FromWorker =
  | { type: 'read'; results: Array<{ index: number; notes: string[]; report: Identity | null }> }
  | { type: 'given'; readings: Array<[number, Reading | null]> }
  | { type: 'audit'; results: Array<{ index: number; output: FileOutput }> };
