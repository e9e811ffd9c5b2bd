import type { RawTable } from '../core/table/types';
import type { ImportResult } from './importTypes';

/**
 * Reads Word's (and WPS's) "save as plain text" export, where a table comes out one cell per line:
 *
 * - a line starting with a tab starts a new cell (the text after the tab; a lone tab is an empty
 *   cell, typically the placeholder of a rowspan, and is kept as "");
 * - a line without a leading tab right after a cell line continues that cell (a label that was broken
 *   over lines in the cell: `商业` / `企业` → "商业\n企业");
 * - a blank line ends a row, two blank lines in a row end the table;
 * - any other line is narrative, and also ends a table that is still open.
 *
 * Colspans are lost in this format, so rows have different lengths: geometry 'ragged', no merges.
 */
export function importWordText(text: string): ImportResult {
  const tables: RawTable[] = [];
  const narrative: string[] = [];

  let rows: string[][] = []; // rows of the open table
  let row: string[] | null = null; // the open row
  let caption: string | undefined; // last narrative line since the previous table
  let prev: 'start' | 'blank' | 'cell' | 'narrative' = 'start';
  let blankRun = 0;

  const endRow = (): void => {
    if (row) rows.push(row);
    row = null;
  };
  const endTable = (): void => {
    endRow();
    if (rows.length === 0) return;
    const table: RawTable = { name: `T${tables.length + 1}`, rows, merges: [], geometry: 'ragged' };
    if (caption !== undefined) table.caption = caption;
    tables.push(table);
    rows = [];
    caption = undefined;
  };

  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.startsWith('\t')) {
      blankRun = 0;
      if (!row) row = [];
      row.push(line.slice(1).trim());
      prev = 'cell';
    } else if (line.trim() === '') {
      blankRun++;
      endRow();
      if (blankRun >= 2) endTable();
      prev = 'blank';
    } else if (prev === 'cell' && row && row.length > 0) {
      // continuation of a cell broken over lines
      const last = row.length - 1;
      row[last] = row[last] === '' ? line.trim() : `${row[last]}\n${line.trim()}`;
    } else {
      blankRun = 0;
      endTable();
      const trimmed = line.trim();
      narrative.push(trimmed);
      caption = trimmed;
      prev = 'narrative';
    }
  }
  endTable();

  return { format: 'word-text', tables, narrative, issues: [] };
}
