import { isFailing, summarise, type AuditResult, type Verdict } from '../../core';
import type { Decision } from './exportContext';

/**
 * The verdict once the reviewer's decisions count (issue 9, point 2): dismissed failing findings no
 * longer fail the report, so 需退回修改 may become 通过; only failing findings are set aside, so a
 * report not read in full, blank or unreadable keeps its verdict.
 */
export function reviewedVerdict(result: AuditResult | null, decisions: Readonly<Record<string, Decision>> = {}): Verdict {
  if (!result) return 'unreadable';
  const kept = result.findings.filter((f) => !(isFailing(f) && decisions[f.fingerprint]?.state === 'dismissed'));
  return summarise(kept.length === result.findings.length ? result : { ...result, findings: kept }).verdict;
}
