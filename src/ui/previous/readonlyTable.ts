import type { TableLayout } from '../../core';

export interface HtmlCell {
  text: string;
  kind: 'header' | 'label' | 'value' | 'section';
  key?: string;
  rowspan: number;
  colspan: number;
}

/**
 * A table of the official layout as the rows of an HTML table: merged cells once, with their spans
 * (the cells they cover left out), value cells filled from a reading's raw text. Plain strings.
 */
export function htmlRows(layout: TableLayout, raw: Readonly<Record<string, string>>): HtmlCell[][] {
  const covered = new Set<string>();
  const span = new Map<string, { rowspan: number; colspan: number }>();
  for (const m of layout.merges) {
    span.set(`${m.row},${m.col}`, { rowspan: m.rowspan, colspan: m.colspan });
    for (let r = m.row; r < m.row + m.rowspan; r++) for (let c = m.col; c < m.col + m.colspan; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  return layout.rows.map((row, r) =>
    row.flatMap((cell, c) => {
      if (covered.has(`${r},${c}`)) return [];
      const s = span.get(`${r},${c}`) ?? { rowspan: 1, colspan: 1 };
      const text = cell.kind === 'value' && cell.key ? (raw[cell.key] ?? '') : cell.text;
      return [{ text, kind: cell.kind, key: cell.key, ...s }];
    }),
  );
}
