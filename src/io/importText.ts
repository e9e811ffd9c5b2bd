import type { ImportResult } from './importTypes';
import { failure } from './importTypes';
import { importPipeTables, isPipeRow } from './pipeTableImporter';
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

/** Plain text (a Word/WPS text export, TSV copied from a spreadsheet, or pipe tables) → tables. */
export function importText(text: string): ImportResult {
  try {
    return readText(text);
  } catch {
    return failure('unknown', 'import.broken-file', '无法解析这段文本。');
  }
}

function readText(text: string): ImportResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return failure('unknown', 'import.empty', '文本是空的，没有可读取的内容。');
  switch (detectTextKind(clean)) {
    case 'word-text':
      return importWordText(clean);
    case 'tsv':
      return importTsv(clean);
    case 'pipe':
      return importPipeTables(clean);
    case 'none': {
      const narrative = clean
        .split(/\r\n|\r|\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      return {
        format: 'unknown',
        tables: [],
        narrative,
        issues: [
          {
            code: 'import.no-table',
            message:
              '未在文本中找到表格：文本里没有制表符分隔的单元格，也没有“| … |”形式的表格行。请从 Word、WPS 或 Excel 中选中整张表格复制后再粘贴。',
          },
        ],
      };
    }
  }
}
