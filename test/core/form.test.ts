import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, formatFinding, recognise, type AuditResult } from '../../src/core';
import { rulemakingBody } from '../../src/core/form';
import { reportIdentity } from '../../src/core/reading';
import { importHtml, importText } from '../../src/io';
import { REPORT_TEMPLATES } from '../../src/templates';
import { RULEMAKERS } from '../../src/templates/rulemakers';
import { sampleText } from '../support/youyang';

/**
 * The form of the report (issue 8, format.*), on the 酉阳 2021 sample's own text and tables, and on
 * the same text with one thing changed as real reports get it wrong.
 */
function auditReport(text: string, edits: Record<string, string> = {}, unit?: string): AuditResult {
  const imported = importText(text);
  const reading = recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative, unit });
  return audit(reading, { templates: REPORT_TEMPLATES, edits, rulemakers: RULEMAKERS });
}
const form = (r: AuditResult) => r.findings.filter((f) => f.rule.startsWith('format.'));
const words = (r: AuditResult) => form(r).map((f) => formatFinding(f, 'zh', r.template));
const SAMPLE = sampleText();

describe('unit and year from the title', () => {
  it.each([
    [['淮安市人民政府2024年政府信息公开工作年度报告'], '淮安市人民政府', 2024],
    [['2019年上海市人民政府办公厅政府信息公开工作年度报告', '发布日期：2020-01-31'], '上海市人民政府办公厅', 2019],
    [['淮安市人民政府', '2024 年政府信息公开工作年度报告'], '淮安市人民政府', 2024],
    [['标题: 平潭综合实验区2021年度政府信息公开工作年度报告'], '平潭综合实验区', 2021],
    [['沐阳县人民政府', '(2026年1月23日)', '依据《中华人民共和国政府信息公开条例》规定编制本报告。现将沐阳县人民政府2025年政府信息公开工作年度报告公布如下。'], '沐阳县人民政府', 2025],
    [['一、总体情况', '2021年，全县共收到申请 60 件。'], null, null],
  ])('%j', (text, unit, year) => {
    expect(reportIdentity(text)).toEqual({ unit, year });
  });
  it('recognise() fills reading.report from the text; what the caller passes wins', () => {
    const imported = importText(SAMPLE);
    expect(recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative }).report).toEqual({ unit: '酉阳土家族苗族自治县', year: 2021 });
    expect(recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative, year: 2022 }).report).toEqual({ unit: '酉阳土家族苗族自治县', year: 2022 });
  });
});

describe('the sample as published has no finding of form', () => {
  it('酉阳 2021 (a county reporting no 规章, every part there, the calendar year, the 2021 notice)', () => {
    const r = auditReport(SAMPLE);
    expect(r.reading.report.year).toBe(2021);
    expect(form(r)).toEqual([]);
  });
  it('a pasted table alone is never said to lack its parts', () => {
    const imported = importText(SAMPLE);
    const r = audit(recognise(imported.tables, REPORT_TEMPLATES, { year: 2021 }), { templates: REPORT_TEMPLATES, rulemakers: RULEMAKERS });
    expect(form(r)).toEqual([]);
  });
});

describe('each check of the form', () => {
  it('the 2019 format for a report of 2021 or later (上海市政府办公厅 2019 tables, titled 2021)', () => {
    const imported = importHtml(readFileSync(new URL('../fixtures/shanghai-govoffice-2019.html', import.meta.url), 'utf8'));
    const as = (year: number) => audit(recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative, year }), { templates: REPORT_TEMPLATES });
    expect(form(as(2019))).toEqual([]);
    const r = as(2021);
    expect(form(r).map((f) => [f.rule, f.severity, f.cells])).toEqual([['format.old-format', 'warning', []]]);
  });

  it('the superseded notice 国办公开办函〔2019〕60号 cited as the basis', () => {
    const r = auditReport(SAMPLE.replace('国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号'));
    expect(form(r).map((f) => f.rule)).toEqual(['format.old-notice']);
    expect(words(r)[0]).toBe('2021 年度报告以已被替代的国办公开办函〔2019〕60号为依据，应为国办公开办函〔2021〕30号');
  });

  it('a period that is not the calendar year', () => {
    const r = auditReport(SAMPLE.replace('至2021年12月31日止', '至2021年11月30日止'));
    expect(words(r)).toEqual(['统计期限为 2021年1月1日 至 2021年11月30日，应为 2021 年 1 月 1 日至 12 月 31 日']);
  });

  it('the title\'s year differs from the text\'s', () => {
    const r = auditReport(SAMPLE.replace('自2021年1月1日起至2021年12月31日止', '自2020年1月1日起至2020年12月31日止'));
    expect(form(r).map((f) => f.rule)).toEqual(['format.year']);
    expect(words(r)[0]).toBe('标题为 2021 年度报告，正文的统计期限却是 2020 年');
  });

  it('规章 reported by a county (酉阳土家族苗族自治县, 1 规章 made): a question', () => {
    const r = auditReport(SAMPLE, { 't2.rules.made': '1', 't2.rules.valid': '1' });
    expect(form(r).map((f) => [f.rule, f.severity, f.cells])).toEqual([['format.rules-body', 'warning', []]]);
    expect(words(r)[0]).toMatch(/^请核实：县级单位一般不制定规章（酉阳土家族苗族自治县在主动公开情况表中填报规章本年制发 1 件、现行有效 1 件/);
  });

  it('a 设区的市 may make 规章 (淮安市); a 县级市 may not (昆山市)', () => {
    expect(form(auditReport(SAMPLE, { 't2.rules.made': '1', 't2.rules.valid': '11' }, '淮安市人民政府'))).toEqual([]);
    expect(form(auditReport(SAMPLE, { 't2.rules.made': '1', 't2.rules.valid': '11' }, '昆山市人民政府')).map((f) => f.rule)).toEqual(['format.rules-body']);
  });

  it.each([
    ['淮安市人民政府', 'may'],
    ['江苏省淮安市人民政府', 'may'],
    ['上海市人民政府办公厅', 'may'],
    ['恩施土家族苗族自治州人民政府', 'may'],
    ['吉林市人民政府', 'may'],
    ['昆山市人民政府', 'may-not'],
    ['淮安市洪泽区人民政府', 'may-not'],
    ['沭阳县人民政府', 'may-not'],
    ['桃江县松木塘镇人民政府', 'may-not'],
    ['保康县农业农村局', 'may-not'],
    ['上海市科学技术委员会', 'unknown'],
    ['上海市城市管理行政执法局', 'unknown'],
    ['淮安市财政局', 'unknown'],
    ['国家税务总局淮安市税务局', 'unknown'],
  ] as const)('%s: %s', (unit, answer) => {
    expect(rulemakingBody(unit, RULEMAKERS)).toBe(answer);
  });

  it('a required part missing (五 dropped, 六 still there)', () => {
    const lines = SAMPLE.split('\n');
    const at = lines.findIndex((l) => l.startsWith('五、存在的主要问题'));
    const end = lines.findIndex((l) => l.startsWith('六、其他需要报告'));
    const r = auditReport([...lines.slice(0, at), ...lines.slice(end)].join('\n'));
    expect(words(r)).toEqual(['报告正文缺少“五、存在的主要问题及改进情况”部分']);
    // a text cut off after its fifth part is an excerpt: six is not said to be missing
    const cut = auditReport(lines.slice(0, end).join('\n'));
    expect(form(cut)).toEqual([]);
  });
});
