import { labelSimilarity, normalizeLabel, type NormalizedLabel } from '../labels';
import type { CellLocation } from '../table/types';
import type { ColumnNode, ColumnSet } from '../template/types';

/** A header cell as the reconstruction sees it. */
export interface HeaderCell {
  label: NormalizedLabel;
  text: string;
  col: number;
  colEnd: number;
  loc: CellLocation;
}

/** One value column under a header: its column id, or null for a header this format does not know. */
export interface Leaf {
  colId: string | null;
  node?: ColumnNode;
  text: string;
  col: number;
  colEnd: number;
  /** true when the header did not name this column and it was placed by its position */
  byPosition: boolean;
}

interface Placed {
  node: ColumnNode | null;
  cell: HeaderCell;
  children: Placed[];
  used: Set<ColumnNode>;
}

/**
 * Rebuilds the column tree of a header block and returns its value columns in order.
 *
 * Each header row is one level. In an exact grid a cell's parent is the cell above whose span holds
 * it. Word's text export loses spans, so there a cell goes to the first open parent (left to right)
 * that has it as a child in the template: `结果维持…总计` under 行政复议, then `未经复议直接起诉` and
 * `复议后起诉` under 行政诉讼. Leaves come out in depth-first order (exact grids: by column).
 */
export function headerLeaves(set: ColumnSet, levels: HeaderCell[][], exact: boolean): Leaf[] {
  const roots: Placed[] = [];
  const placedNodes = new Set<ColumnNode>();
  const previous: Placed[] = [];
  for (const level of levels) {
    const open = previous.filter((p) => p.node?.children?.length);
    let pointer = 0;
    const current: Placed[] = [];
    for (const cell of level) {
      let parent: Placed | undefined;
      let node: ColumnNode | null = null;
      if (exact) {
        parent = open.findLast((p) => p.cell.col <= cell.col && cell.col <= p.cell.colEnd);
        node = parent ? bestNode(cell.label, parent.node!.children!, parent.used) : null;
      } else {
        for (let i = pointer; i < open.length && !node; i++) {
          const n = bestNode(cell.label, open[i].node!.children!, open[i].used);
          if (n) {
            parent = open[i];
            node = n;
            pointer = i;
          }
        }
      }
      if (!node) {
        // Not a child of any open parent: a root, or a node whose parents the header left out.
        node = bestNode(cell.label, allNodes(set.roots), placedNodes);
        parent = exact ? parent : undefined;
      }
      const placed: Placed = { node, cell, children: [], used: new Set() };
      if (node) placedNodes.add(node);
      if (parent) {
        parent.children.push(placed);
        if (node) parent.used.add(node);
      } else roots.push(placed);
      current.push(placed);
    }
    previous.push(...current);
  }
  const leaves: Leaf[] = [];
  for (const r of roots) collectLeaves(r, leaves);
  if (exact) leaves.sort((a, b) => a.col - b.col);
  return leaves;
}

function collectLeaves(p: Placed, out: Leaf[]): void {
  if (p.children.length) {
    for (const c of p.children) collectLeaves(c, out);
    return;
  }
  const { cell, node } = p;
  if (node?.children?.length) {
    // A group header without its sub-header row: its columns can only be placed by position.
    const sub = templateLeaves(node.children);
    const width = cell.colEnd - cell.col + 1;
    sub.forEach((n, i) => {
      const col = width === sub.length ? cell.col + i : cell.col;
      out.push({ colId: n.id!, node: n, text: n.display, col, colEnd: col, byPosition: true });
    });
    return;
  }
  out.push({ colId: node?.id ?? null, node: node ?? undefined, text: cell.text, col: cell.col, colEnd: cell.colEnd, byPosition: false });
}

/** The template's leaves in order, each placed by position: the fallback when there is no header. */
export function positionalLeaves(set: ColumnSet): Leaf[] {
  return templateLeaves(set.roots).map((n, i) => ({
    colId: n.id!,
    node: n,
    text: n.display,
    col: i,
    colEnd: i,
    byPosition: true,
  }));
}

const leavesCache = new WeakMap<ColumnNode[], ColumnNode[]>();
const nodesCache = new WeakMap<ColumnNode[], ColumnNode[]>();

export function templateLeaves(nodes: ColumnNode[]): ColumnNode[] {
  let hit = leavesCache.get(nodes);
  if (!hit) {
    hit = nodes.flatMap((n) => (n.children?.length ? templateLeaves(n.children) : [n]));
    leavesCache.set(nodes, hit);
  }
  return hit;
}

function allNodes(nodes: ColumnNode[]): ColumnNode[] {
  let hit = nodesCache.get(nodes);
  if (!hit) {
    hit = nodes.flatMap((n) => [n, ...(n.children ? allNodes(n.children) : [])]);
    nodesCache.set(nodes, hit);
  }
  return hit;
}

const formsCache = new WeakMap<ColumnNode, string[]>();

function formsOf(node: ColumnNode): string[] {
  let forms = formsCache.get(node);
  if (!forms) {
    forms = [node.display, ...(node.aliases ?? [])].flatMap((t) => {
      const n = normalizeLabel(t);
      return [n.text, n.core];
    });
    formsCache.set(node, forms);
  }
  return forms;
}

/** The unused node the label names best (exact first, then similarity ≥ 0.8), in template order. */
function bestNode(label: NormalizedLabel, candidates: ColumnNode[], used: Set<ColumnNode>): ColumnNode | null {
  for (const node of candidates) {
    if (!used.has(node) && formsOf(node).some((f) => f === label.text || f === label.core)) return node;
  }
  let best: ColumnNode | null = null;
  let bestScore = 0;
  for (const node of candidates) {
    if (used.has(node)) continue;
    let score = 0;
    for (const f of formsOf(node)) {
      score = Math.max(score, f === label.text || f === label.core ? 1 : labelSimilarity(label.core, f));
      if (score === 1) break;
    }
    if (score >= 0.8 && score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}
