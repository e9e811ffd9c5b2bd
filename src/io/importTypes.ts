import type { Lang } from '../core';
import type { RawTable } from '../core/table/types';
import { formatIoMessage, type IoMessageCode } from './messages';

/** A problem with the input, told to the user: a kind (`code`), and the sentence as a catalogue entry. */
export interface ImportIssue {
  /** the kind, stable: 'import.unsupported-type', 'import.empty', 'import.too-large', 'import.broken-file', 'import.no-table', … */
  code: string;
  /** the sentence: a code of the io catalogue (src/io/messages.ts) and its parameters */
  text?: { code: IoMessageCode; params: Record<string, string | number> };
  /** the sentence in Chinese, rendered from the catalogue */
  message: string;
}

/** An issue whose sentence comes from the io catalogue. */
export function issue(code: string, text: IoMessageCode, params: Record<string, string | number> = {}): ImportIssue {
  return { code, text: { code: text, params }, message: formatIoMessage(text, params, 'zh') };
}

/** An issue's sentence in the reader's language. */
export function formatIssue(i: ImportIssue, lang: Lang = 'zh'): string {
  return i.text ? formatIoMessage(i.text.code, i.text.params, lang) : i.message;
}

/** A reading that found nothing, with why. */
export function refusal(format: InputFormat, code: string, text: IoMessageCode, params: Record<string, string | number> = {}): ImportResult {
  return { format, tables: [], narrative: [], issues: [issue(code, text, params)] };
}

/** How the input was read. Markdown-style pipe tables count as 'tsv' (delimited text with real columns). */
export type InputFormat = 'word-text' | 'tsv' | 'html' | 'sheet' | 'pdf' | 'docx' | 'pdf-text' | 'unknown';

export interface ImportResult {
  format: InputFormat;
  tables: RawTable[];
  /** the text outside tables, one trimmed non-empty line (or paragraph) per entry, in input order */
  narrative: string[];
  issues: ImportIssue[];
}
