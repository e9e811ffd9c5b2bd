/**
 * The one place pdfjs is loaded, on the first PDF opened (a dynamic import keeps its ~1 MB out of
 * the page's start-up and out of every other importer's path).
 *
 * pdfjs runs without a worker of its own: the single-file page cannot fetch a pdf.worker file (a
 * `file://` page has origin null), and our code already runs inside a worker in the browser. Putting
 * the worker module on `globalThis.pdfjsWorker` makes pdfjs use its "fake worker", i.e. the parser
 * runs in this same thread, in Node and in the browser alike.
 */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const [api, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return api;
  })();
  // a failed load (e.g. a broken bundle) is not cached, so the next PDF tries again
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
