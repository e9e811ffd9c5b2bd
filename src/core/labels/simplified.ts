/**
 * Traditional → simplified for the characters that occur in report labels, so that a report typed in
 * traditional characters (`收到和處理政府信息公開申請情況`) matches. Limited on purpose to the label
 * vocabulary of src/templates; a test checks it against OpenCC for every character there.
 */
const TRADITIONAL =
  '開報動況內規範許處罰強業費條項發數廢現決額單萬請據關為於辦結無轉區計這屬國穩護權類務過執詢機沒補後確訪舉訴復當認獲繳納總繼續組織構會議訟維糾審經對採購減應裏覆複製資訊標準';
const SIMPLIFIED =
  '开报动况内规范许处罚强业费条项发数废现决额单万请据关为于办结无转区计这属国稳护权类务过执询机没补后确访举诉复当认获缴纳总继续组织构会议讼维纠审经对采购减应里复复制资讯标准';

const MAP = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) MAP.set(TRADITIONAL[i], SIMPLIFIED[i]);

export function toSimplified(s: string): string {
  let out = '';
  for (const ch of s) out += MAP.get(ch) ?? ch;
  return out;
}
