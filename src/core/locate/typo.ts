import type { TypoKind } from '../findings/types';

/**
 * The one slip that turns `suggested` into `written`, if there is one (keys.md, typos): a scale
 * slip (×/÷ 10, 100, 1000, 10000) is checked first, so 5 written for 50 is `scale`, not a missing
 * digit; then two adjacent digits exchanged, one digit too many, one too few, one digit wrong, the
 * sign. Compared on the digits as written (decimals included), never on the difference alone.
 *
 * @example
 *   typoKind(1245, 1254) // 'swap'
 *   typoKind(50, 5)      // 'scale'
 *   typoKind(1254, 1300) // undefined
 */
export function typoKind(written: number, suggested: number): TypoKind | undefined {
  if (!Number.isFinite(written) || !Number.isFinite(suggested) || written === suggested) return undefined;
  if (isScale(written, suggested)) return 'scale';
  if (written === -suggested) return 'sign';
  if (written < 0 !== suggested < 0) return undefined;
  const w = digits(written);
  const s = digits(suggested);
  if (w.length === s.length) {
    const diff = [...w].flatMap((c, i) => (c === s[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === diff[0] + 1 && w[diff[0]] === s[diff[1]] && w[diff[1]] === s[diff[0]]) return 'swap';
    if (diff.length === 1 && w[diff[0]] !== '.' && s[diff[0]] !== '.') return 'wrong-digit';
    return undefined;
  }
  if (w.length === s.length + 1 && dropsToOther(w, s)) return 'extra-digit';
  if (s.length === w.length + 1 && dropsToOther(s, w)) return 'missing-digit';
  return undefined;
}

function isScale(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  for (const f of [10, 100, 1000, 10000]) {
    if (near(a, b * f) || near(b, a * f)) return true;
  }
  return false;
}

const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/** The digits of |n| as a person writes them (no exponent, no float noise). */
function digits(n: number): string {
  const r = Math.round(Math.abs(n) * 1e6) / 1e6;
  return r.toFixed(6).replace(/\.?0+$/, '');
}

/** Removing one character of `longer` gives `shorter` (a digit, never the decimal point). */
function dropsToOther(longer: string, shorter: string): boolean {
  for (let i = 0; i < longer.length; i++) {
    if (longer[i] === '.') continue;
    const cut = longer.slice(0, i) + longer.slice(i + 1);
    // A cut that leaves a leading zero is no number anyone writes (105 → 05).
    if (cut === shorter && !(cut.length > 1 && cut[0] === '0' && cut[1] !== '.')) return true;
  }
  return false;
}
