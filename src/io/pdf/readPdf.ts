import type { RawTable } from '../../core/table/types';
import type { ImportIssue, ImportResult } from '../importTypes';
import { issue, refusal } from '../importTypes';
import type { Fragment } from './fragment';
import { appendContinuation, continues, toRawTable } from './joinPages';
import { groupLines, type TextLine } from './joinText';
import { loadPdfjs } from './loadPdfjs';
import { isPageFurniture, paragraphs, type PlacedLine } from './narrative';
import { offlineDataFactory } from './offlineDataFactory';
import { rulings, textPieces, type TextPiece } from './pageContent';
import { ruledTables } from './rulingTables';
import { textTables } from './textTables';

const MAX_CAPTION_LENGTH = 80;
const MAX_PAGES = 300;

/** One page's content in reading order: narrative lines and tables, top to bottom. */
type Block = { kind: 'line'; line: TextLine } | { kind: 'table'; fragment: Fragment };
interface PageBlocks {
  page: number;
  blocks: Block[];
  left: number;
  right: number;
}

/**
 * Reads the tables and text of a PDF report from its text layer. Tables come from ruling lines
 * where the PDF has them (Word and WPS exports do), else from where the text sits; a table
 * continued on the next page is joined into one. Never throws: a scan, a password, a damaged file
 * or a missing CMap comes back as an issue.
 */
export async function readPdf(name: string, bytes: Uint8Array): Promise<ImportResult> {
  let pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch {
    return refusal('pdf', 'import.pdf-unavailable', 'import.pdf-unavailable', { name });
  }
  const missing = new Set<string>();
  const used = new Set<string>();
  const task = pdfjs.getDocument({
    // pdfjs takes the buffer over (transfers it to its worker side): hand it a copy
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWasm: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
    BinaryDataFactory: offlineDataFactory(missing, used),
    // an owner password only restricts printing and copying; pdfjs opens such files, so do we.
    // A user password (needed to open the file) makes pdfjs ask through onPassword: refuse.
  } as Parameters<typeof pdfjs.getDocument>[0]);
  let needsPassword = false;
  task.onPassword = () => {
    needsPassword = true;
    void task.destroy();
  };
  try {
    const doc = await task.promise;
    try {
      return await readDocument(name, doc, pdfjs.OPS, missing);
    } finally {
      void doc.destroy();
    }
  } catch (e) {
    if (needsPassword || (e as { name?: string })?.name === 'PasswordException') {
      return refusal('pdf', 'import.pdf-password', 'import.pdf-password', { name });
    }
    return refusal('pdf', 'import.broken-file', 'import.pdf-broken', { name });
  }
}

type Doc = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;
type Ops = Awaited<ReturnType<typeof loadPdfjs>>['OPS'];

async function readDocument(name: string, doc: Doc, OPS: Ops, missing: Set<string>): Promise<ImportResult> {
  const pages: PageBlocks[] = [];
  let textChars = 0;
  const pageCount = Math.min(doc.numPages, MAX_PAGES);
  for (let n = 1; n <= pageCount; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const vt = viewport.transform as [number, number, number, number, number, number];
    const content = await page.getTextContent();
    const pieces = textPieces(content.items as { str?: string; transform?: number[]; width?: number }[], vt);
    textChars += pieces.reduce((s, p) => s + p.str.trim().length, 0);
    const ops = await page.getOperatorList();
    const lines = rulings(ops.fnArray, ops.argsArray, OPS, vt);
    pages.push(pageBlocks(n, pieces, lines, viewport.height));
    page.cleanup();
  }
  if (missing.size) {
    const list = [...missing].sort().join('、');
    return refusal('pdf', 'import.pdf-cmap', 'import.pdf-cmap', { name, list });
  }
  if (textChars === 0) {
    return refusal('pdf', 'import.pdf-no-text', 'import.pdf-no-text', { name });
  }
  return assemble(pages);
}

function pageBlocks(page: number, pieces: TextPiece[], lines: ReturnType<typeof rulings>, height: number): PageBlocks {
  const used = new Set<TextPiece>();
  let fragments = ruledTables(page, lines, pieces, used);
  let rest = groupLines(pieces.filter((p) => !used.has(p))).filter((l) => !isPageFurniture(l, height));
  if (!fragments.length) {
    const found = textTables(page, rest);
    fragments = found.fragments;
    rest = found.rest;
  }
  const blocks: Block[] = [
    ...rest.map((line) => ({ kind: 'line' as const, line })),
    ...fragments.map((fragment) => ({ kind: 'table' as const, fragment })),
  ].sort((a, b) => topOf(a) - topOf(b));
  const body = rest.filter((l) => l.text.length >= 10);
  const left = body.length ? Math.min(...body.map((l) => l.x0)) : 0;
  const right = body.length ? Math.max(...body.map((l) => l.x1)) : 0;
  return { page, blocks, left, right };
}

function topOf(b: Block): number {
  return b.kind === 'line' ? b.line.top : b.fragment.top;
}

function assemble(pages: PageBlocks[]): ImportResult {
  // one stream over all pages, continued tables joined
  const stream: { block: Block; page: PageBlocks }[] = [];
  for (const page of pages) {
    for (const block of page.blocks) {
      const last = stream[stream.length - 1];
      if (
        block.kind === 'table' &&
        last?.block.kind === 'table' &&
        page.blocks[0] === block &&
        continues(last.block.fragment, block.fragment)
      ) {
        last.block = { kind: 'table', fragment: appendContinuation(last.block.fragment, block.fragment) };
        last.block.fragment.page = block.fragment.page;
        continue;
      }
      stream.push({ block, page });
    }
  }
  const tables: RawTable[] = [];
  const placed: PlacedLine[] = [];
  let afterTable = false;
  let narrative: string[] = [];
  for (const { block, page } of stream) {
    if (block.kind === 'line') {
      placed.push({ line: block.line, page: page.page, left: page.left, right: page.right, afterTable });
      afterTable = false;
    } else {
      narrative = paragraphs(placed);
      const before = narrative[narrative.length - 1];
      const caption = before !== undefined && before.length <= MAX_CAPTION_LENGTH && !afterTable ? before : undefined;
      tables.push(toRawTable(block.fragment, `T${tables.length + 1}`, caption));
      afterTable = true;
    }
  }
  narrative = paragraphs(placed);
  const issues: ImportIssue[] = [];
  if (!tables.length) {
    issues.push(issue('import.pdf-no-text', 'import.pdf-no-table'));
  }
  return { format: 'pdf', tables, narrative, issues };
}
