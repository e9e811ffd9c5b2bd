import { formatNumber, type AuditResult } from '../../core';
import type { CellNote } from './cellNotes';
import { esc } from './htmlEscape';
import { exportTables, type ExportTable } from './exportTables';

/** Column widths in percent of the page, so the whole table fits the paper (labels wide, values narrow). */
function columnWidths(table: ExportTable, width: number): number[] {
  const labels = table.id === 't3' ? [8, 10, 24] : table.id === 't2' ? [28] : Array(table.labelCols).fill(12);
  const used = labels.slice(0, table.labelCols).reduce((a, b) => a + b, 0);
  const rest = width - table.labelCols;
  return [...labels.slice(0, table.labelCols), ...Array(rest).fill((100 - used) / Math.max(1, rest))];
}

/**
 * The tables of one report in the official layout, with marks: the colours of the page, the problem
 * numbers beside each marked cell, the suggested value beside the most likely wrong one, and the
 * original text struck through where the review edited a cell.
 */
export function reviewTablesHtml(result: AuditResult, notes: Map<string, CellNote>, refs: Map<string, number[]>): string {
  return exportTables(result)
    .map((table) => `<div class="table-block"><h3>${esc(table.title)}</h3>${gridHtml(table, notes, refs)}</div>`)
    .join('\n');
}

function gridHtml(table: ExportTable, notes: Map<string, CellNote>, refs: Map<string, number[]>): string {
  const width = table.rows[0]?.length ?? 0;
  const covered = new Set<string>();
  const spans = new Map<string, { rowspan: number; colspan: number }>();
  for (const m of table.merges) {
    spans.set(`${m.row},${m.col}`, m);
    for (let r = m.row; r < m.row + m.rowspan; r++)
      for (let c = m.col; c < m.col + m.colspan; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const cols = columnWidths(table, width)
    .map((w) => `<col style="width:${w.toFixed(2)}%">`)
    .join('');
  const body = table.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => {
        if (covered.has(`${r},${c}`)) return '';
        const span = spans.get(`${r},${c}`);
        const attrs = span ? `${span.rowspan > 1 ? ` rowspan="${span.rowspan}"` : ''}${span.colspan > 1 ? ` colspan="${span.colspan}"` : ''}` : '';
        if (cell.kind !== 'value') return `<td class="${cell.kind}"${attrs}>${esc(cell.text)}</td>`;
        const note = cell.key ? notes.get(cell.key) : undefined;
        const classes = ['value'];
        if (note?.mark) classes.push(`m-${note.mark.severity}`, `r-${note.mark.role}`);
        if (note?.edited) classes.push('edited');
        const title = note ? ` title="${esc(note.lines.join('\n'))}"` : '';
        const was = note?.edited ? `<span class="was">${esc(note.edited.original || '空')}</span>` : '';
        const suggested = note?.mark?.role === 'suspect' && typeof note.mark.suggested === 'number' ? `<span class="to">→${esc(formatNumber(note.mark.suggested))}</span>` : '';
        const numbers = cell.key ? refs.get(cell.key) : undefined;
        const sup = numbers?.length ? `<sup class="refs">[${numbers.join(',')}]</sup>` : '';
        return `<td class="${classes.join(' ')}"${attrs}${title}>${was}${esc(cell.text)}${suggested}${sup}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="grid ${esc(table.id)}"><colgroup>${cols}</colgroup><tbody>\n${body}\n</tbody></table>`;
}

export const LEGEND_HTML =
  '<p class="legend"><span style="background:#d55e00;color:#fff">最可能出错（→建议值）</span><span style="background:#f6c3a8">错误·合计一侧</span>' +
  '<span style="background:#fbe3d6">错误·明细一侧</span><span style="background:#fff4cc">警告</span><span style="background:#d7ecf9">审核中改过（删除线为原值）</span>[n] 为上文问题序号</p>';
