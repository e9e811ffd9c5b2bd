import type { Fragment, GridCell } from './fragment';
import { groupLines, joinWrapped, type TextLine } from './joinText';
import type { TextPiece } from './pageContent';

/** A run of text on a line, set apart from the next by a wide gap: one cell's text. */
interface Chunk {
  text: string;
  x0: number;
  x1: number;
}

const VALUE = /^[-+]?[\d,，.]+%?$|^[\/／\-—–]$|^无$/;

/**
 * The fallback for tables drawn without ruling lines: lines with several widely spaced runs, some
 * of them numbers, are a table's rows; its columns are where the runs of the number rows sit. A
 * line holding only a label (a wrapped label) joins the nearer number row; lines of runs just
 * above the first number row are header rows.
 */
export function textTables(page: number, lines: TextLine[]): { fragments: Fragment[]; rest: TextLine[] } {
  const chunked = lines.map((line) => ({ line, chunks: chunksOf(line) }));
  const isData = (i: number) => chunked[i].chunks.length >= 2 && chunked[i].chunks.slice(1).some((c) => VALUE.test(c.text));
  const fragments: Fragment[] = [];
  const used = new Set<TextLine>();
  let i = 0;
  while (i < chunked.length) {
    if (!isData(i)) {
      i++;
      continue;
    }
    // extend over data rows and the label-only lines between them
    let end = i;
    for (let j = i + 1; j < chunked.length; j++) {
      const gap = chunked[j].line.top - chunked[j - 1].line.bottom;
      if (gap > chunked[j].line.size * 2.5) break;
      if (isData(j)) end = j;
      else if (j - end > 2) break;
    }
    let start = i;
    while (start > 0 && chunked[start - 1].chunks.length >= 2 && chunked[start].line.top - chunked[start - 1].line.bottom < chunked[start].line.size * 2.5) start--;
    const block = chunked.slice(start, end + 1);
    const dataCount = block.filter((_, k) => isData(start + k)).length;
    // one number row is a table when header rows stand above it (table 4 has a single one)
    if (dataCount >= 2 || (start < i && chunked[i].chunks.length >= 4)) {
      fragments.push(buildFragment(page, block, block.map((_, k) => isData(start + k))));
      for (const b of block) used.add(b.line);
    }
    i = end + 1;
  }
  return { fragments, rest: lines.filter((l) => !used.has(l)) };
}

function buildFragment(page: number, block: { line: TextLine; chunks: Chunk[] }[], data: boolean[]): Fragment {
  // columns: the x-ranges of the data rows' runs, overlapping ranges taken as one column
  const spans = block
    .filter((_, k) => data[k])
    .flatMap((b) => b.chunks.map((c) => [c.x0, c.x1] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else cols.push([...s]);
  }
  const left = Math.min(cols[0][0], ...block.map((b) => b.line.x0)) - 1;
  const right = Math.max(cols[cols.length - 1][1], ...block.map((b) => b.line.x1)) + 1;
  const xs = [left, ...cols.slice(1).map((c, k) => (cols[k][1] + c[0]) / 2), right];
  const colOf = (x: number) => {
    let c = 0;
    while (c < xs.length - 2 && x > xs[c + 1]) c++;
    return c;
  };

  // rows: header lines and data lines; a label-only line goes to the nearer data line
  const rowOfLine: number[] = [];
  const rowLines: number[] = [];
  const firstData = data.indexOf(true);
  block.forEach((_, k) => {
    if (data[k] || k < firstData) {
      rowOfLine[k] = rowLines.length;
      rowLines.push(k);
    }
  });
  const dist = (a: number, b: number) => Math.abs(block[a].line.top - block[b].line.top);
  block.forEach((_, k) => {
    if (rowOfLine[k] !== undefined) return;
    let prev = k - 1;
    while (prev >= 0 && !data[prev]) prev--;
    let next = k + 1;
    while (next < block.length && !data[next]) next++;
    const target = next >= block.length || (prev >= 0 && dist(k, prev) <= dist(k, next)) ? prev : next;
    rowOfLine[k] = rowOfLine[target];
  });

  const cells = new Map<string, GridCell & { parts: { top: number; text: string }[] }>();
  block.forEach((b, k) => {
    for (const chunk of b.chunks) {
      const c0 = colOf(chunk.x0 + 1);
      const c1 = Math.max(c0, colOf(chunk.x1 - 1)) + 1;
      const r = rowOfLine[k];
      const id = `${r},${c0}`;
      const cell = cells.get(id) ?? { r0: r, r1: r + 1, c0, c1, text: '', parts: [] };
      cell.c1 = Math.max(cell.c1, c1);
      cell.parts.push({ top: b.line.top, text: chunk.text });
      cells.set(id, cell);
    }
  });
  // a header run that has fewer runs than columns spans to the next run (labels set at the left of their group)
  const firstDataRow = rowOfLine[firstData];
  for (let r = 0; r < firstDataRow; r++) {
    const row = [...cells.values()].filter((c) => c.r0 === r).sort((a, b) => a.c0 - b.c0);
    if (row.length >= xs.length - 1) continue;
    row.forEach((c, k) => (c.c1 = Math.max(c.c1, k + 1 < row.length ? row[k + 1].c0 : xs.length - 1)));
  }
  const out: GridCell[] = [...cells.values()].map(({ parts, ...cell }) => ({
    ...cell,
    text: joinWrapped(parts.sort((a, b) => a.top - b.top).map((p) => p.text)),
  }));
  return { page, xs, rowCount: rowLines.length, cells: out, top: block[0].line.top, bottom: block[block.length - 1].line.bottom, ruled: false };
}

function chunksOf(line: TextLine): Chunk[] {
  const groups: TextPiece[][] = [];
  for (const p of [...line.pieces].sort((a, b) => a.x0 - b.x0)) {
    const last = groups[groups.length - 1];
    if (last && p.x0 - last[last.length - 1].x1 <= p.size * 0.9) last.push(p);
    else groups.push([p]);
  }
  return groups.map((g) => {
    const [l] = groupLines(g);
    return { text: l.text, x0: l.x0, x1: l.x1 };
  });
}
