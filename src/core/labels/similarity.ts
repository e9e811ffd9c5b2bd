/**
 * Dice coefficient over the longest common subsequence: 2·LCS / (|a| + |b|), in [0, 1].
 * Chinese labels are short and typos drop or swap characters (`其他法律行政止公开`), which an
 * LCS measures better than bigrams do.
 */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const prev = new Uint16Array(b.length + 1);
  const cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    prev.set(cur);
  }
  return (2 * prev[b.length]) / (a.length + b.length);
}
