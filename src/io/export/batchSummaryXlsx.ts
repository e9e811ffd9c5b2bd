import { BATCH_HEADER, batchSummaryRows, values, type BatchItem } from './batchSummary';
import { loadExcelJS } from './loadExcelJS';
import { sheetValue } from './neutralise';

/** The batch summary as one sheet `汇总`, header frozen and filterable. */
export async function batchSummaryXlsx(items: readonly BatchItem[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = '勾稽 gouji';
  const ws = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [36, 28, 7, 11, 12, 12, 6, 6, 60, 12].map((width) => ({ width }));
  const head = ws.addRow([...BATCH_HEADER]);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDFE7F1' } }));
  for (const row of batchSummaryRows(items)) {
    const line = ws.addRow(values(row).map(sheetValue));
    line.alignment = { vertical: 'top', wrapText: true };
    if (row.verdict === 'fail') line.getCell(BATCH_HEADER.length).font = { bold: true, color: { argb: 'FFA34400' } };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: BATCH_HEADER.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
