import type { MessageCode } from './catalogue';

/**
 * A message parameter as a finding keeps it: language-neutral. Plain strings are texts as written
 * (a quoted cell, a label from the input); numbers are numbers; references name what the reader's
 * language renders (a cell's label, a rule's title, a table's name, a sum with its values).
 */
export type Param =
  | string
  | number
  | { cell: string }
  | { rule: string }
  | { table: string }
  | { diff: number }
  | TermsParam
  | { cells: string[]; texts?: Record<string, string>; max?: number }
  /** texts joined as the language lists them (`、` or `, `) */
  | { list: string[] }
  | { msg: MessageCode; params?: MessageParams };

/** One side of a relationship: `24+0+1`, with each term's value as it was audited. */
export interface TermsParam {
  terms: Term[];
  constant?: number;
  /** a long sum is shortened to its non-zero terms */
  compact?: boolean;
}

export interface Term {
  cell: string;
  coef: number;
  /** null: blank or not a number */
  value: number | null;
}

export type MessageParams = Record<string, Param>;
