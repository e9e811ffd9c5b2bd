/**
 * Numbers as messages show them: a real minus sign (−1), no float noise (0.1 + 0.2 → 0.3),
 * and the sign written for differences (+1, −1).
 */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 1e6) / 1e6;
  const s = String(Math.abs(rounded));
  return rounded < 0 ? `−${s}` : s;
}

export function formatDiff(n: number): string {
  const s = formatNumber(n);
  return n > 0 ? `+${s}` : s;
}
