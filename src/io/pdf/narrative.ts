import type { TextLine } from './joinText';
import { joinWrapped } from './joinText';

/** Page furniture: `- 2 -`, `— 3 —`, `-3-`, `第 3 页`, `第3页 共6页`, `3 / 6`, a bare `3`. */
const PAGE_NUMBER = /^(?:[-—–－~\s]*\d{1,4}[-—–－~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** A page number in the top or bottom margin of the page. */
export function isPageFurniture(line: TextLine, pageHeight: number): boolean {
  const inMargin = line.bottom > pageHeight * 0.88 || line.top < pageHeight * 0.08;
  return inMargin && PAGE_NUMBER.test(line.text);
}

/** A narrative line with what the paragraph logic needs of its page. */
export interface PlacedLine {
  line: TextLine;
  page: number;
  /** the page's text column, left and right */
  left: number;
  right: number;
  /** a table came between this line and the previous one */
  afterTable: boolean;
}

/**
 * Lines → paragraphs. A line starts a paragraph when it is indented, when the line before ended
 * short of the right edge (a heading or a paragraph's end), when the font size changes, or after a
 * table. A paragraph runs on over a page break.
 */
export function paragraphs(lines: readonly PlacedLine[]): string[] {
  const out: string[][] = [];
  let prev: PlacedLine | null = null;
  for (const cur of lines) {
    const { line } = cur;
    const indented = line.x0 > cur.left + line.size * 0.8;
    const prevShort = prev !== null && prev.line.x1 < prev.right - prev.line.size * 1.5;
    const sizeChanged = prev !== null && Math.abs(prev.line.size - line.size) > 1;
    const gap = prev !== null && prev.page === cur.page && line.top - prev.line.bottom > line.size * 1.5;
    if (!prev || indented || prevShort || sizeChanged || gap || cur.afterTable) out.push([line.text]);
    else out[out.length - 1].push(line.text);
    prev = cur;
  }
  return out.map((p) => joinWrapped(p)).filter((p) => p);
}
