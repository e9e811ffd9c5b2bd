import type { RawTable } from '../core/table/types';

/** A problem with the input, told to the user. `message` is in Chinese and names what is wrong. */
export interface ImportIssue {
  /** e.g. 'import.unsupported-type', 'import.empty', 'import.too-large', 'import.broken-file', 'import.no-table' */
  code: string;
  message: string;
}

/** How the input was read. Markdown-style pipe tables count as 'tsv' (delimited text with real columns). */
export type InputFormat = 'word-text' | 'tsv' | 'html' | 'sheet' | 'unknown';

export interface ImportResult {
  format: InputFormat;
  tables: RawTable[];
  /** the text outside tables, one trimmed non-empty line (or paragraph) per entry, in input order */
  narrative: string[];
  issues: ImportIssue[];
}

export function failure(format: InputFormat, code: string, message: string): ImportResult {
  return { format, tables: [], narrative: [], issues: [{ code, message }] };
}
