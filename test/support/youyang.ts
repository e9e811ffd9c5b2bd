import { readFileSync } from 'node:fs';

/**
 * The bundled sample (src/samples/youyang-2021.txt, Word's plain-text export of the 酉阳县 2021
 * report), read by hand: every number below was copied from the file (`cat -n`), not from the
 * engine. Line numbers are 1-based lines of the file.
 */
export const SAMPLE_URL = new URL('../../src/samples/youyang-2021.txt', import.meta.url);
export const SAMPLE_PATH = SAMPLE_URL.pathname;
export const sampleText = (): string => readFileSync(SAMPLE_URL, 'utf8');

export const T2_EXPECTED: Record<string, number> = {
  't2.rules.made': 0,
  't2.rules.repealed': 0,
  't2.rules.valid': 0,
  't2.normative.made': 8,
  't2.normative.repealed': 10,
  't2.normative.valid': 69,
  't2.licensing': 14166,
  't2.punishment': 1154,
  't2.coercion': 1802,
  't2.fees': 1506,
};

export const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'] as const;

/**
 * Table 3, one entry per row: the row id, the line of the file holding the row's own label, that
 * label, and the seven values (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
 * The values sit on the seven lines right after the label line.
 */
export const T3_ROWS: Array<{ id: string; line: number; label: string; values: number[] }> = [
  { id: 'new', line: 82, label: '一、本年新收政府信息公开申请数量', values: [60, 0, 0, 0, 0, 0, 60] },
  { id: 'carried', line: 91, label: '二、上年结转政府信息公开申请数量', values: [8, 0, 0, 0, 0, 0, 8] },
  { id: 'granted', line: 101, label: '（一）予以公开', values: [24, 0, 0, 0, 0, 0, 24] },
  { id: 'partial', line: 111, label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.1', line: 122, label: '1.属于国家秘密', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.2', line: 133, label: '2.其他法律行政法规禁止公开', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.3', line: 144, label: '3.危及“三安全一稳定”', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.4', line: 155, label: '4.保护第三方合法权益', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.5', line: 166, label: '5.属于三类内部事务信息', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.6', line: 177, label: '6.属于四类过程性信息', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.7', line: 188, label: '7.属于行政执法案卷', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'denied.8', line: 199, label: '8.属于行政查询事项', values: [2, 0, 0, 0, 0, 0, 2] },
  { id: 'unable.1', line: 210, label: '1.本机关不掌握相关政府信息', values: [22, 0, 0, 0, 0, 0, 22] },
  { id: 'unable.2', line: 221, label: '2.没有现成信息需要另行制作', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'unable.3', line: 232, label: '3.补正后申请内容仍不明确', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'ignored.1', line: 243, label: '1.信访举报投诉类申请', values: [1, 0, 0, 0, 0, 0, 1] },
  { id: 'ignored.2', line: 254, label: '2.重复申请', values: [16, 0, 0, 0, 0, 0, 16] },
  { id: 'ignored.3', line: 265, label: '3.要求提供公开出版物', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'ignored.4', line: 276, label: '4.无正当理由大量反复申请', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'ignored.5', line: 287, label: '5.要求行政机关确认或重新出具已获取信息', values: [0, 0, 0, 0, 0, 0, 0] },
  {
    id: 'other.1',
    line: 298,
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    values: [2, 0, 0, 0, 0, 0, 2],
  },
  {
    id: 'other.2',
    line: 309,
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    values: [1, 0, 0, 0, 0, 0, 1],
  },
  { id: 'other.3', line: 320, label: '3.其他', values: [0, 0, 0, 0, 0, 0, 0] },
  { id: 'total', line: 330, label: '（七）总计', values: [68, 0, 0, 0, 0, 0, 68] },
  { id: 'forward', line: 339, label: '四、结转下年度继续办理', values: [0, 0, 0, 0, 0, 0, 0] },
];

/** The parents of each table-3 row in the official form (rendered as merged cells). */
export const T3_PARENTS: Record<string, string[]> = Object.fromEntries(
  T3_ROWS.map((r) => {
    const group = r.id.split('.')[0];
    const results = '三、本年度办理结果';
    const sub: Record<string, string> = {
      denied: '（三）不予公开',
      unable: '（四）无法提供',
      ignored: '（五）不予处理',
      other: '（六）其他处理',
    };
    if (['new', 'carried', 'forward'].includes(r.id)) return [r.id, []];
    if (sub[group]) return [r.id, [results, sub[group]]];
    return [r.id, [results]];
  }),
);

export const T4_GROUPS = ['review', 'suit_direct', 'suit_after'] as const;
export const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
/** Table 4's one row of values: lines 388–402 of the file. */
export const T4_FIRST_LINE = 388;
export const T4_VALUES = [1, 2, 0, 0, 3, 1, 12, 5, 2, 20, 0, 0, 1, 0, 1];

export const T3_EXPECTED: Record<string, number> = Object.fromEntries(
  T3_ROWS.flatMap((r) => T3_COLS.map((c, i) => [`t3.${r.id}.${c}`, r.values[i]])),
);

export const T4_EXPECTED: Record<string, number> = Object.fromEntries(
  T4_GROUPS.flatMap((g, gi) => T4_COLS.map((c, ci) => [`t4.${g}.${c}`, T4_VALUES[gi * 5 + ci]])),
);

export const ALL_EXPECTED: Record<string, number> = { ...T2_EXPECTED, ...T3_EXPECTED, ...T4_EXPECTED };

/** The 1-based line of the file that holds a table-3 or table-4 cell's value. */
export function valueLine(key: string): number {
  const t4 = /^t4\.([a-z_]+)\.([a-z]+)$/.exec(key);
  if (t4) {
    const gi = (T4_GROUPS as readonly string[]).indexOf(t4[1]);
    const ci = (T4_COLS as readonly string[]).indexOf(t4[2]);
    if (gi < 0 || ci < 0) throw new Error(`no such key ${key}`);
    return T4_FIRST_LINE + gi * 5 + ci;
  }
  const m = /^t3\.(.+)\.([a-z_]+)$/.exec(key);
  const row = m && T3_ROWS.find((r) => r.id === m[1]);
  const ci = m ? (T3_COLS as readonly string[]).indexOf(m[2]) : -1;
  if (!row || ci < 0) throw new Error(`no such key ${key}`);
  return row.line + 1 + ci;
}

/**
 * The sample text with some table-3/4 cells rewritten. Each edit checks that the line holds the
 * value the expectation table says, so a wrong line number fails loudly.
 */
export function editSample(edits: Record<string, string | number>, text = sampleText()): string {
  const lines = text.split('\n');
  for (const [key, value] of Object.entries(edits)) {
    const i = valueLine(key) - 1;
    const expected = `\t${ALL_EXPECTED[key]}`;
    if (lines[i].replace(/\r$/, '') !== expected) throw new Error(`line ${i + 1} is ${JSON.stringify(lines[i])}, not ${expected}`);
    lines[i] = `\t${value}`;
  }
  return lines.join('\n');
}

/** The text with one (1-based) line replaced, after checking what the line held. */
export function editLine(text: string, line: number, was: string, now: string): string {
  const lines = text.split('\n');
  if (lines[line - 1] !== was) throw new Error(`line ${line} is ${JSON.stringify(lines[line - 1])}, not ${JSON.stringify(was)}`);
  lines[line - 1] = now;
  return lines.join('\n');
}
