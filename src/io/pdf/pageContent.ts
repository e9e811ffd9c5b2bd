/**
 * What one PDF page holds for table reading, in top-left page coordinates (points, y downwards):
 * the text pieces and the ruling lines. Pure functions over pdfjs's output, so they can be tested
 * without pdfjs.
 */

/** A piece of text as pdfjs gives it (one run in one font), placed on the page. */
export interface TextPiece {
  str: string;
  /** left, right, top and bottom edges */
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** font size (height of the line) */
  size: number;
}

/** A ruling line: horizontal (`y` fixed, from `a` to `b` along x) or vertical (`x` fixed, along y). */
export interface Ruling {
  dir: 'h' | 'v';
  /** the fixed coordinate */
  at: number;
  a: number;
  b: number;
}

type Matrix = [number, number, number, number, number, number];

export function multiply(m: Matrix, n: Matrix): Matrix {
  // the transform "n then m", as pdfjs's Util.transform(m, n)
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdfjs getTextContent items → pieces. Rotated text (not horizontal) is left out. */
export function textPieces(
  items: readonly { str?: string; transform?: number[]; width?: number; height?: number }[],
  viewport: Matrix,
): TextPiece[] {
  const out: TextPiece[] = [];
  for (const item of items) {
    if (!item.str || !item.transform || !item.str.trim()) continue;
    const t = multiply(viewport, item.transform as Matrix);
    if (Math.abs(t[1]) > 1e-3 || Math.abs(t[2]) > 1e-3 || t[0] <= 0) continue;
    const size = Math.abs(t[3]) || item.height || 10;
    const [x, baseline] = [t[4], t[5]];
    const width = (item.width ?? 0) * Math.abs(viewport[0] || viewport[1] || 1);
    out.push({ str: item.str, x0: x, x1: x + width, top: baseline - size * 0.85, bottom: baseline + size * 0.15, size });
  }
  return out;
}

/** pdfjs OPS numbers this file needs (passed in so the module does not import pdfjs). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  endPath: number;
  stroke: number;
  closeStroke: number;
}

const LINE_THICKNESS = 2.5; // a filled rectangle thinner than this (points) is drawn as a line
const MIN_LENGTH = 3;

/**
 * The ruling lines of a page from its operator list: stroked axis-aligned segments, and filled
 * rectangles thin enough to be lines (Word and WPS draw cell borders either way). Curves, clipping
 * paths and large fills (cell shading, white backgrounds) are not rulings.
 */
export function rulings(fnArray: readonly number[], argsArray: readonly unknown[], ops: OpCodes, viewport: Matrix): Ruling[] {
  const out: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [...viewport];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as Matrix | null | undefined;
      if (m && m.length === 6) ctm = multiply(ctm, Array.from(m) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const op = args[0] as number;
      if (op === ops.endPath) continue; // a clip, nothing drawn
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || typeof (data as ArrayLike<number>).length !== 'number') continue;
      const stroked = op === ops.stroke || op === ops.closeStroke;
      pathRulings(data, ctm, stroked, out);
    }
  }
  return out;
}

/** pdfjs 5 path data: 0 moveTo x y · 1 lineTo x y · 2 curveTo 6 numbers · 3 quadratic 4 numbers · 4 closePath */
function pathRulings(data: ArrayLike<number>, ctm: Matrix, stroked: boolean, out: Ruling[]): void {
  const subpaths: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let k = 0; k < data.length; ) {
    const code = data[k];
    if (code === 0) {
      if (current.length) subpaths.push(current);
      current = [apply(ctm, data[k + 1], data[k + 2])];
      k += 3;
    } else if (code === 1) {
      current.push(apply(ctm, data[k + 1], data[k + 2]));
      k += 3;
    } else if (code === 2 || code === 3) {
      // a curve: not a ruling; end the subpath here
      if (current.length) subpaths.push(current);
      current = [];
      k += code === 2 ? 7 : 5;
    } else {
      if (current.length) current.push(current[0]);
      subpaths.push(current);
      current = [];
      k += 1;
    }
  }
  if (current.length) subpaths.push(current);
  for (const pts of subpaths) {
    if (stroked) {
      for (let j = 1; j < pts.length; j++) segment(pts[j - 1], pts[j], out);
    } else {
      thinRectangle(pts, out);
    }
  }
}

function segment([x0, y0]: [number, number], [x1, y1]: [number, number], out: Ruling[]): void {
  if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) >= MIN_LENGTH) {
    out.push({ dir: 'h', at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
  } else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) >= MIN_LENGTH) {
    out.push({ dir: 'v', at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
  }
}

function thinRectangle(pts: [number, number][], out: Ruling[]): void {
  if (pts.length < 4 || pts.length > 6) return;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // only an axis-aligned rectangle: every corner on the bounding box
  if (!pts.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)))) return;
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= LINE_THICKNESS && w >= MIN_LENGTH) out.push({ dir: 'h', at: (y0 + y1) / 2, a: x0, b: x1 });
  else if (w <= LINE_THICKNESS && h >= MIN_LENGTH) out.push({ dir: 'v', at: (x0 + x1) / 2, a: y0, b: y1 });
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5;
}
