import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io';
import { auditTables } from '../../support/pipeline';

/**
 * A web page whose table cells ran together (as the 平潭 reports' text does), written with 淮安市
 * 2024's figures. Digits are read only where the split is the only one without the rules: a row of
 * one value, or as many digits as values; otherwise the row is reported unreadable, never guessed.
 */
const FIGURES: Record<string, number> = JSON.parse(
  readFileSync(new URL('../../fixtures/text/huaian-2024-figures.json', import.meta.url), 'utf8'),
).values;
const f = (k: string) => String(FIGURES[k]);
const COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const glued = (row: string) => COLS.map((c) => f(`t3.${row}.${c}`)).join('');

const page = [
  '当前位置：首页政务公开政府信息公开年报 淮安市2024年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》要求，编制本报告。一、总体情况2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真落实政务公开各项工作部署，持续深化政府信息公开。',
  '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数',
  `规章000行政规范性文件${f('t2.normative.made')}${f('t2.normative.repealed')}${f('t2.normative.valid')}`,
  `第二十条第（五）项信息内容本年处理决定数量行政许可${f('t2.licensing')}`,
  `第二十条第（六）项信息内容本年处理决定数量行政处罚${f('t2.punishment')}行政强制${f('t2.coercion')}`,
  `第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费${f('t2.fees')}`,
  '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
  `一、本年新收政府信息公开申请数量${glued('new')}二、上年结转政府信息公开申请数量${glued('carried')}`,
  `三、本年度办理结果（一）予以公开${glued('granted')}（二）部分公开（区分处理的，只计这一情形，不计其他情形）${glued('partial')}`,
  `（三）不予公开1.属于国家秘密${glued('denied.1')}2.其他法律行政法规禁止公开${glued('denied.2')}`,
  `（五）不予处理3.要求提供公开出版物${glued('ignored.3')}4.无正当理由大量反复申请${glued('ignored.4')}`,
  '五、存在的主要问题及改进情况存在的问题主要有：政策解读的质量有待提高。',
].join('');

describe('cells run together', () => {
  const r = auditTables(importText(page).tables);

  it('reads a row of one value (行政许可447228) and a row of as many digits as values (规章000)', () => {
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(r.values.get('t2.licensing')).toBe(FIGURES['t2.licensing']);
    expect(r.values.get('t2.fees')).toBe(FIGURES['t2.fees']);
    expect(['made', 'repealed', 'valid'].map((c) => r.values.get(`t2.rules.${c}`))).toEqual([0, 0, 0]);
    // 3.要求提供公开出版物0000000: seven digits, seven values; numbering glued after digits is cut off.
    expect(COLS.map((c) => r.values.get(`t3.ignored.3.${c}`))).toEqual(COLS.map(() => 0));
    expect(COLS.map((c) => r.values.get(`t3.ignored.4.${c}`))).toEqual(COLS.map(() => 0));
  });

  it('never chooses a split: 行政规范性文件82666 and 一、本年新收…3001530061 43119 are unreadable, their keys listed', () => {
    const unreadable = r.notes.filter((n) => n.code === 'structure.row-unreadable');
    const rows = unreadable.map((n) => n.cells![0].replace(/\.(natural|made)$/, ''));
    expect(rows).toEqual(expect.arrayContaining(['t2.normative', 't3.new', 't3.carried', 't3.granted', 't3.partial', 't3.denied.2']));
    expect(unreadable.find((n) => n.cells![0] === 't2.normative.made')!.cells).toEqual(['t2.normative.made', 't2.normative.repealed', 't2.normative.valid']);
    for (const n of unreadable) for (const k of n.cells!) expect(r.values.has(k)).toBe(false);
    // 1.属于国家秘密 2000002: 7 digits for 7 values is one split only.
    expect(COLS.map((c) => r.values.get(`t3.denied.1.${c}`))).toEqual(COLS.map((c) => FIGURES[`t3.denied.1.${c}`]));
  });

  it('flags nothing false', () => {
    expect(r.findings.filter((x) => x.severity === 'error' && x.status === 'fail')).toEqual([]);
  });
});
