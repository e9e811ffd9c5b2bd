/**
 * The page's reading worker (a classic script, see vite.config.ts `readWorkerBundle`): reads the
 * files the user opens — PDF with pdfjs, Word, spreadsheets with SheetJS, web pages, text — and
 * the tables the user pastes, off the page's main thread, and answers with what it read. Everything it needs is bundled into it; it
 * fetches nothing. pdfjs runs its "fake worker" here, in this same thread (see io/pdf/loadPdfjs.ts).
 */
import { importFile } from '../../io/importFile';
import { decidePaste } from '../input/pasteDecision';
import { readBatchFile } from '../batch/readBatchFile';
import { makeWorkbook } from './workbookJob';
import { auditBigInput, reauditBigInput } from './plainAudit';
import type { WorkerAnswer, WorkerRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerAnswer, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const request = e.data;
  void answer(request).then((message) => message && scope.postMessage(message));
};

scope.postMessage({ ready: true });

async function answer(request: WorkerRequest): Promise<WorkerAnswer | null> {
  try {
    if (request.kind === 'workbook') {
      const workbook = await makeWorkbook(request.job);
      scope.postMessage({ id: request.id, ok: true, workbook }, [workbook.buffer as ArrayBuffer]);
      return null;
    }
    if (request.kind === 'plain-audit') return { id: request.id, ok: true, plain: auditBigInput(request.job) };
    if (request.kind === 'plain-edit') return { id: request.id, ok: true, plain: reauditBigInput(request.doc, request.changes) };
    if (request.kind === 'batch') return { id: request.id, ok: true, batch: await readBatchFile(request.name, request.bytes) };
    if (request.kind === 'paste') return { id: request.id, ok: true, paste: decidePaste(request.html, request.text, request.documentOpen) };
    return { id: request.id, ok: true, result: await importFile(request.name, request.bytes) };
  } catch (e) {
    return { id: request.id, ok: false, error: String((e as Error)?.message ?? e) };
  }
}
