import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, formatFinding, type AuditResult, type Reading } from '../../src/core';
import { REPORT_TEMPLATES } from '../../src/templates';

/**
 * Last year's report (issue 8, previous.*). Readings are built from the hand-transcribed values of
 * real reports (test/fixtures/corpus-expected): 平潭 2020 → 2021 (the 2019 format, then 2021's) and
 * 2021 → 2022, and 淮安 2024 with the 2023 figures its own table implies.
 */
interface Transcribed { unit: string; year: number; template: string; values: Record<string, number> }
const transcribed = (name: string): Transcribed => JSON.parse(readFileSync(new URL(`../fixtures/corpus-expected/${name}.json`, import.meta.url), 'utf8'));

function readingOf(t: Transcribed, changes: Record<string, number> = {}, year = t.year): Reading {
  const values = { ...t.values, ...changes };
  return {
    version: 1,
    templateId: t.template,
    raw: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
    locations: {},
    notes: [],
    unplaced: [],
    tables: { found: ['t2', 't3', 't4'], expected: ['t2', 't3', 't4'] },
    expectedCells: Object.keys(values).length,
    text: [],
    report: { unit: t.unit, year },
  };
}
const previousOnly = (r: AuditResult) => r.findings.filter((f) => f.rule.startsWith('previous.'));
const compare = (current: Reading, previous: Reading) => previousOnly(audit(current, { templates: REPORT_TEMPLATES, previous }));

const P2020 = transcribed('pingtan-2020');
const P2021 = transcribed('pingtan-2021');
const P2022 = transcribed('pingtan-2022');
const HUAIAN = transcribed('huaian-2024');
/** 淮安 2023 as 2024's table implies it: carried forward = 2024's carried over; 现行有效 = 2024's − 制发 + 废止. */
const HUAIAN_2023: Transcribed = {
  ...HUAIAN,
  year: 2023,
  values: {
    ...Object.fromEntries(Object.entries(HUAIAN.values).map(([k, v]) => [k, /^t[34]\./.test(k) ? v + 1 : v])),
    ...Object.fromEntries(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'].map((c) => [`t3.forward.${c}`, HUAIAN.values[`t3.carried.${c}`]])),
    't2.rules.valid': 11 - 1 + 0,
    't2.normative.valid': 66 - 8 + 26,
  },
};

describe('2020 → 2021 (平潭: 2019 format, then 2021): only tables 3 and 4', () => {
  it('consistent: 2020 carried nothing forward and 2021 carried nothing over', () => {
    expect(P2020.template).toBe('gov-disclosure-2019');
    expect(compare(readingOf(P2021), readingOf(P2020))).toEqual([]);
  });
  it('the chain broken: 2021 says 2 requests of natural persons were carried over', () => {
    const found = compare(readingOf(P2021, { 't3.carried.natural': 2, 't3.carried.total': 2 }), readingOf(P2020));
    expect(found.map((f) => [f.rule, f.cells, f.severity])).toEqual([
      ['previous.carried.natural', ['t3.carried.natural'], 'warning'],
      ['previous.carried.total', ['t3.carried.total'], 'warning'],
    ]);
    expect(found[0].params.last).toBe(0);
    expect(formatFinding(found[0], 'zh', REPORT_TEMPLATES[0])).toBe('上年结转·自然人 为 2 件，上年报告“结转下年度继续办理”为 0 件（差 +2）');
  });
});

describe('2021 → 2022 (平潭): 1 request carried forward, then over', () => {
  it('consistent', () => {
    expect(P2021.values['t3.forward.total']).toBe(1);
    expect(compare(readingOf(P2022), readingOf(P2021))).toEqual([]);
  });
  it('broken: 2022 forgot the request carried over', () => {
    expect(compare(readingOf(P2022, { 't3.carried.natural': 0, 't3.carried.total': 0 }), readingOf(P2021)).map((f) => f.rule)).toEqual([
      'previous.carried.natural',
      'previous.carried.total',
    ]);
  });
});

describe('2023 → 2024 (淮安, both 2021 format): 现行有效 continues last year', () => {
  it('consistent: 规章 10 + 1 − 0 = 11, 行政规范性文件 84 + 8 − 26 = 66', () => {
    expect(compare(readingOf(HUAIAN), readingOf(HUAIAN_2023))).toEqual([]);
  });
  it('broken: last year said 80 行政规范性文件 were in force', () => {
    const last = readingOf(HUAIAN_2023, { 't2.normative.valid': 80 });
    const found = compare(readingOf(HUAIAN), last);
    expect(found.map((f) => [f.rule, f.cells, f.table])).toEqual([['previous.valid.normative', ['t2.normative.valid', 't2.normative.made', 't2.normative.repealed'], 't2']]);
    expect(formatFinding(found[0], 'zh', REPORT_TEMPLATES[0])).toBe('行政规范性文件·现行有效件数 为 66 件，按上年报告现行有效 80 件 + 本年制发 8 件 − 本年废止 26 件应为 62 件（差 +4）');
  });
  it('2019 → 2021: 2019\'s 对外公开总数量 is never compared with 现行有效', () => {
    const last = { ...readingOf(P2020), report: { unit: HUAIAN.unit, year: 2023 } };
    expect(compare(readingOf(HUAIAN), last).map((f) => f.rule)).toEqual(['previous.carried.natural', 'previous.carried.total']);
  });
});

describe('tables 3 and 4 copied from last year', () => {
  it('identical non-zero tables are one warning listing the copied cells', () => {
    const copy = readingOf({ ...HUAIAN, year: 2023, values: { ...HUAIAN_2023.values, ...Object.fromEntries(Object.entries(HUAIAN.values).filter(([k]) => /^t[34]\./.test(k))), 't3.forward.natural': 34, 't3.forward.total': 34 } });
    const found = compare(readingOf(HUAIAN, { 't3.forward.natural': 34, 't3.forward.total': 34 }), copy);
    expect(found.map((f) => f.rule)).toEqual(['previous.copied']);
    expect(found[0].cells).toContain('t3.new.natural');
    expect(found[0].cells).not.toContain('t3.new.research'); // 0 in both: nothing to copy
    expect(formatFinding(found[0], 'zh')).toMatch(/^表三、表四与上年报告完全相同（\d+ 个单元格，其中 \d+ 个非零）/);
  });
  it('two all-zero years are no copy', () => {
    const zero = Object.fromEntries(Object.keys(P2021.values).filter((k) => /^t[34]\./.test(k)).map((k) => [k, 0]));
    expect(compare(readingOf(P2022, zero), readingOf(P2021, zero)).map((f) => f.rule)).toEqual([]);
  });
});

it('years that do not follow each other are not compared', () => {
  const found = compare(readingOf(HUAIAN), readingOf(HUAIAN_2023, {}, 2022));
  expect(found.map((f) => f.rule)).toEqual(['previous.year']);
  expect(formatFinding(found[0], 'zh')).toBe('上年报告为 2022 年度，本报告为 2024 年度，不是相邻年度，未作比较');
});
