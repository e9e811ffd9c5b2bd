import { Parser } from 'htmlparser2';
import { attribute, intAttribute, isOn, NamespaceScope } from './wordXml';

/** One `w:tc` as written: its paragraphs and how it spans the grid. */
export interface DocxCell {
  paragraphs: string[];
  colspan: number;
  /** `w:vMerge`: restart begins a vertical merge, continue extends the one above */
  vMerge: 'restart' | 'continue' | null;
  /** legacy `w:hMerge w:val="continue"`: this cell joins the one on its left */
  hMergeContinue: boolean;
  /** a tracked cell deletion (`w:cellDel`), gone once changes are accepted */
  deleted: boolean;
}

export interface DocxRow {
  cells: DocxCell[];
  gridBefore: number;
  gridAfter: number;
  /** a tracked row deletion (`w:trPr/w:del`) */
  deleted: boolean;
}

export interface DocxTable {
  rows: DocxRow[];
  /** number of `w:gridCol` in `w:tblGrid` (0 when the writer left it out) */
  gridColumns: number;
  caption?: string;
}

export interface DocumentContent {
  /** the root is a WordprocessingML `w:document` */
  isWordDocument: boolean;
  /** body paragraphs outside tables, trimmed, non-empty, in order */
  narrative: string[];
  /** every table, outer before inner, in document order */
  tables: DocxTable[];
  /** reading stopped at an element nested deeper than MAX_DEPTH (hostile input) */
  tooDeep: boolean;
}

/**
 * Real documents nest elements some 20–60 deep (a text box in a table in a table). htmlparser2 keeps
 * its element stack with unshift/shift, so a document nested 200,000 deep would take minutes: stop.
 */
export const MAX_DEPTH = 1000;

/** gridSpan, gridBefore and gridAfter above this are nonsense (hostile input); the grid caps width anyway */
const MAX_SPAN = 1000;

/** Subtrees whose content is never shown text once tracked changes are accepted and fields shown. */
const SKIPPED = new Set([
  'w:delText', 'w:delInstrText', 'w:instrText', 'w:moveFrom', 'w:del',
  // the formatting before a change: holds old property values (an old gridSpan, vMerge…), never text
  'w:rPrChange', 'w:pPrChange', 'w:tcPrChange', 'w:trPrChange', 'w:tblPrChange', 'w:tblPrExChange',
  'w:tblGridChange', 'w:sectPrChange', 'w:numberingChange',
  'w:sdtPr', 'w:sdtEndPr', 'w:customXmlPr', 'w:ffData', 'w:fldData',
]);

/** Run content that Word shows as a character. w:sym (a symbol-font glyph) is ignored. */
const RUN_CHARACTERS = new Map([
  ['w:tab', ' '],
  ['w:ptab', ' '],
  ['w:br', '\n'],
  ['w:cr', '\n'],
  ['w:noBreakHyphen', '-'],
]);

interface Paragraph {
  text: string;
  /** the paragraph mark is a tracked deletion: accepted, the paragraph runs on into the next */
  markDeleted: boolean;
  /** paragraphs of text boxes anchored in this paragraph, shown after it */
  after: string[];
}

interface Container {
  kind: 'body' | 'cell' | 'textbox';
  paragraphs: string[];
  /** text of paragraphs whose mark was deleted, waiting for the next paragraph */
  carry: string;
  /** last non-empty paragraph since the container's last table: the next table's caption */
  caption?: string;
  cell?: DocxCell;
}

/** A field (`w:fldChar` begin … separate … end) shows its result, never its code. */
type FieldPart = 'code' | 'result';

/**
 * Reads word/document.xml in one streaming pass (htmlparser2 in XML mode: no DOM, no recursion, only
 * the five XML entities and numeric references are expanded, DOCTYPE entity definitions are not).
 * Text is read as Word shows it with tracked changes accepted.
 */
export function readDocumentXml(xml: string): DocumentContent {
  const scope = new NamespaceScope();
  const names: string[] = [];
  const narrative: string[] = [];
  const tables: DocxTable[] = [];
  const containers: Container[] = [{ kind: 'body', paragraphs: [], carry: '' }];
  const paragraphs: Paragraph[] = [];
  const hiddenRuns: boolean[] = [];
  const fieldStacks: FieldPart[][] = [[]];
  const alternates: { taken: boolean }[] = [];
  const open: { table: DocxTable; row: DocxRow | null }[] = [];
  let isWordDocument = false;
  let skipDepth = 0;
  let depth = 0;
  let tooDeep = false;

  const container = () => containers[containers.length - 1];
  const parent = (up = 1) => names[names.length - up];
  const fields = () => fieldStacks[fieldStacks.length - 1];

  const emit = (into: Container, text: string) => {
    const trimmed = text.trim();
    if (into.kind === 'body') {
      if (trimmed) narrative.push(trimmed);
    } else into.paragraphs.push(text);
    if (trimmed) into.caption = trimmed;
  };
  const append = (s: string) => {
    const p = paragraphs[paragraphs.length - 1];
    if (!p || hiddenRuns[hiddenRuns.length - 1] || fields().includes('code')) return;
    p.text += s;
  };
  const flushCarry = (c: Container) => {
    if (c.carry) emit(c, c.carry);
    c.carry = '';
  };

  const onOpen = (qname: string, attrs: Record<string, string>) => {
    if (++depth > MAX_DEPTH && !tooDeep) {
      tooDeep = true;
      parser.pause(); // the tokenizer stops after this tag; nothing more is read
    }
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    scope.enter(names.length, attrs);
    const name = scope.canonical(qname);
    if (names.length === 0 && name === 'w:document') isWordDocument = true;

    if (SKIPPED.has(name) || ((name === 'mc:Choice' || name === 'mc:Fallback') && choiceTaken())) {
      // a deleted paragraph mark or table row is marked by an (empty) w:del in its properties
      if (name === 'w:del' || name === 'w:moveFrom') markDeletion();
      scope.leave(names.length);
      skipDepth = 1;
      return;
    }
    names.push(name);
    const run = RUN_CHARACTERS.get(name);
    if (run !== undefined) {
      if (parent(2) === 'w:r') append(run);
      return;
    }
    switch (name) {
      case 'w:p':
        paragraphs.push({ text: '', markDeleted: false, after: [] });
        break;
      case 'w:r':
        hiddenRuns.push(false);
        break;
      case 'w:vanish':
        if (parent(2) === 'w:rPr' && parent(3) === 'w:r' && isOn(attrs)) hiddenRuns[hiddenRuns.length - 1] = true;
        break;
      case 'w:fldChar': {
        const type = attribute(attrs, 'fldCharType');
        const stack = fields();
        if (type === 'begin') stack.push('code');
        else if (type === 'separate' && stack.length) stack[stack.length - 1] = 'result';
        else if (type === 'end') stack.pop();
        break;
      }
      case 'mc:AlternateContent':
        alternates.push({ taken: false });
        break;
      case 'mc:Choice':
      case 'mc:Fallback':
        if (alternates.length) alternates[alternates.length - 1].taken = true;
        break;
      case 'w:tbl': {
        const table: DocxTable = { rows: [], gridColumns: 0 };
        const c = container();
        flushCarry(c);
        if (c.caption !== undefined) table.caption = c.caption;
        tables.push(table); // at its start: an outer table comes before the tables nested in it
        open.push({ table, row: null });
        break;
      }
      case 'w:gridCol':
        if (parent(2) === 'w:tblGrid' && open.length) open[open.length - 1].table.gridColumns++;
        break;
      case 'w:tr': {
        const top = open[open.length - 1];
        if (!top) break;
        top.row = { cells: [], gridBefore: 0, gridAfter: 0, deleted: false };
        top.table.rows.push(top.row);
        break;
      }
      case 'w:gridBefore':
      case 'w:gridAfter': {
        const row = open[open.length - 1]?.row;
        if (row && parent(2) === 'w:trPr') {
          const n = intAttribute(attrs, 'val', 0, 0, MAX_SPAN);
          if (name === 'w:gridBefore') row.gridBefore = n;
          else row.gridAfter = n;
        }
        break;
      }
      case 'w:tc': {
        const top = open[open.length - 1];
        if (!top) break;
        if (!top.row) {
          top.row = { cells: [], gridBefore: 0, gridAfter: 0, deleted: false };
          top.table.rows.push(top.row);
        }
        const cell: DocxCell = { paragraphs: [], colspan: 1, vMerge: null, hMergeContinue: false, deleted: false };
        top.row.cells.push(cell);
        containers.push({ kind: 'cell', paragraphs: cell.paragraphs, carry: '', cell });
        fieldStacks.push([]);
        break;
      }
      case 'w:gridSpan':
      case 'w:vMerge':
      case 'w:hMerge':
      case 'w:cellDel': {
        const cell = container().cell;
        if (!cell || parent(2) !== 'w:tcPr') break;
        if (name === 'w:gridSpan') cell.colspan = intAttribute(attrs, 'val', 1, 1, MAX_SPAN);
        // no val means continue (Word writes <w:vMerge/>; WPS writes w:val="continue")
        else if (name === 'w:vMerge') cell.vMerge = attribute(attrs, 'val') === 'restart' ? 'restart' : 'continue';
        else if (name === 'w:hMerge') cell.hMergeContinue = attribute(attrs, 'val') !== 'restart';
        else cell.deleted = true;
        break;
      }
      case 'w:txbxContent':
        containers.push({ kind: 'textbox', paragraphs: [], carry: '' });
        fieldStacks.push([]);
        break;
    }
  };

  const choiceTaken = () => alternates.length > 0 && alternates[alternates.length - 1].taken;

  const markDeletion = () => {
    const up = parent();
    if (up === 'w:rPr' && parent(2) === 'w:pPr') {
      const p = paragraphs[paragraphs.length - 1];
      if (p) p.markDeleted = true;
    } else if (up === 'w:trPr') {
      const row = open[open.length - 1]?.row;
      if (row) row.deleted = true;
    }
  };

  const onClose = () => {
    depth--;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const name = names.pop();
    scope.leave(names.length);
    switch (name) {
      case 'w:p': {
        const p = paragraphs.pop()!;
        const c = container();
        const text = c.carry + p.text;
        c.carry = '';
        if (p.markDeleted) c.carry = text;
        else emit(c, text);
        for (const line of p.after) emit(c, line);
        break;
      }
      case 'w:r':
        hiddenRuns.pop();
        break;
      case 'mc:AlternateContent':
        alternates.pop();
        break;
      case 'w:tbl': {
        open.pop();
        // a caption is read from the paragraphs since the last table, never from before it
        container().caption = undefined;
        break;
      }
      case 'w:tr': {
        const top = open[open.length - 1];
        if (top) top.row = null;
        break;
      }
      case 'w:tc':
      case 'w:txbxContent': {
        const c = container();
        if (c.kind !== (name === 'w:tc' ? 'cell' : 'textbox')) break; // a w:tc outside any table
        flushCarry(c);
        containers.pop();
        fieldStacks.pop();
        if (c.kind === 'textbox') {
          const host = paragraphs[paragraphs.length - 1];
          if (host) for (const line of c.paragraphs) host.after.push(line);
          else for (const line of c.paragraphs) emit(container(), line);
        }
        break;
      }
    }
  };

  const parser = new Parser(
    {
      onopentag: onOpen,
      onclosetag: onClose,
      ontext(data) {
        if (skipDepth === 0 && names[names.length - 1] === 'w:t' && parent(2) === 'w:r') append(data);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  if (!tooDeep) parser.end();
  flushCarry(containers[0]);
  return { isWordDocument, narrative, tables, tooDeep };
}
