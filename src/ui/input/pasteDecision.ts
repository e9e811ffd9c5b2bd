import { parseCellValue } from '../../core';
import { importClipboard, type ImportResult } from '../../io';

/**
 * What a paste is: a table to load as a new document (it has labels, or comes as an HTML table),
 * a block of bare values for the grid to paste into the selected cells, or nothing usable.
 * Handsontable's own paste drops merges, so tables are read here from the clipboard's HTML.
 */
export type PasteDecision = { kind: 'table'; imported: ImportResult } | { kind: 'cells' } | { kind: 'empty' };

export function decidePaste(html: string, text: string): PasteDecision {
  const hasTable = /<table[\s>]/i.test(html);
  const multiCell = /[\t\n]/.test(text.trim());
  if (!hasTable && !multiCell) return text.trim() ? { kind: 'cells' } : { kind: 'empty' };
  const imported = importClipboard({ html: hasTable ? html : undefined, text });
  if (!imported.tables.length) return text.trim() ? { kind: 'cells' } : { kind: 'empty' };
  const labelled = imported.tables.some((t) => t.rows.some((r) => r.some((c) => parseCellValue(c).kind === 'text')));
  return labelled ? { kind: 'table', imported } : { kind: 'cells' };
}
