/**
 * The one definition of a cell's value (see keys.md, "Cell values").
 *
 * @example parseCellValue('１，２３４件')  // { kind: 'number', value: 1234, decimals: 0 }
 * @example parseCellValue('／')          // { kind: 'blank' }
 * @example parseCellValue('约20')        // { kind: 'text', text: '约20' }
 */
export type CellValue =
  | { kind: 'number'; value: number; /** digits after the decimal point as written */ decimals: number }
  | { kind: 'blank' }
  | { kind: 'text'; text: string };

const BLANK_TOKENS = new Set(['', '/', '-', '—', '–', '无', '空', 'NA']);
// Longest unit first so that 万元 is dropped whole, not just 元.
const UNITS = ['万元', '件', '条', '个', '项', '元', '%'];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** NFKC, HTML's &nbsp; written out, spaces (U+00A0, U+3000 included) trimmed. */
export function normalizeCellText(raw: string): string {
  return raw
    .replace(/&nbsp;?/gi, ' ')
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ')
    .trim();
}

// Cell texts repeat ("0" above all): parse each once. Values are frozen, so sharing is safe.
const cache = new Map<string, CellValue>();

export function parseCellValue(raw: string): CellValue {
  let hit = cache.get(raw);
  if (!hit) {
    if (cache.size > 20_000) cache.clear();
    hit = Object.freeze(computeValue(raw));
    cache.set(raw, hit);
  }
  return hit;
}

function computeValue(raw: string): CellValue {
  const s = normalizeCellText(raw);
  if (BLANK_TOKENS.has(s)) return { kind: 'blank' };
  // Trimmed, never squeezed: `3 5` is two numbers run together, not 35.
  let t = s.replace(/[,，]/g, '');
  // U+2212 MINUS SIGN and similar dashes written before a number mean a negative value.
  t = t.replace(/^[−－﹣]/, '-');
  for (const unit of UNITS) {
    if (t.length > unit.length && t.endsWith(unit)) {
      t = t.slice(0, -unit.length).trimEnd();
      break;
    }
  }
  if (NUMBER.test(t)) {
    const dot = t.indexOf('.');
    const decimals = dot < 0 ? 0 : t.length - dot - 1;
    const value = Number(t);
    return { kind: 'number', value: Object.is(value, -0) ? 0 : value, decimals };
  }
  if (BLANK_TOKENS.has(t)) return { kind: 'blank' };
  return { kind: 'text', text: s };
}
