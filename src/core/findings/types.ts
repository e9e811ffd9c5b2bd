import type { MessageCode, MessageParams } from '../messages';
import type { Severity, TableId } from '../template/types';

export interface Suspect {
  cell: string;
  /** the value that makes every broken rule hold again; null when none can be computed */
  suggested: number | null;
  reason: string;
  reasonEn: string;
  reasonCode: MessageCode;
  reasonParams: MessageParams;
}

/**
 * A finding as keys.md defines it (`rule` … `suspects`), plus what the page and exports need:
 * the message code and parameters (to render in English), the table, and the cells' roles.
 */
export interface Finding {
  rule: string;
  fingerprint: string;
  severity: Severity;
  status: 'fail' | 'uncertain';
  message: string;
  /** the same sentence in English, for the page's English mode */
  messageEn: string;
  cells: string[];
  suspects: Suspect[];
  code: MessageCode;
  params: MessageParams;
  table?: TableId;
  /** the rule's title (for lists and exports); absent for value and structure findings */
  title?: string;
  titleEn?: string;
  /** cells on each side of the relationship: `total` is the side with the single total, `parts` the other */
  roles?: { total: string[]; parts: string[] };
  blanks?: string[];
}

/** The fields of keys.md, in its order: what the CLI's JSON prints for a finding. */
export function findingToJson(f: Finding) {
  return {
    rule: f.rule,
    fingerprint: f.fingerprint,
    severity: f.severity,
    status: f.status,
    message: f.message,
    cells: f.cells,
    suspects: f.suspects.map((s) => ({ cell: s.cell, suggested: s.suggested, reason: s.reason })),
  };
}
