import type { RawTable } from '../core/table/types';
import type { ImportResult } from './importTypes';

/**
 * Reads markdown-style pipe tables (`| 规章 | 2 | 0 | 2 |`), as produced by web-page-to-text tools.
 * Each block of consecutive pipe lines is one 'exact' table; separator lines (`|---|:--:|`) are
 * skipped; other non-empty lines are narrative, and the last one before a block is its caption.
 * Rows are padded to equal width (such tools write merged cells as empty ones: `| 第二十条 | |||`).
 */
export function importPipeTables(text: string): ImportResult {
  const tables: RawTable[] = [];
  const narrative: string[] = [];
  let block: string[][] = [];
  let caption: string | undefined;

  const endBlock = (): void => {
    if (block.length === 0) return;
    const width = block.reduce((w, r) => Math.max(w, r.length), 0);
    for (const r of block) while (r.length < width) r.push('');
    const table: RawTable = { name: `T${tables.length + 1}`, rows: block, merges: [], geometry: 'exact' };
    if (caption !== undefined) table.caption = caption;
    tables.push(table);
    block = [];
    caption = undefined;
  };

  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (isPipeRow(line)) {
      const cells = splitPipeRow(line);
      if (!isSeparatorRow(cells)) block.push(cells);
      continue;
    }
    endBlock();
    if (line !== '') {
      narrative.push(line);
      caption = line;
    }
  }
  endBlock();
  return { format: 'tsv', tables, narrative, issues: [] };
}

export function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith('|') && t.length > 1;
}

/** `| a | b \| c |` → ["a", "b | c"]; the outer pipes are optional at the end (cut-off lines). */
function splitPipeRow(line: string): string[] {
  let body = line.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && body[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  cells.push(cur.trim());
  return cells;
}

function isSeparatorRow(cells: string[]): boolean {
  return cells.some((c) => c !== '') && cells.every((c) => c === '' || /^:?-+:?$/.test(c));
}
