import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/io/pdf';
import type { ImportResult } from '../../../src/io/importTypes';
import { auditTables } from '../../support/pipeline';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)));
const read = (name: string): Promise<ImportResult> => readPdf(name, fixture(name));

// Read by hand from the page images of huaian-2024.pdf (pages 3–5), column by column:
// 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
const T3: Record<string, number[]> = {
  new: [3001, 53, 0, 0, 61, 4, 3119],
  carried: [34, 0, 0, 0, 0, 0, 34],
  granted: [1288, 21, 0, 0, 50, 3, 1362],
  partial: [447, 7, 0, 0, 0, 0, 454],
  'denied.1': [2, 0, 0, 0, 0, 0, 2],
  'denied.2': [30, 1, 0, 0, 0, 0, 31],
  'denied.3': [5, 0, 0, 0, 0, 0, 5],
  'denied.4': [6, 0, 0, 0, 0, 0, 6],
  'denied.5': [7, 1, 0, 0, 0, 0, 8],
  'denied.6': [12, 0, 0, 0, 0, 0, 12],
  'denied.7': [9, 0, 0, 0, 0, 0, 9],
  'denied.8': [105, 0, 0, 0, 0, 0, 105],
  'unable.1': [746, 12, 0, 0, 10, 1, 769],
  'unable.2': [11, 0, 0, 0, 0, 0, 11],
  'unable.3': [1, 0, 0, 0, 0, 0, 1],
  'ignored.1': [56, 6, 0, 0, 0, 0, 62],
  'ignored.2': [25, 0, 0, 0, 0, 0, 25],
  'ignored.3': [0, 0, 0, 0, 0, 0, 0],
  'ignored.4': [0, 0, 0, 0, 0, 0, 0],
  'ignored.5': [1, 0, 0, 0, 0, 0, 1],
  'other.1': [67, 3, 0, 0, 1, 0, 71],
  'other.2': [6, 0, 0, 0, 0, 0, 6],
  'other.3': [108, 2, 0, 0, 0, 0, 110],
  total: [2932, 53, 0, 0, 61, 4, 3050],
  forward: [103, 0, 0, 0, 0, 0, 103],
};
const T3_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const T4: Record<string, number[]> = {
  review: [72, 64, 178, 37, 351],
  suit_direct: [13, 4, 8, 1, 26],
  suit_after: [12, 1, 1, 6, 20],
};
const T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const T2 = {
  't2.rules.made': 1, 't2.rules.repealed': 0, 't2.rules.valid': 11,
  't2.normative.made': 8, 't2.normative.repealed': 26, 't2.normative.valid': 66,
  't2.licensing': 447228, 't2.punishment': 3985758, 't2.coercion': 88283, 't2.fees': 96171.6,
};

function expected(rows: Record<string, number[]>, cols: string[], table: string): Record<string, number> {
  return Object.fromEntries(Object.entries(rows).flatMap(([row, vs]) => vs.map((v, i) => [`${table}.${row}.${cols[i]}`, v])));
}
const pick = (values: Map<string, number | null>, prefix: string) => Object.fromEntries([...values].filter(([k]) => k.startsWith(prefix)));

describe('readPdf on huaian-2024.pdf (Word/WPS export with ruling lines)', async () => {
  const result = await read('huaian-2024.pdf');
  const audit = auditTables(result.tables);

  it('reads three exact tables, each captioned by its heading, with no issue', () => {
    expect(result.format).toBe('pdf');
    expect(result.issues).toEqual([]);
    expect(result.tables.map((t) => t.caption)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(result.tables.every((t) => t.geometry === 'exact' && t.merges.length > 0)).toBe(true);
  });

  it('is recognised as the 2021 format with every cell of tables 2, 3 and 4, values as printed', () => {
    expect(audit.templateId).toBe('gov-disclosure-2021');
    expect(audit.tables).toEqual(['t2', 't3', 't4']);
    expect(pick(audit.values, 't2.')).toEqual(T2);
    expect(pick(audit.values, 't3.')).toEqual(expected(T3, T3_COLS, 't3'));
    expect(pick(audit.values, 't4.')).toEqual(expected(T4, T4_COLS, 't4'));
    expect(audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('joins table 2 and table 3 over their page breaks, and a label cut by the break', () => {
    const t3 = result.tables[1].rows;
    expect(t3.filter((row) => row.some((c) => c === '（四）无法提供'))).toHaveLength(1);
    // wrapped labels joined back into one cell
    expect(t3.flat()).toContain('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(result.tables[0].rows.map((r) => r[0])).toContain('行政强制');
  });

  it('keeps page numbers out of tables and narrative', () => {
    const pageNumber = /^[-—\s]*\d[-—\s]*$/;
    for (const t of result.tables) for (const row of t.rows) for (const c of row) expect(c).not.toMatch(/^\s*[-—]\s*\d+\s*[-—]\s*$/);
    expect(result.narrative.filter((p) => pageNumber.test(p))).toEqual([]);
  });

  it('gives the report text in reading order, paragraphs joined over line and page breaks', () => {
    const n = result.narrative;
    expect(n[0]).toBe('淮安市人民政府');
    expect(n).toContain('一、总体情况');
    expect(n.some((p) => p.includes('2024年，全市共受理政府信息公开申请 3119件'))).toBe(true);
    // section (一) runs from page 1 onto page 2
    expect(n.find((p) => p.startsWith('（一）主动公开情况'))).toContain('营商环境高质量推进产业发展');
    expect(n.indexOf('一、总体情况')).toBeLessThan(n.indexOf('六、其他需要报告的事项'));
  });
});

describe('readPdf on a table set without ruling lines, in a font that is not embedded', () => {
  it('reads table 4 through the carried Chinese CMaps and the x/y fallback (owner password only: opens)', async () => {
    const result = await read('owner-password-only.pdf');
    expect(result.issues).toEqual([]);
    expect(result.tables[0].caption).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(pick(auditTables(result.tables).values, 't4.')).toEqual(expected(T4, T4_COLS, 't4'));
    expect(result.narrative).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况']);
  });
});

describe('readPdf refusals', () => {
  it.each([
    ['user-password.pdf', 'import.pdf-password', '请先解除密码'],
    ['image-only.pdf', 'import.pdf-no-text', '需要文字版 PDF'],
    ['broken.pdf', 'import.broken-file', '无法读取'],
    ['japanese-cmap.pdf', 'import.pdf-cmap', '无法读取'],
  ])('%s → %s', async (name, code, start) => {
    const result = await read(name);
    expect(result.tables).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual([code]);
    expect(result.issues[0].message.startsWith(start)).toBe(true);
  });

  it('never throws, whatever the bytes', async () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0x25, 0x50, 0x44, 0x46]), fixture('huaian-2024.pdf').slice(0, 5000)]) {
      const result = await readPdf('x.pdf', bytes);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });
});
