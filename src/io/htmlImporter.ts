import { isComment, isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parseHtml } from './parseHtml';
import type { RawTable } from '../core/table/types';
import type { ImportIssue, ImportResult } from './importTypes';
import { issue, refusal } from './importTypes';
import { layoutTable, MAX_COLUMNS, type CellSpec } from './layoutTable';
import { TextSink } from './textSink';

/** Elements whose edges end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Elements whose content is never shown as text (or is Office metadata). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'xml', 'iframe', 'object', 'svg', 'math', 'select',
  'textarea',
]);

const MAX_ROWSPAN = 1000;
const MAX_COLSPAN = 200;
/** a caption is a short heading line, not a paragraph */
const MAX_CAPTION_LENGTH = 80;

/**
 * Reads every `<table>` of an HTML document or fragment: Word/WPS clipboard HTML, saved web pages,
 * Excel's HTML. rowspan/colspan become merges on an occupancy grid (geometry 'exact'). A nested
 * table is not part of its outer cell's text: it becomes a table of its own, right after the outer
 * one. The text outside tables becomes `narrative`; the last line before a table is its caption
 * (unless the table has a `<caption>`).
 */
export function importHtml(html: string): ImportResult {
  try {
    return readHtml(html);
  } catch {
    // not expected (the parser is forgiving and the walks are iterative); keep the promise not to throw
    return refusal('html', 'import.broken-file', 'import.broken-html');
  }
}

function readHtml(html: string): ImportResult {
  const doc = parseHtml(stripClipboardHeader(html));
  const tables: RawTable[] = [];
  const issues: ImportIssue[] = [];
  const narrative = new TextSink();
  let narrativeLinesAtLastTable = 0;

  // Captions of nested tables, found while reading the text of the cell that holds them.
  const nestedCaptions = new Map<Element, string>();

  const readTableTree = (top: Element, topCaption: string | undefined): void => {
    // pre-order over the nesting: an outer table, then the tables inside it, in document order
    const stack: { table: Element; caption: string | undefined }[] = [{ table: top, caption: topCaption }];
    while (stack.length > 0) {
      const { table, caption } = stack.pop()!;
      const nested: Element[] = [];
      const read = readTable(table, nested, nestedCaptions);
      if (read.specRows.some((row) => row.some((cell) => cell.text !== ''))) {
        const layout = layoutTable(read.specRows);
        const name = `T${tables.length + 1}`;
        const raw: RawTable = { name, rows: layout.rows, merges: layout.merges, geometry: 'exact' };
        const cap = read.caption ?? caption;
        if (cap !== undefined) raw.caption = cap;
        tables.push(raw);
        if (layout.truncated) {
          issues.push(issue('import.table-truncated', 'import.html-truncated', { table: name, max: MAX_COLUMNS }));
        }
      }
      for (let i = nested.length - 1; i >= 0; i--) stack.push({ table: nested[i], caption: nestedCaptions.get(nested[i]) });
    }
  };

  // Walk the document outside tables, iteratively (hostile input may nest thousands of elements).
  type Step = { node: ChildNode; exit: boolean };
  const stack: Step[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push({ node: doc.children[i], exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (isText(node)) {
      narrative.text(node.data);
      continue;
    }
    if (!isElement(node)) continue; // comments, <!DOCTYPE>, Word's <![if …]> markers
    const name = node.name;
    if (exit) {
      narrative.lineBreak();
      continue;
    }
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      narrative.lineBreak();
      continue;
    }
    if (name === 'table') {
      const lines = narrative.result();
      const last = lines.length > narrativeLinesAtLastTable ? lines[lines.length - 1] : undefined;
      readTableTree(node, last !== undefined && last.length < MAX_CAPTION_LENGTH ? last : undefined);
      narrativeLinesAtLastTable = narrative.result().length;
      continue;
    }
    if (BLOCKS.has(name)) {
      narrative.lineBreak();
      stack.push({ node, exit: true });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
  }

  const result: ImportResult = { format: 'html', tables, narrative: narrative.result(), issues };
  if (tables.length === 0) {
    issues.unshift(issue('import.no-table', 'import.html-no-table'));
  }
  return result;
}

interface ReadTable {
  specRows: CellSpec[][];
  caption?: string;
}

/** The rows and cells of one table, not entering nested tables (they are pushed to `nested`). */
function readTable(table: Element, nested: Element[], nestedCaptions: Map<Element, string>): ReadTable {
  const specRows: CellSpec[][] = [];
  let caption: string | undefined;
  let orphanRow: CellSpec[] | null = null; // cells written without a <tr>
  const stack: ChildNode[] = [];
  for (let i = table.children.length - 1; i >= 0; i--) stack.push(table.children[i]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const name = node.name;
    if (SKIPPED.has(name)) continue;
    if (name === 'table') {
      nested.push(node);
    } else if (name === 'tr') {
      orphanRow = null;
      const cells = readRow(node, nested, nestedCaptions);
      if (!isWordSpacerRow(node, cells)) specRows.push(cells);
    } else if (name === 'td' || name === 'th') {
      if (!orphanRow) {
        orphanRow = [];
        specRows.push(orphanRow);
      }
      orphanRow.push(readCell(node, nested, nestedCaptions));
    } else if (name === 'caption') {
      const text = cellText(node, nested, nestedCaptions);
      if (text !== '') caption = text.replace(/\n/g, ' ');
    } else {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return caption === undefined ? { specRows } : { specRows, caption };
}

function readRow(tr: Element, nested: Element[], nestedCaptions: Map<Element, string>): CellSpec[] {
  const cells: CellSpec[] = [];
  const stack: ChildNode[] = [];
  for (let i = tr.children.length - 1; i >= 0; i--) stack.push(tr.children[i]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || SKIPPED.has(node.name)) continue;
    if (node.name === 'td' || node.name === 'th') cells.push(readCell(node, nested, nestedCaptions));
    else if (node.name === 'table') nested.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return cells;
}

function readCell(cell: Element, nested: Element[], nestedCaptions: Map<Element, string>): CellSpec {
  return {
    text: cellText(cell, nested, nestedCaptions),
    rowspan: parseSpan(cell.attribs.rowspan, MAX_ROWSPAN),
    colspan: parseSpan(cell.attribs.colspan, MAX_COLSPAN),
  };
}

/** The text of a cell (or caption): lines joined by "\n"; nested tables are left out and queued. */
function cellText(root: Element, nested: Element[], nestedCaptions: Map<Element, string>): string {
  const sink = new TextSink();
  const stack: { node: ChildNode; exit: boolean }[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i], exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (isText(node)) {
      sink.text(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    if (exit) {
      sink.lineBreak();
      continue;
    }
    const name = node.name;
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      sink.lineBreak();
    } else if (name === 'table') {
      nested.push(node);
      const last = sink.lastLine();
      if (last !== undefined && last.length < MAX_CAPTION_LENGTH) nestedCaptions.set(node, last);
    } else {
      if (BLOCKS.has(name)) {
        sink.lineBreak();
        stack.push({ node, exit: true });
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false });
    }
  }
  return sink.result().join('\n');
}

/**
 * Word adds, under `<![if !supportMisalignedColumns]>`, a zero-height row of empty cells that only
 * carries column widths. It is not part of the table.
 */
function isWordSpacerRow(tr: Element, cells: CellSpec[]): boolean {
  if (cells.some((c) => c.text !== '')) return false;
  if (tr.attribs.height?.trim() === '0') return true;
  let prev = tr.prev;
  while (prev && isText(prev) && prev.data.trim() === '') prev = prev.prev;
  return prev !== null && isComment(prev) && prev.data.includes('supportMisalignedColumns');
}

/** rowspan/colspan: absent, 0, negative or garbage → 1; absurd values are capped. */
function parseSpan(value: string | undefined, cap: number): number {
  const n = value === undefined ? NaN : parseInt(value.trim(), 10);
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, cap);
}

/**
 * The Windows clipboard's "HTML Format" starts with a `Version:0.9 StartHTML:…` header; some
 * browsers hand it over as is. Cut it off so that it does not end up as narrative text.
 */
function stripClipboardHeader(html: string): string {
  if (!html.startsWith('Version:')) return html;
  const lt = html.indexOf('<');
  return lt < 0 ? html : html.slice(lt);
}

function isElement(node: ChildNode): node is Element {
  return isTag(node); // also true for <script> and <style>, which are skipped by name
}
