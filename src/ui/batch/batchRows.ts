import type { Verdict } from '../../core';
import { itemVerdict, type BatchItem } from './batchItem';

export type SortKey = 'added' | 'file' | 'unit' | 'year' | 'format' | 'cells' | 'errors' | 'warnings' | 'verdict';
export interface BatchSort {
  key: SortKey;
  dir: 1 | -1;
}
export interface BatchFilter {
  verdict: Verdict | 'all';
  /** words the file name or unit must contain */
  text: string;
}

/** The order of verdicts when sorting: what needs the reviewer first. */
const VERDICT_RANK: Record<Verdict, number> = { fail: 0, unreadable: 1, incomplete: 2, blank: 3, 'not-report': 4, pass: 5 };

/** The list as the reviewer asked to see it: filtered, then sorted (ties in the order added). */
export function batchRows(items: readonly BatchItem[], sort: BatchSort, filter: BatchFilter): BatchItem[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const kept = items
    .map((item, i) => ({ item, i, verdict: itemVerdict(item) }))
    .filter((x) => filter.verdict === 'all' || x.verdict === filter.verdict)
    .filter((x) => words.every((w) => `${x.item.entry.name} ${x.item.facts.unit ?? ''}`.toLowerCase().includes(w)));
  const value = (x: (typeof kept)[number]): string | number => {
    const f = x.item.facts;
    switch (sort.key) {
      case 'added': return x.i;
      case 'file': return x.item.entry.name;
      case 'unit': return f.unit ?? '';
      case 'year': return f.year ?? -1;
      case 'format': return f.format;
      case 'cells': return f.expected ? f.recognised / f.expected : -1;
      case 'errors': return f.errors;
      case 'warnings': return f.warnings;
      case 'verdict': return VERDICT_RANK[x.verdict];
    }
  };
  return kept
    .sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'zh-CN');
      return c * sort.dir || a.i - b.i;
    })
    .map((x) => x.item);
}

/** How many items have each verdict (the filter's counts). */
export function verdictCounts(items: readonly BatchItem[]): Record<Verdict, number> {
  const out: Record<Verdict, number> = { pass: 0, fail: 0, incomplete: 0, blank: 0, 'not-report': 0, unreadable: 0 };
  for (const item of items) out[itemVerdict(item)]++;
  return out;
}
