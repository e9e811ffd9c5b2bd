const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A count written in Chinese numerals (`十二` 12, `一百零五` 105, `两万三千` 23000); undefined when it is none. */
export function chineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
    } else if (ch in UNIT) {
      section += (digit ?? 1) * UNIT[ch]; // 十二: a bare 十 is one ten
      digit = undefined;
    } else {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number as a report writes it: `3119`, `3,119`, `十二`. */
export function statedNumber(text: string): number | undefined {
  const t = text.replace(/[,，\s]/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return chineseNumber(t);
}
