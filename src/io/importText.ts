import type { ImportResult } from './importTypes';
import { issue, refusal } from './importTypes';
import { isPipeRow } from './text/splitLine';
import { importLooseText } from './text/looseText';
import { importTsv } from './tsvImporter';
import { importWordText } from './wordTextImporter';

export type TextKind = 'word-text' | 'tsv' | 'pipe' | 'none';

/**
 * Guesses what kind of plain text this is. Word's text export puts exactly one tab per table line,
 * at the start (one cell per line); TSV from a spreadsheet has lines with several tabs, or a tab
 * after a first cell. Text without tabs may hold markdown-style pipe tables.
 */
export function detectTextKind(text: string): TextKind {
  let tabLines = 0;
  let wordLines = 0;
  let pipeLines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const first = line.indexOf('\t');
    if (first >= 0) {
      tabLines++;
      if (first === 0 && line.indexOf('\t', 1) < 0) wordLines++;
    } else if (isPipeRow(line)) {
      pipeLines++;
    }
  }
  if (tabLines > 0) return wordLines >= tabLines * 0.6 ? 'word-text' : 'tsv';
  return pipeLines > 0 ? 'pipe' : 'none';
}

/**
 * Plain text → tables: a Word/WPS text export, TSV copied from a spreadsheet, or text as PDF readers,
 * OCR and converters give it (columns of spaces, one cell a line, markdown pipe rows among prose,
 * cells run together), which is read line by line (text/looseText.ts).
 */
export function importText(text: string): ImportResult {
  try {
    return readText(text);
  } catch {
    return refusal('unknown', 'import.broken-file', 'import.broken-text');
  }
}

function readText(text: string): ImportResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return refusal('unknown', 'import.empty', 'import.empty-text');
  switch (detectTextKind(clean)) {
    case 'word-text':
      return importWordText(clean);
    case 'tsv':
      return importTsv(clean);
    case 'pipe':
    case 'none': {
      const loose = importLooseText(clean);
      if (loose.tables.length) return loose;
      return {
        format: 'unknown',
        tables: [],
        narrative: loose.narrative,
        issues: [issue('import.no-table', 'import.text-no-table')],
      };
    }
  }
}
