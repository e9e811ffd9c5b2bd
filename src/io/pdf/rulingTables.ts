import type { Fragment, GridCell } from './fragment';
import { groupLines, joinWrapped } from './joinText';
import type { Ruling, TextPiece } from './pageContent';

const TOL = 2; // points: lines this close are one line; ends this close touch

/**
 * Tables drawn with ruling lines: lines that cross or touch form a table; its column edges are the
 * vertical lines, its row edges the horizontal ones, and two neighbouring grid cells with no line
 * between them are one merged cell. Each text piece inside a table goes to the cell holding its
 * middle; `used` receives the pieces taken.
 */
export function ruledTables(page: number, lines: readonly Ruling[], pieces: readonly TextPiece[], used: Set<TextPiece>): Fragment[] {
  const merged = mergeCollinear(lines);
  const out: Fragment[] = [];
  for (const group of touchingGroups(merged)) {
    const h = group.filter((l) => l.dir === 'h');
    const v = group.filter((l) => l.dir === 'v');
    if (h.length < 2 || v.length < 2) continue;
    const left = Math.min(...h.map((l) => l.a));
    const right = Math.max(...h.map((l) => l.b));
    // a table without side borders still has its horizontal lines' ends as edges
    const xs = cluster([left, right, ...v.map((l) => l.at)]);
    const ys = cluster([Math.min(...v.map((l) => l.a)), Math.max(...v.map((l) => l.b)), ...h.map((l) => l.at)]);
    if (xs.length < 2 || ys.length < 3) continue;
    const fragment = gridFromLines(page, xs, ys, h, v, pieces, used);
    if (fragment) out.push(fragment);
  }
  return out.sort((a, b) => a.top - b.top);
}

function gridFromLines(
  page: number,
  xs: number[],
  ys: number[],
  h: Ruling[],
  v: Ruling[],
  pieces: readonly TextPiece[],
  used: Set<TextPiece>,
): Fragment | null {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  const covered = (lines: Ruling[], at: number, pos: number) =>
    lines.some((l) => Math.abs(l.at - at) <= TOL && l.a - TOL <= pos && pos <= l.b + TOL);
  for (let r = 0; r < rows; r++) {
    const ym = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < cols; c++) {
      const xm = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < cols && !covered(v, xs[c + 1], ym)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(h, ys[r + 1], xm)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const boxes = new Map<number, GridCell>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const box = boxes.get(root);
      if (!box) boxes.set(root, { r0: r, r1: r + 1, c0: c, c1: c + 1, text: '' });
      else {
        box.r0 = Math.min(box.r0, r);
        box.r1 = Math.max(box.r1, r + 1);
        box.c0 = Math.min(box.c0, c);
        box.c1 = Math.max(box.c1, c + 1);
      }
    }
  }
  const cells = rectangular([...boxes.values()]);
  // which cell holds each grid position
  const at: GridCell[] = new Array(rows * cols);
  for (const cell of cells) for (let r = cell.r0; r < cell.r1; r++) for (let c = cell.c0; c < cell.c1; c++) at[r * cols + c] = cell;

  const inCell = new Map<GridCell, TextPiece[]>();
  for (const piece of pieces) {
    for (const part of splitAtColumns(piece, xs)) {
      const xm = (part.x0 + part.x1) / 2;
      const ym = (part.top + part.bottom) / 2;
      if (xm < xs[0] || xm > xs[cols] || ym < ys[0] || ym > ys[rows]) continue;
      const cell = at[indexOf(ys, ym) * cols + indexOf(xs, xm)];
      used.add(piece);
      const list = inCell.get(cell) ?? [];
      list.push(part);
      inCell.set(cell, list);
    }
  }
  for (const [cell, list] of inCell) cell.text = joinWrapped(groupLines(list).map((l) => l.text));
  return { page, xs, rowCount: rows, cells, top: ys[0], bottom: ys[rows], ruled: true };
}

/** Cells whose boxes overlap (a border missing in a way no rectangle explains) become one. */
function rectangular(cells: GridCell[]): GridCell[] {
  let changed = true;
  while (changed) {
    changed = false;
    outer: for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const a = cells[i];
        const b = cells[j];
        if (a.r0 < b.r1 && b.r0 < a.r1 && a.c0 < b.c1 && b.c0 < a.c1) {
          cells[i] = { r0: Math.min(a.r0, b.r0), r1: Math.max(a.r1, b.r1), c0: Math.min(a.c0, b.c0), c1: Math.max(a.c1, b.c1), text: '' };
          cells.splice(j, 1);
          changed = true;
          break outer;
        }
      }
    }
  }
  return cells;
}

/** A piece running over column edges (one run of text set across cells) is cut at them, by its characters' share of the width. */
function splitAtColumns(piece: TextPiece, xs: number[]): TextPiece[] {
  const chars = [...piece.str];
  const inner = xs.filter((x) => x > piece.x0 + 1 && x < piece.x1 - 1);
  if (!inner.length || chars.length < 2) return [piece];
  const w = (piece.x1 - piece.x0) / chars.length;
  const parts: TextPiece[] = [];
  let start = 0;
  for (const x of [...inner, piece.x1 + 1]) {
    const end = x > piece.x1 ? chars.length : Math.round((x - piece.x0) / w);
    if (end > start) {
      const str = chars.slice(start, end).join('');
      if (str.trim()) parts.push({ ...piece, str, x0: piece.x0 + start * w, x1: piece.x0 + end * w });
      start = end;
    }
  }
  return parts;
}

function indexOf(edges: number[], pos: number): number {
  let i = 0;
  while (i < edges.length - 2 && pos > edges[i + 1]) i++;
  return i;
}

/** Sorted positions, those within TOL of each other taken as one (their mean). */
export function cluster(values: number[], tol = TOL): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

/** Collinear lines that overlap or touch become one (Word draws one border per cell side). */
function mergeCollinear(lines: readonly Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  const sorted = [...lines].sort((p, q) => (p.dir === q.dir ? p.at - q.at || p.a - q.a : p.dir < q.dir ? -1 : 1));
  for (const l of sorted) {
    const same = out.filter((o) => o.dir === l.dir && Math.abs(o.at - l.at) <= 1 && l.a <= o.b + TOL && o.a <= l.b + TOL);
    if (same.length) {
      const o = same[0];
      o.a = Math.min(o.a, l.a);
      o.b = Math.max(o.b, l.b);
    } else out.push({ ...l });
  }
  return out;
}

/** Groups of lines connected by crossings or touching ends. */
function touchingGroups(lines: Ruling[]): Ruling[][] {
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const hs = lines.map((l, i) => [l, i] as const).filter(([l]) => l.dir === 'h');
  const vs = lines.map((l, i) => [l, i] as const).filter(([l]) => l.dir === 'v');
  for (const [h, i] of hs) {
    for (const [v, j] of vs) {
      if (v.at >= h.a - TOL && v.at <= h.b + TOL && h.at >= v.a - TOL && h.at <= v.b + TOL) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  lines.forEach((l, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), l]);
  });
  return [...groups.values()];
}
