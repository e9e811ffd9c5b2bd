import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedKeys, readBestFormat } from '../../src/core/recognise';
import { importText } from '../../src/io';
import { GOV_DISCLOSURE_2021, REPORT_TEMPLATES } from '../../src/templates';
import { auditTables } from '../support/pipeline';

/**
 * Recognition without a tidy header, and the format told by labels: 淮安市 2024's figures
 * (test/fixtures/text/huaian-2024-figures.json, transcribed by hand from its PDF).
 */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');
const FIGURES: Record<string, number> = JSON.parse(fixture('huaian-2024-figures.json')).values;
const COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const T3_ROWS: Array<[string, string]> = [
  ['一、本年新收政府信息公开申请数量', 'new'],
  ['二、上年结转政府信息公开申请数量', 'carried'],
  ['（一）予以公开', 'granted'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partial'],
  ...['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'].map(
    (l, i): [string, string] => [`${i + 1}.${l}`, `denied.${i + 1}`],
  ),
  ...['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'].map((l, i): [string, string] => [`${i + 1}.${l}`, `unable.${i + 1}`]),
  ...['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'].map((l, i): [string, string] => [`${i + 1}.${l}`, `ignored.${i + 1}`]),
];
const TAIL: Array<[string, string]> = [['（七）总计', 'total'], ['四、结转下年度继续办理', 'forward']];
const rowValues = (row: string) => COLS.map((c) => String(FIGURES[`t3.${row}.${c}`]));
/** 三（六） as one row: the sums of its three sub-items. */
const otherAsOne = COLS.map((c) => String([1, 2, 3].reduce((n, i) => n + FIGURES[`t3.other.${i}.${c}`], 0)));
const t3Expected = Object.fromEntries(Object.entries(FIGURES).filter(([k]) => k.startsWith('t3.')));

/** Table 3 as TSV under the given header lines. */
function table3Tsv(header: string[], oneRowOther = false): string {
  const rows = [...T3_ROWS.map(([l, k]) => [l, ...rowValues(k)])];
  if (oneRowOther) rows.push(['（六）其他处理', ...otherAsOne]);
  else rows.push(...[1, 2, 3].map((i) => [`${i}.${['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'][i - 1]}`, ...rowValues(`other.${i}`)]));
  rows.push(...TAIL.map(([l, k]) => [l, ...rowValues(k)]));
  return ['三、收到和处理政府信息公开申请情况', ...header, ...rows.map((r) => r.join('\t'))].join('\n');
}

describe('recognition without a tidy header', () => {
  it('header rows shorter than the data rows (merged headers as Word writes them): columns by position, 总计 in its place', () => {
    const r = auditTables(importText(table3Tsv(['\t申请人情况', '\t自然人\t法人或其他组织\t总计', '\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'])).tables);
    expect(Object.fromEntries(r.values)).toEqual(t3Expected);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.notes.filter((n) => n.code === 'structure.by-position')).toHaveLength(7);
  });

  it('a header line without tabs above good rows: columns by position', () => {
    const r = auditTables(importText(table3Tsv(['申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'])).tables);
    expect(Object.fromEntries(r.values)).toEqual(t3Expected);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the format told by labels', () => {
  const t2 = (cols: string) =>
    ['二、主动公开政府信息情况', '第二十条第（一）项', `信息内容\t${cols}`, '规章\t1\t0\t11', '行政规范性文件\t8\t26\t66', ''].join('\n');

  it('a 2021 report printing 三（六）其他处理 as one row is the 2021 format: t3.other.<col>, 186 cells, no false error', () => {
    const text = `${t2('本年制发件数\t本年废止件数\t现行有效件数')}\n${table3Tsv(['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'], true)}`;
    const r = auditTables(importText(text).tables);
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(COLS.map((c) => r.values.get(`t3.other.${c}`))).toEqual(otherAsOne.map(Number));
    expect([...r.values.keys()].some((k) => k.startsWith('t3.other.1.'))).toBe(false);
    expect(expectedKeys(GOV_DISCLOSURE_2021, r.values.keys())).toHaveLength(186);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.notes.filter((n) => n.table === 't3' && n.code === 'structure.missing-row')).toEqual([]);
    // The column sums use the one row: break it and the one-row variant of the results rule fails.
    const broken = auditTables(importText(text.replace(`（六）其他处理\t${otherAsOne[0]}`, `（六）其他处理\t${Number(otherAsOne[0]) + 1}`)).tables);
    expect(broken.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('t3.results-one-row.natural');
  });

  it('table 2’s columns decide: 本年新制作数量… is 2019, 本年制发件数… is 2021, over the same table 3', () => {
    const t3 = table3Tsv(['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'], true);
    const as2019 = auditTables(importText(`${t2('本年新制作数量\t本年新公开数量\t对外公开总数量')}\n${t3}`).tables);
    const as2021 = auditTables(importText(`${t2('本年制发件数\t本年废止件数\t现行有效件数')}\n${t3}`).tables);
    expect(as2019.templateId).toBe('gov-disclosure-2019');
    expect(as2019.values.get('t2.rules.public_total')).toBe(11);
    expect(as2021.templateId).toBe('gov-disclosure-2021');
    expect(as2021.values.get('t2.rules.valid')).toBe(11);
    for (const r of [as2019, as2021]) expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the year only breaks a tie (table 3 alone with （六） as one row fits both formats)', () => {
    const tables = importText(table3Tsv(['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'], true)).tables;
    expect(readBestFormat(tables, REPORT_TEMPLATES, { year: 2020 }).reading?.template.id).toBe('gov-disclosure-2019');
    expect(readBestFormat(tables, REPORT_TEMPLATES, { year: 2024 }).reading?.template.id).toBe('gov-disclosure-2021');
    const none = readBestFormat(tables, REPORT_TEMPLATES);
    expect(none.reading?.template.id).toBe('gov-disclosure-2021');
    expect(none.notes.map((n) => n.code)).toEqual(['format.assumed']);
    // A year never overrides labels: 2021 columns in table 2 stay 2021 whatever the year says.
    const text = `${t2('本年制发件数\t本年废止件数\t现行有效件数')}\n${table3Tsv(['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'], true)}`;
    expect(readBestFormat(importText(text).tables, REPORT_TEMPLATES, { year: 2019 }).reading?.template.id).toBe('gov-disclosure-2021');
  });
});
