import { officialLayout, type AuditResult, type Merge } from '../../core';

export interface ExportCell {
  /** what the cell shows: a label, or a value cell's current text */
  text: string;
  kind: 'header' | 'label' | 'value' | 'section';
  key?: string;
}

/** One table as an export draws it: a report table in its official layout, any other table as it came. */
export interface ExportTable {
  id: string;
  title: string;
  /** short name for a sheet tab */
  short: string;
  rows: ExportCell[][];
  merges: Merge[];
  labelCols: number;
}

/**
 * The tables of one audit, ready to draw: the report's tables that were found (all of the format's
 * when none was), or, for a table that is no report, its cells rebuilt from their A1 names.
 */
export function exportTables(result: AuditResult): ExportTable[] {
  const template = result.template;
  if (!template) return genericTables(result);
  const found = new Set<string>(result.tables);
  const tables = template.tables.filter((t) => found.size === 0 || found.has(t.id));
  // The keys read: a report printing 三（六） as one row is drawn with that row, as it came.
  const present = new Set(result.raw.keys());
  return tables.map((t) => {
    const layout = officialLayout(template, t.id, 'zh', present);
    const rows = layout.rows.map((row) =>
      row.map((c): ExportCell => (c.kind === 'value' && c.key ? { text: result.raw.get(c.key) ?? '', kind: 'value', key: c.key } : { text: c.text, kind: c.kind })),
    );
    return { id: t.id, title: layout.title, short: t.short, rows, merges: layout.merges, labelCols: layout.labelCols };
  });
}

const A1 = /^(.*)!([A-Z]+)(\d+)$/;

function genericTables(result: AuditResult): ExportTable[] {
  const byTable = new Map<string, Array<{ key: string; row: number; col: number; text: string }>>();
  for (const [key, text] of result.raw) {
    const m = A1.exec(key);
    if (!m) continue;
    const list = byTable.get(m[1]) ?? [];
    list.push({ key, row: Number(m[3]) - 1, col: columnIndex(m[2]), text });
    byTable.set(m[1], list);
  }
  return [...byTable].map(([name, cells]) => {
    let height = 0;
    let width = 0;
    for (const c of cells) {
      height = Math.max(height, c.row + 1);
      width = Math.max(width, c.col + 1);
    }
    const rows = Array.from({ length: height }, () => Array.from({ length: width }, (): ExportCell => ({ text: '', kind: 'value' })));
    for (const c of cells) rows[c.row][c.col] = { text: c.text, kind: 'value', key: c.key };
    return { id: name, title: name, short: name, rows, merges: [], labelCols: 0 };
  });
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
