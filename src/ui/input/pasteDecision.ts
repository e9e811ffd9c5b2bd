import { parseCellValue, recognise, type RawTable } from '../../core';
import { importClipboard, type ImportResult } from '../../io';
import { REPORT_TEMPLATES } from '../../templates';

/**
 * What a paste is: a table to load as a new document, values for the grid to paste into the
 * selected cells, or nothing usable. Handsontable's own paste drops merges, so tables are read here
 * from the clipboard's HTML. Excel and the grid itself put an HTML table on the clipboard even for
 * one cell, so while a document is open only a report table, or a real table (two rows or more,
 * with labels), becomes a new document; anything smaller goes into the cells.
 */
export type PasteDecision = { kind: 'table'; imported: ImportResult } | { kind: 'cells' } | { kind: 'empty' };

/**
 * What can be told of a paste at once, in the paste event itself (the rest is read in the worker):
 * nothing on the clipboard; one value or a block of numbers only (values for the selected cells);
 * or something to read, which may be a table.
 */
export function quickPaste(html: string, text: string, documentOpen: boolean): 'empty' | 'cells' | 'read' {
  const hasTable = /<table[\s>]/i.test(html);
  const multiCell = /[\t\n]/.test(text.trim());
  if (!hasTable && !multiCell) return text.trim() ? 'cells' : 'empty';
  // Numbers without a single word are values to paste, whatever the HTML wraps them in.
  if (documentOpen && text.trim() && !/[A-Za-z\u3400-\u9fff]/.test(text)) return 'cells';
  return 'read';
}

export function decidePaste(html: string, text: string, documentOpen: boolean): PasteDecision {
  const hasTable = /<table[\s>]/i.test(html);
  const multiCell = /[\t\n]/.test(text.trim());
  if (!hasTable && !multiCell) return text.trim() ? { kind: 'cells' } : { kind: 'empty' };
  const imported = importClipboard({ html: hasTable ? html : undefined, text });
  if (!imported.tables.length) return text.trim() ? { kind: 'cells' } : { kind: 'empty' };
  const labelled = imported.tables.some((t) => t.rows.some((r) => r.some((c) => parseCellValue(c).kind === 'text')));
  if (!labelled) return { kind: 'cells' };
  if (!documentOpen || imported.tables.some(isRealTable) || isReport(imported.tables)) {
    return { kind: 'table', imported };
  }
  return { kind: 'cells' };
}

function isRealTable(t: RawTable): boolean {
  const rows = t.rows.filter((r) => r.some((c) => c.trim()));
  return rows.length >= 2 && rows.some((r) => r.filter((c) => c.trim()).length >= 2);
}

function isReport(tables: RawTable[]): boolean {
  const id = recognise(tables, REPORT_TEMPLATES).templateId;
  return id !== null && id !== 'generic';
}
