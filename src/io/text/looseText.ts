import type { RawTable } from '../../core/table/types';
import type { ImportResult } from '../importTypes';
import { isGluedLine, splitGluedLine } from './gluedText';
import { isPageFooter } from './pageFooters';
import { isSeparatorLine, splitLine } from './splitLine';

/**
 * Text as PDF readers, OCR and converters give it: `pdftotext` with or without `-layout`, markdown
 * from PDF extractors, pages whose cells ran together. It has no reliable rows or columns, so every
 * line becomes one row of cells (see splitLine), in one 'ragged' table per text: recognition joins
 * labels and values that stand on different lines with what the format knows (each row's label and
 * how many values it has). Page footers inside tables are dropped; separator lines of markdown tables
 * too.
 *
 * Returns no table when no line holds a number: such text is prose.
 */
export function importLooseText(text: string): ImportResult {
  const rows: string[][] = [];
  const narrative: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\f/g, '').replace(/^#{1,6}\s+/, '').trim();
    if (!line || isPageFooter(line) || isSeparatorLine(line)) continue;
    if (isGluedLine(line)) {
      const glued = splitGluedLine(line);
      if (glued.before) narrative.push(glued.before);
      rows.push(...glued.rows);
      if (glued.after) narrative.push(glued.after);
      continue;
    }
    const cells = splitLine(line);
    if (cells.some((c) => c !== '')) rows.push(cells);
    // A sentence that states numbers (`全年共收到申请 749 件，…`) splits into cells too: it is the
    // report's words all the same, which the narrative checks read.
    if (cells.length === 1 || (/[，。；]/.test(line) && /\d\s*(件|条|个|项|次|家|%|％)/.test(line))) narrative.push(line);
  }
  if (!rows.some((r) => r.length > 1 || /^\d/.test(r[0] ?? ''))) return { format: 'unknown', tables: [], narrative, issues: [] };
  const table: RawTable = { name: 'T1', rows, merges: [], geometry: 'ragged' };
  return { format: 'pdf-text', tables: [table], narrative, issues: [] };
}
