import { importHtml } from './htmlImporter';
import type { ImportResult } from './importTypes';
import { refusal } from './importTypes';
import { importText } from './importText';

/**
 * Reads what was pasted. Word, WPS, Excel and browsers put both HTML and plain text on the
 * clipboard; the HTML keeps rowspan/colspan, so it wins whenever it holds a (non-empty) table.
 */
export function importClipboard(data: { html?: string; text?: string }): ImportResult {
  const html = data.html ?? '';
  const text = data.text ?? '';
  const fromHtml = html.trim() !== '' ? importHtml(html) : null;
  if (fromHtml && fromHtml.tables.length > 0) return fromHtml;
  if (text.trim() !== '') return importText(text);
  // HTML without a table and no plain text: let the HTML reader say what it found
  if (fromHtml) return fromHtml;
  return refusal('unknown', 'import.empty', 'import.empty-clipboard');
}
