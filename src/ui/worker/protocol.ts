import type { ImportResult } from '../../io/importTypes';
import type { PasteDecision } from '../input/pasteDecision';
import type { BatchEntry } from '../batch/readBatchFile';
import type { WorkbookJob } from './workbookJob';
import type { PlainAnswer, PlainAuditJob } from './plainAudit';

/**
 * The messages between the page and its reading worker. Plain data only (structured clone): a
 * request names what to read and carries an id; the answer carries the same id, so the page can
 * drop an answer that is no longer wanted.
 */
export interface ReadFileRequest {
  id: number;
  kind: 'file';
  name: string;
  /** transferred to the worker, not copied */
  bytes: Uint8Array;
}

/** A paste to read: what the clipboard held, and whether a document is open (see pasteDecision.ts). */
export interface ReadPasteRequest {
  id: number;
  kind: 'paste';
  html: string;
  text: string;
  documentOpen: boolean;
}

/** One file of a batch (issue 9): read, recognised and audited in the worker; it supersedes nothing. */
export interface ReadBatchRequest {
  id: number;
  kind: 'batch';
  name: string;
  bytes: Uint8Array;
}

/** A workbook to write (exceljs lives in the worker only); supersedes nothing. */
export interface WorkbookRequest {
  id: number;
  kind: 'workbook';
  job: WorkbookJob;
}

/** A big input to recognise and audit (issue 10); kept in the worker for its edits. */
export interface PlainAuditRequest {
  id: number;
  kind: 'plain-audit';
  job: PlainAuditJob;
}

/** Edits of a big plain table the worker keeps: its sums checked again. */
export interface PlainEditRequest {
  id: number;
  kind: 'plain-edit';
  doc: string;
  changes: Array<[string, string]>;
}

export type WorkerRequest = ReadFileRequest | ReadPasteRequest | ReadBatchRequest | WorkbookRequest | PlainAuditRequest | PlainEditRequest;

export type WorkerAnswer =
  /** sent once, when the worker's code has loaded and run: an error before it means it never started */
  | { ready: true }
  | { id: number; ok: true; result: ImportResult }
  | { id: number; ok: true; paste: PasteDecision }
  /** a batch file's reports (a .zip gives several) */
  | { id: number; ok: true; batch: BatchEntry[] }
  | { id: number; ok: true; workbook: Uint8Array }
  /** null: the worker no longer keeps that table (it was restarted): audit it again */
  | { id: number; ok: true; plain: PlainAnswer | null }
  /** the reader threw after all (importFile is written not to): its message, for the log */
  | { id: number; ok: false; error: string };
