import type { MessageCode, MessageParams } from '../messages';
import type { Severity, TableId } from '../template/types';

/** The slip that turns `suggested` into the written value (keys.md, typos). */
export type TypoKind = 'scale' | 'swap' | 'extra-digit' | 'missing-digit' | 'wrong-digit' | 'sign';

export interface Suspect {
  cell: string;
  /** the value that makes every broken rule hold again; null when none can be computed */
  suggested: number | null;
  /** why this cell: a catalogue code and its language-neutral parameters */
  code: MessageCode;
  params: MessageParams;
  /** offered from the digits alone, where the data cannot single a cell out (never counted as certain) */
  possible?: boolean;
  typo?: TypoKind;
}

/**
 * A finding as keys.md defines it, as a value: the rule, the cells, the suspects, and the message as
 * a catalogue code with language-neutral parameters. Words are rendered at the edge (formatFinding),
 * in the reader's language, with labels from the template.
 */
export interface Finding {
  rule: string;
  fingerprint: string;
  severity: Severity;
  /** fail: the relationship is broken · uncertain: a blank takes part · error: the rule could not be evaluated */
  status: 'fail' | 'uncertain' | 'error';
  code: MessageCode;
  params: MessageParams;
  cells: string[];
  suspects: Suspect[];
  table?: TableId;
  /** cells on each side of the relationship: `total` is the side with the single total, `parts` the other */
  roles?: { total: string[]; parts: string[] };
  blanks?: string[];
  /** the report's sentence a narrative finding compares with */
  quote?: string;
}
