/**
 * Splits one line of text copied from a PDF reader, an OCR tool or a converter into cells.
 *
 * - pipes (`| 规章 | 0 | 0 |`, also without the outer pipes: `规章 | 0 | 0 |`) separate cells, and
 *   empty cells between pipes are kept (a blank cell);
 * - otherwise tabs, U+3000 and runs of two or more spaces separate cells, and a single space does
 *   too where a number stands on either side (`规章 1 0 11`), never inside a label
 *   (`第二十条 第（五）项`, `1. 属于国家秘密` stay whole).
 *
 * @example splitLine('规章            1          0        11')  // ['规章', '1', '0', '11']
 * @example splitLine('| 行政许可 | 0 | ||')                    // ['行政许可', '0', '', '']
 */
export function splitLine(line: string): string[] {
  const t = line.replace(/\f/g, '').trim();
  if (t.includes('|')) return splitPipes(t);
  const chunks = t.split(/\t|\u3000|\s{2,}/).map((c) => c.trim()).filter((c) => c !== '');
  return chunks.flatMap(splitSingleSpaces);
}

/** A value as tables write it: a number (with separators, sign, decimals, unit) or a blank mark. */
export function isValueToken(token: string): boolean {
  const t = token.normalize('NFKC').trim();
  return /^[-+−]?\d[\d,，]*(\.\d+)?(万元|元|件|条|个|项|%)?$/.test(t) || /^[/／\-—–]$/.test(t);
}

function splitSingleSpaces(chunk: string): string[] {
  const words = chunk.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const prev = out.at(-1);
    if (prev !== undefined && !isValueToken(prev) && !isValueToken(w)) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}

function splitPipes(t: string): string[] {
  let body = t;
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

/** `|---|:--:|` */
export function isSeparatorLine(line: string): boolean {
  const t = line.trim();
  return /^\|?[\s|:-]+\|?$/.test(t) && t.includes('-') && t.includes('|');
}

/** A markdown-style table line (`| 规章 | 2 | 0 | 2 |`). */
export function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') && t.length > 1;
}
