import type { Worksheet } from 'exceljs';
import type { AuditResult } from '../../core';
import { cellNotes } from './cellNotes';
import type { ExportContext } from './exportContext';
import { exportTables, type ExportTable } from './exportTables';
import { loadExcelJS, sheetName } from './loadExcelJS';
import { EDITED_STYLE, markStyle } from './markStyle';
import { sheetValue } from './neutralise';
import { REVIEW_HEADER, reviewRowValues, reviewRows } from './reviewRows';
import { reportFacts } from './reportFacts';

const THIN = { style: 'thin' as const, color: { argb: 'FF8A99A8' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Column widths in characters, as the page's grid draws them (src/ui/grid/gridModel.ts). */
const WIDTHS: Record<string, (cols: number) => number[]> = {
  t2: (cols) => [26, ...Array(cols - 1).fill(20)],
  t3: (cols) => [11, 15, 32, ...Array(cols - 3).fill(10)],
  t4: (cols) => Array(cols).fill(9),
};

/**
 * One report as an annotated workbook: a `概况` sheet, one sheet per table in the official layout
 * (merges kept) with every cell of a failing relationship filled (error / warning colours) and
 * commented (the finding, the suggestion, the decision, the original text if edited), and a
 * `审核意见` sheet (REVIEW_HEADER) ending with the findings fixed in review.
 */
export async function annotatedXlsx(result: AuditResult, ctx: ExportContext): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = '勾稽 gouji';
  wb.created = ctx.date ?? new Date();
  const taken = new Set<string>(['概况', '审核意见']);

  const facts = wb.addWorksheet('概况');
  facts.columns = [{ width: 14 }, { width: 60 }];
  for (const [k, v] of reportFacts(result, ctx)) facts.addRow([k, sheetValue(v)]).getCell(1).font = { bold: true };

  const notes = cellNotes(result, ctx);
  for (const table of exportTables(result)) {
    const ws = wb.addWorksheet(sheetName(table.short, taken), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    drawTable(ws, table, result, notes);
  }

  const review = wb.addWorksheet('审核意见', { views: [{ state: 'frozen', ySplit: 1 }] });
  review.columns = [12, 28, 6, 12, 48, 36, 20, 10, 10, 10, 10, 24, 22, 18].map((width) => ({ width }));
  const head = review.addRow([...REVIEW_HEADER]);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDFE7F1' } }));
  for (const r of reviewRows(result, ctx)) {
    const row = review.addRow(reviewRowValues(r).map(sheetValue));
    row.alignment = { vertical: 'top', wrapText: true };
    if (r.fixed) row.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + EDITED_STYLE.fill } }));
  }
  review.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REVIEW_HEADER.length } };

  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function drawTable(ws: Worksheet, table: ExportTable, result: AuditResult, notes: ReturnType<typeof cellNotes>): void {
  const width = table.rows[0]?.length ?? 1;
  ws.getCell(1, 1).value = sheetValue(table.title);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  if (width > 1) ws.mergeCells(1, 1, 1, width);
  const top = 2; // the layout's first row
  table.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const cell = ws.getCell(top + r, col + 1);
      cell.border = BORDER;
      if (c.kind !== 'value') {
        cell.value = c.text ? sheetValue(c.text) : null;
        cell.alignment = { vertical: 'middle', horizontal: c.kind === 'label' ? 'left' : 'center', wrapText: true };
        if (c.kind !== 'label') cell.font = { bold: true };
        return;
      }
      const v = c.key ? result.values.get(c.key) : undefined;
      cell.value = typeof v === 'number' ? v : c.text ? sheetValue(c.text) : null;
      cell.alignment = { vertical: 'middle', horizontal: 'right' };
      const note = c.key ? notes.get(c.key) : undefined;
      if (!note) return;
      const style = note.mark ? markStyle(note.mark) : EDITED_STYLE;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + style.fill } };
      cell.font = { color: { argb: 'FF' + style.font }, bold: style.bold };
      cell.note = note.lines.join('\n');
    }),
  );
  for (const m of table.merges) ws.mergeCells(top + m.row, m.col + 1, top + m.row + m.rowspan - 1, m.col + m.colspan);
  const widths = WIDTHS[table.id]?.(width) ?? Array(width).fill(12);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const legend = ws.getCell(top + table.rows.length + 1, 1);
  legend.value = '标色单元格带批注（鼠标移到单元格上查看）：深红＝最可能出错，浅红＝错误关系涉及的单元格，黄色＝警告，浅蓝＝审核中改过的单元格。';
  legend.font = { italic: true, color: { argb: 'FF52606D' } };
}
