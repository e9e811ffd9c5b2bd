import type { Merge } from '../table/types';
import type { ColumnNode, RowDef, TableDef, TableId, TemplateDef } from '../template/types';

/**
 * A table of a report format drawn as the official form draws it: header rows with merged cells,
 * row labels with their groups merged down, one value cell per key. The page shows recognised
 * reports this way, whatever shape the input had.
 */
export interface LayoutCell {
  text: string;
  kind: 'header' | 'label' | 'value' | 'section';
  key?: string;
}

export interface TableLayout {
  tableId: TableId;
  title: string;
  rows: LayoutCell[][];
  merges: Merge[];
  /** where each key's value cell is */
  keyPos: Map<string, { row: number; col: number }>;
  /** columns holding row labels (values start after them) */
  labelCols: number;
}

type Lang = 'zh' | 'en';
const text = (l: { display: string; en: string }, lang: Lang) => (lang === 'en' ? l.en || l.display : l.display);

/**
 * @param present the keys the reading has: where the format allows a row in a shorter form (2021's
 *   三（六） as one row, `standsFor` its sub-items), only the form the input used is drawn.
 */
export function officialLayout(template: TemplateDef, tableId: TableId, lang: Lang = 'zh', present?: ReadonlySet<string>): TableLayout {
  const table = template.tables.find((t) => t.id === tableId);
  if (!table) throw new Error(`no table ${tableId} in ${template.id}`);
  const b = new Builder(table, lang, hiddenRows(table, present));
  if (table.id === 't2') b.blocks();
  else b.matrix();
  return b.done();
}

class Builder {
  rows: LayoutCell[][] = [];
  merges: Merge[] = [];
  keyPos = new Map<string, { row: number; col: number }>();
  labelCols = 0;
  /** the table's cells by row and column id (looked up once per drawn cell: 200 cells in table 3) */
  private readonly cellAt = new Map<string, Map<string, TableDef['cells'][number]>>();

  constructor(
    readonly table: TableDef,
    readonly lang: Lang,
    readonly hidden: ReadonlySet<string> = new Set(),
  ) {
    for (const cell of table.cells) {
      let byCol = this.cellAt.get(cell.row);
      if (!byCol) this.cellAt.set(cell.row, (byCol = new Map()));
      if (!byCol.has(cell.col)) byCol.set(cell.col, cell);
    }
  }

  private cellOf(row: string, col: string | undefined): TableDef['cells'][number] | undefined {
    return col === undefined ? undefined : this.cellAt.get(row)?.get(col);
  }

  done(): TableLayout {
    const width = Math.max(...this.rows.map((r) => r.length));
    for (const r of this.rows) while (r.length < width) r.push({ text: '', kind: 'header' });
    const title = this.lang === 'en' ? this.table.titleEn : this.table.title;
    return { tableId: this.table.id, title, rows: this.rows, merges: this.merges, keyPos: this.keyPos, labelCols: this.labelCols };
  }

  private put(row: number, col: number, cell: LayoutCell, rowspan = 1, colspan = 1): void {
    while (this.rows.length <= row + rowspan - 1) this.rows.push([]);
    for (let r = row; r < row + rowspan; r++) {
      const line = this.rows[r];
      while (line.length < col + colspan) line.push({ text: '', kind: cell.kind === 'value' ? 'label' : cell.kind });
      for (let c = col; c < col + colspan; c++) line[c] = r === row && c === col ? cell : { text: '', kind: cell.kind === 'value' ? 'label' : cell.kind };
    }
    if (rowspan > 1 || colspan > 1) this.merges.push({ row, col, rowspan, colspan });
    if (cell.key) this.keyPos.set(cell.key, { row, col });
  }

  /** Table 2: one block per 第二十条 item: a section line, a `信息内容` header, its rows. */
  blocks(): void {
    const width = 1 + Math.max(...this.table.columnSets.map((s) => s.roots.length));
    this.labelCols = 1;
    let r = 0;
    for (const set of this.table.columnSets) {
      if (set.section) this.put(r++, 0, { text: set.section, kind: 'section' }, 1, width);
      this.put(r, 0, { text: this.table.labelHeader ? text(this.table.labelHeader, this.lang) : '', kind: 'header' });
      const spans = spread(set.roots.length, width - 1);
      let c = 1;
      set.roots.forEach((node, i) => {
        this.put(r, c, { text: text(node, this.lang), kind: 'header' }, 1, spans[i]);
        c += spans[i];
      });
      r++;
      for (const rowId of set.rows) {
        const row = this.table.rows.find((x) => x.id === rowId)!;
        this.put(r, 0, { text: text(row, this.lang), kind: 'label' });
        c = 1;
        set.roots.forEach((node, i) => {
          const cell = this.cellOf(rowId, node.id);
          this.put(r, c, { text: '', kind: 'value', key: cell?.key }, 1, spans[i]);
          c += spans[i];
        });
        r++;
      }
    }
  }

  /** Tables 3 and 4: a column tree over the values, row labels (with their groups) on the left. */
  matrix(): void {
    const set = this.table.columnSets[0];
    const depth = treeDepth(set.roots);
    const labelCols = this.table.singleRow ? 0 : Math.max(...this.table.rows.map((r) => this.rowPath(r).length));
    this.labelCols = labelCols;
    if (labelCols) {
      const note = this.table.labelHeader ? text(this.table.labelHeader, this.lang) : '';
      this.put(0, 0, { text: note, kind: 'header' }, depth, labelCols);
    }
    this.header(set.roots, 0, labelCols, depth);
    const leaves = leafNodes(set.roots);
    let r = depth;
    const openGroups: Array<{ id: string; row: number; col: number; count: number }> = [];
    const dataRows = this.table.rows.filter((x) => !this.hidden.has(x.id));
    dataRows.forEach((row) => {
      const path = this.rowPath(row);
      // Group label cells are merged down over all the rows they hold.
      path.slice(0, -1).forEach((groupId, depthIndex) => {
        const open = openGroups[depthIndex];
        if (open && open.id === groupId) return;
        openGroups.length = depthIndex;
        const group = this.table.groups.find((g) => g.id === groupId)!;
        const count = dataRows.filter((x) => this.rowPath(x).includes(groupId)).length;
        this.put(r, depthIndex, { text: text(group, this.lang), kind: 'label' }, count, 1);
        openGroups[depthIndex] = { id: groupId, row: r, col: depthIndex, count };
      });
      openGroups.length = path.length - 1;
      if (labelCols) this.put(r, path.length - 1, { text: text(row, this.lang), kind: 'label' }, 1, labelCols - path.length + 1);
      leaves.forEach((leaf, i) => {
        const cell = this.cellOf(row.id, leaf.id);
        this.put(r, labelCols + i, { text: '', kind: 'value', key: cell?.key });
      });
      r++;
    });
  }

  /** Row → [group ids outermost first…, row id] */
  private rowPath(row: RowDef): string[] {
    const path = [row.id];
    let g = row.group ? this.table.groups.find((x) => x.id === row.group) : undefined;
    while (g) {
      path.unshift(g.id);
      g = g.parent ? this.table.groups.find((x) => x.id === g!.parent) : undefined;
    }
    return path;
  }

  private header(nodes: ColumnNode[], level: number, col: number, depth: number): void {
    let c = col;
    for (const node of nodes) {
      const width = leafNodes([node]).length;
      if (node.children?.length) {
        this.put(level, c, { text: text(node, this.lang), kind: 'header' }, 1, width);
        this.header(node.children, level + 1, c, depth);
      } else {
        this.put(level, c, { text: text(node, this.lang), kind: 'header' }, depth - level, 1);
      }
      c += width;
    }
  }
}

/** The rows of the form the input did not use: the short row, or the sub-items it stands for. */
function hiddenRows(table: TableDef, present?: ReadonlySet<string>): Set<string> {
  const hidden = new Set<string>();
  for (const short of table.rows.filter((r) => r.standsFor?.length)) {
    const used = !!present && table.cells.some((c) => c.row === short.id && present.has(c.key));
    if (used) for (const id of short.standsFor!) hidden.add(id);
    else hidden.add(short.id);
  }
  return hidden;
}

function treeDepth(nodes: ColumnNode[]): number {
  return Math.max(...nodes.map((n) => 1 + (n.children?.length ? treeDepth(n.children) : 0)));
}

function leafNodes(nodes: ColumnNode[]): ColumnNode[] {
  return nodes.flatMap((n) => (n.children?.length ? leafNodes(n.children) : [n]));
}

/** Spreads n header cells over w columns: each one column, the last takes what is left. */
function spread(n: number, w: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? w - (n - 1) : 1));
}
