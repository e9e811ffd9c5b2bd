import type { TextPiece } from './pageContent';

/** A line of text on a page: pieces on one baseline, left to right. */
export interface TextLine {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  pieces: TextPiece[];
}

const HAN_SPACE = /(\p{Script=Han}) (?=\p{Script=Han})/gu;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/u;

/** Pieces → lines, top to bottom: pieces whose vertical middles lie within half a line of each other. */
export function groupLines(pieces: readonly TextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((p, q) => mid(p) - mid(q) || p.x0 - q.x0);
  const groups: TextPiece[][] = [];
  for (const p of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(mid(p) - mid(last[0])) < Math.min(p.size, last[0].size) * 0.5) last.push(p);
    else groups.push([p]);
  }
  return groups.map(lineOf);
}

function lineOf(pieces: TextPiece[]): TextLine {
  pieces.sort((p, q) => p.x0 - q.x0);
  let text = '';
  let prev: TextPiece | null = null;
  for (const p of pieces) {
    const str = p.str.replace(/\s+/g, ' ');
    if (prev && text && !text.endsWith(' ') && !str.startsWith(' ')) {
      const gap = p.x0 - prev.x1;
      if (gap > Math.min(p.size, prev.size) * 0.25 && !(CJK.test(text.slice(-1)) && CJK.test(str[0]))) text += ' ';
    }
    text += str;
    prev = p;
  }
  return {
    // letter-spaced headings (`商 业 企 业`) and runs split by the PDF: no space between Han characters
    text: text.replace(/\s+/g, ' ').replace(HAN_SPACE, '$1').trim(),
    x0: Math.min(...pieces.map((p) => p.x0)),
    x1: Math.max(...pieces.map((p) => p.x1)),
    top: Math.min(...pieces.map((p) => p.top)),
    bottom: Math.max(...pieces.map((p) => p.bottom)),
    size: Math.max(...pieces.map((p) => p.size)),
    pieces,
  };
}

/**
 * Joins wrapped lines back into one text: nothing between two CJK characters (a wrap inside a
 * Chinese word is no space), one space otherwise.
 */
export function joinWrapped(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    if (out && !(CJK.test(out.slice(-1)) || CJK.test(line[0]))) out += ' ';
    out += line;
  }
  return out;
}

function mid(p: TextPiece): number {
  return (p.top + p.bottom) / 2;
}
