import * as XLSX from 'xlsx';
import type { Merge, RawTable } from '../core/table/types';
import { decodeText } from './decodeText';
import type { ImportIssue, ImportResult } from './importTypes';
import { issue, refusal } from './importTypes';
import { MAX_COLUMNS } from './layoutTable';

/** rows × columns of one sheet; a stray format or merge at XFD1048576 must not allocate the world */
const MAX_CELLS = 2_000_000;

/**
 * Reads a workbook (.xlsx .xlsm .xlsb .xls .ods) with SheetJS: each sheet with text in it becomes one
 * 'exact' table named after the sheet; `!merges` become merges. Cell text is the formatted text Excel
 * shows (`w`), else the raw value. Rows and columns start at A1, so positions match Excel's.
 */
export function importSheet(fileName: string, bytes: Uint8Array): ImportResult {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellFormula: false, cellHTML: false });
  } catch (err) {
    return unreadable(fileName, err);
  }
  return workbookToResult(fileName, wb);
}

/**
 * Reads a CSV file. Decoded by us first (GBK CSVs from Chinese Excel are common, SheetJS would guess
 * wrong), and read with `raw: true` so that "0012" or "2021-01-01" stay the text they were.
 */
export function importCsv(fileName: string, bytes: Uint8Array): ImportResult {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(decodeText(bytes), { type: 'string', raw: true, dense: true, cellDates: false });
  } catch (err) {
    return unreadable(fileName, err);
  }
  return workbookToResult(fileName, wb);
}

function workbookToResult(fileName: string, wb: XLSX.WorkBook): ImportResult {
  const tables: RawTable[] = [];
  const issues: ImportIssue[] = [];
  for (const sheetName of wb.SheetNames) {
    const ws = wb.Sheets[sheetName];
    if (!ws) continue;
    const table = sheetToTable(sheetName, ws);
    if (!table) continue;
    tables.push(table.table);
    if (table.truncated) {
      issues.push(issue('import.table-truncated', 'import.sheet-truncated', { sheet: sheetName, max: MAX_COLUMNS }));
    }
  }
  if (tables.length === 0) {
    issues.push(issue('import.no-table', 'import.sheets-empty', { name: fileName }));
  }
  return { format: 'sheet', tables, narrative: [], issues };
}

function sheetToTable(name: string, ws: XLSX.WorkSheet): { table: RawTable; truncated: boolean } | null {
  const data: (XLSX.CellObject | undefined)[][] = ws['!data'] ?? [];
  // Each row's texts, and the bounding box of the cells that hold text (a sheet's !ref often
  // reaches over formatted blanks), in one pass: a row as wide as the box is the table's row as it is.
  const texts: (string[] | undefined)[] = new Array(data.length);
  let height = 0;
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    const line = new Array<string>(row.length);
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      line[c] = text;
      if (text !== '') last = c;
    }
    if (last >= 0) {
      height = r + 1;
      width = Math.max(width, last + 1);
    }
    texts[r] = line;
  }
  if (height === 0) return null;

  const sheetMerges = ws['!merges'] ?? [];
  for (const m of sheetMerges) {
    // a merge anchored inside the text box may reach further (a merged title over blank columns)
    if (m.s.r < height && m.s.c < width) {
      height = Math.max(height, m.e.r + 1);
      width = Math.max(width, m.e.c + 1);
    }
  }
  let truncated = false;
  if (width > MAX_COLUMNS) {
    width = MAX_COLUMNS;
    truncated = true;
  }
  if (height * width > MAX_CELLS) {
    height = Math.floor(MAX_CELLS / width);
    truncated = true;
  }

  const rows: string[][] = [];
  for (let r = 0; r < height; r++) {
    const line = texts[r];
    if (line && line.length === width) {
      rows.push(line);
      continue;
    }
    const row = new Array<string>(width).fill('');
    if (line) for (let c = 0; c < Math.min(width, line.length); c++) row[c] = line[c];
    rows.push(row);
  }
  const merges: Merge[] = [];
  for (const m of sheetMerges) {
    if (m.s.r >= height || m.s.c >= width) continue;
    const rowspan = Math.min(m.e.r, height - 1) - m.s.r + 1;
    const colspan = Math.min(m.e.c, width - 1) - m.s.c + 1;
    if (rowspan > 1 || colspan > 1) merges.push({ row: m.s.r, col: m.s.c, rowspan, colspan });
  }
  return { table: { name, rows, merges, geometry: 'exact' }, truncated };
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return '';
  const text = cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v));
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

function unreadable(fileName: string, err: unknown): ImportResult {
  const detail = err instanceof Error ? err.message : String(err);
  if (/password|encrypt/i.test(detail)) {
    return refusal('sheet', 'import.broken-file', 'import.encrypted-sheet', { name: fileName });
  }
  return refusal('sheet', 'import.broken-file', 'import.broken-sheet', { name: fileName });
}
