/**
 * keys.md: a hash of template, rule id and the sorted cell keys — never the values, so a finding
 * keeps its fingerprint while the numbers change. Structure findings have no cells; their subject
 * (the label and its place) stands in for them.
 */
export function fingerprint(template: string, rule: string, cells: readonly string[], subject = ''): string {
  const text = [template, rule, [...cells].sort().join(','), subject].join('\u0001');
  return fnv1a64(text);
}

/** FNV-1a, 64 bits, as two 32-bit halves (no BigInt needed), over UTF-16 code units. */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
