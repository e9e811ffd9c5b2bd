import type { RawTable } from '../../core/table/types';
import type { ImportIssue, ImportResult } from '../importTypes';
import { failure } from '../importTypes';
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
    return failure('pdf', 'import.pdf-unavailable', `无法读取 ${name}：本页面的 PDF 读取组件加载失败，请改用复制粘贴表格。`);
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
      return failure('pdf', 'import.pdf-password', `请先解除密码：${name} 需要密码才能打开。请在 PDF 阅读器中输入密码后另存为不加密的 PDF，或直接复制表格粘贴到本页。`);
    }
    return failure('pdf', 'import.broken-file', `无法读取 ${name}：文件已损坏或不是有效的 PDF 文件。`);
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
    return failure('pdf', 'import.pdf-cmap', `无法读取 ${name}：文件中的文字使用了本工具未附带的字符编码（${list}，多见于繁体中文、日文或韩文字体）。请在 PDF 阅读器中复制表格粘贴到本页，或用 WPS/Word 重新导出嵌入字体的 PDF。`);
  }
  if (textChars === 0) {
    return failure('pdf', 'import.pdf-no-text', `需要文字版 PDF：${name} 没有文字层（可能是扫描件或图片），无法读取其中的表格。请使用由 Word、WPS 直接导出的 PDF，或将表格复制粘贴到本页。`);
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
    issues.push({
      code: 'import.pdf-no-text',
      message: '需要文字版 PDF：这份 PDF 的文字中没有找到表格，表格可能是以图片形式插入的。请使用由 Word、WPS 直接导出的 PDF，或将表格复制粘贴到本页。',
    });
  }
  return { format: 'pdf', tables, narrative, issues };
}
