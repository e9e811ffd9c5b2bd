import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, formatFinding, type Finding } from '../../src/core';
import { chineseNumber, factsOf, narrativeFindings, sentencesOf } from '../../src/core/narrative';
import { GOV_DISCLOSURE_2021, REPORT_TEMPLATES } from '../../src/templates';
import { auditText } from '../support/audit';
import { sampleText } from '../support/youyang';

/**
 * The report's words against its tables (issue 8). Tables: the hand-transcribed values of real
 * reports (test/fixtures/corpus-expected); sentences: those reports' own sentences, as printed, and
 * the same sentences with one number changed as a drafter would.
 */
const valuesOf = (name: string) => {
  const j = JSON.parse(readFileSync(new URL(`../fixtures/corpus-expected/${name}.json`, import.meta.url), 'utf8'));
  return new Map<string, number | null>(Object.entries(j.values as Record<string, number>));
};
const HUAIAN = valuesOf('huaian-2024');
const SHUYANG = valuesOf('shuyang-2025');
const STCSM = valuesOf('shanghai-stcsm-2024');
const ID = 'gov-disclosure-2021';
const said = (f: Finding) => formatFinding(f, 'zh', GOV_DISCLOSURE_2021);
const check = (values: Map<string, number | null>, ...text: string[]) => narrativeFindings(ID, values, text);

const HUAIAN_REQUESTS = '2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。';
const HUAIAN_LAW =
  '政府信息公开行政复议 351件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。';
const STCSM_RESULTS = '所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2件，无法提供的 10 件，不予处理 0 件，其他处理 14 件，转下一年度办理答复的有 1 件。';

describe('statements that match their tables give nothing', () => {
  it('淮安 2024: requests, carried over, answered, carried forward, reviews and lawsuits with outcomes', () => {
    expect(factsOf(HUAIAN_REQUESTS).map((f) => [f.fact, f.value])).toEqual([['received', 3119], ['concluded', 3050], ['carried', 34], ['forward', 103]]);
    expect(factsOf(HUAIAN_LAW).map((f) => f.fact)).toEqual([
      'review', 'review.upheld', 'review.corrected', 'review.other', 'review.pending', 'suit', 'suit.upheld', 'suit.corrected', 'suit.other', 'suit.pending',
    ]);
    expect(check(HUAIAN, HUAIAN_REQUESTS, HUAIAN_LAW)).toEqual([]);
  });

  it('上海市科委 2024: each result group, and 转下一年度', () => {
    expect(factsOf(STCSM_RESULTS).map((f) => f.fact)).toEqual(['granted', 'partial', 'denied', 'unable', 'ignored', 'other_handling', 'forward']);
    expect(check(STCSM, STCSM_RESULTS, '全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件，所有申请均已按要求办理完成。', '涉及的行政诉讼数为0 件。')).toEqual([]);
  });
});

describe('a number that differs from its table is a warning quoting the sentence', () => {
  it.each([
    ['received', HUAIAN_REQUESTS.replace('3119', '3191'), ['t3.new.total', 't3.carried.total'], '正文称收到申请 3191 件，表中本年新收 3119 件、加上年结转为 3153 件，均不相符'],
    ['concluded', HUAIAN_REQUESTS.replace('3050', '3005'), ['t3.total.total'], '正文称办结 3005 件，表中为 3050 件（差 −45）'],
    ['carried', HUAIAN_REQUESTS.replace('34 件', '43 件'), ['t3.carried.total'], '正文称上年结转申请 43 件，表中为 34 件（差 +9）'],
    ['forward', HUAIAN_REQUESTS.replace('103', '130'), ['t3.forward.total'], '正文称结转下年度 130 件，表中为 103 件（差 +27）'],
    ['review', HUAIAN_LAW.replace('351', '315'), ['t4.review.total'], '正文称行政复议 315 件，表中为 351 件（差 −36）'],
    ['review.corrected', HUAIAN_LAW.replace('64', '46'), ['t4.review.corrected'], '正文称行政复议结果纠正 46 件，表中为 64 件（差 −18）'],
    ['suit', HUAIAN_LAW.replace('46 件', '45 件'), ['t4.suit_direct.total', 't4.suit_after.total'], '正文称行政诉讼 45 件，表中为 46 件（差 −1）'],
    ['suit.pending', HUAIAN_LAW.replace('尚未审结 7 件', '尚未审结 8 件'), ['t4.suit_direct.pending', 't4.suit_after.pending'], '正文称行政诉讼尚未审结 8 件，表中为 7 件（差 +1）'],
    ['granted', STCSM_RESULTS.replace('9 件', '19 件'), ['t3.granted.total'], '正文称予以公开 19 件，表中为 9 件（差 +10）'],
    ['partial', STCSM_RESULTS.replace('部分公开答复 0 件', '部分公开答复 1 件'), ['t3.partial.total'], '正文称部分公开 1 件，表中为 0 件（差 +1）'],
    ['denied', STCSM_RESULTS.replace('2件', '3件'), ['t3.denied.1.total', 't3.denied.2.total', 't3.denied.3.total', 't3.denied.4.total', 't3.denied.5.total', 't3.denied.6.total', 't3.denied.7.total', 't3.denied.8.total'], '正文称不予公开 3 件，表中为 2 件（差 +1）'],
    ['unable', STCSM_RESULTS.replace('10 件', '11 件'), ['t3.unable.1.total', 't3.unable.2.total', 't3.unable.3.total'], '正文称无法提供 11 件，表中为 10 件（差 +1）'],
    ['ignored', STCSM_RESULTS.replace('不予处理 0 件', '不予处理 4 件'), ['t3.ignored.1.total', 't3.ignored.2.total', 't3.ignored.3.total', 't3.ignored.4.total', 't3.ignored.5.total'], '正文称不予处理 4 件，表中为 0 件（差 +4）'],
    ['other_handling', STCSM_RESULTS.replace('14 件', '41 件'), ['t3.other.1.total', 't3.other.2.total', 't3.other.3.total'], '正文称其他处理 41 件，表中为 14 件（差 +27）'],
  ])('%s', (fact, sentence, cells, words) => {
    const values = fact === 'received' || fact === 'concluded' || fact === 'carried' || fact === 'forward' || fact.startsWith('review') || fact.startsWith('suit') ? HUAIAN : STCSM;
    const found = check(values, sentence);
    // a changed review or lawsuit count also breaks the sentence's own 其中 list
    const own = found.filter((f) => f.rule !== 'narrative.subtotal');
    expect(found.length - own.length).toBe(/^(review|suit)/.test(fact) ? 1 : 0);
    expect(own.map((f) => f.rule)).toEqual([`narrative.${fact}`]);
    expect(own[0]).toMatchObject({ severity: 'warning', status: 'fail', cells, quote: sentence, suspects: [] });
    expect(said(own[0])).toBe(words);
    expect(formatFinding(own[0], 'en', GOV_DISCLOSURE_2021)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('规章 and 行政规范性文件: 制发, 废止, 现行有效 (平潭 2022 wording, 淮安 2024 table)', () => {
    const s = '设立规范性文件库，集中公开现行有效行政规范性文件66件，动态更新本年度制发的规范性文件8件，废止行政规范性文件 26 件，本年制定市政府规章 1 件。';
    expect(factsOf(s).map((f) => f.fact)).toEqual(['normative.valid', 'normative.made', 'normative.repealed', 'rules.made']);
    expect(check(HUAIAN, s)).toEqual([]);
    const wrong = check(HUAIAN, s.replace('66件', '69件').replace('市政府规章 1 件', '市政府规章 2 件'));
    expect(wrong.map((f) => [f.rule, f.cells])).toEqual([
      ['narrative.normative.valid', ['t2.normative.valid']],
      ['narrative.rules.made', ['t2.rules.made']],
    ]);
    expect(said(wrong[0])).toBe('正文称现行有效行政规范性文件 69 件，表中为 66 件（差 +3）');
  });
});

describe('the number before its words', () => {
  it('上海市科委 2024: 有 1 件涉及政府信息公开工作的行政复议', () => {
    const s = '2024 年市科委有 1 件涉及政府信息公开工作的行政复议，该行政复议件未被复议审查机关纠错。';
    expect(factsOf(s).map((f) => [f.fact, f.value])).toEqual([['review', 1]]);
    expect(check(STCSM, s)).toEqual([]);
    expect(check(STCSM, s.replace('有 1 件', '有 2 件')).map((f) => f.rule)).toEqual(['narrative.review']);
  });
  it('平潭 2021 wording: 1件结转下年度继续办理', () => {
    const s = '本年度全区共收到34件申请，及时依法依规办结35件，1件结转下年度继续办理。';
    expect(factsOf(s).map((f) => [f.fact, f.value])).toEqual([['received', 34], ['concluded', 35], ['forward', 1]]);
    expect(check(STCSM, s)).toEqual([]);
    expect(check(STCSM, s.replace('1件结转', '3件结转')).map((f) => f.rule)).toEqual(['narrative.forward']);
  });
});

describe('收到…件（含上年结转…件）: which reading matched', () => {
  it('沭阳 2025: 受理 749 = 新收 713 + 结转 36 matches the second reading and gives nothing', () => {
    expect(check(SHUYANG, '全县全年共受理政府信息公开申请 749 件，共办理 718 件，结转下一年 31 件。')).toEqual([]);
    expect(check(SHUYANG, '全年共收到政府信息公开申请 713 件，上年结转 36 件。')).toEqual([]);
  });
  it('a count said to include those carried over must be new plus carried', () => {
    expect(check(SHUYANG, '全年共收到政府信息公开申请 749 件（含上年结转 36 件）。')).toEqual([]);
    const found = check(SHUYANG, '全年共收到政府信息公开申请 713 件（含上年结转 36 件）。');
    expect(found.map((f) => f.rule)).toEqual(['narrative.received']);
    expect(found[0].cells).toEqual(['t3.new.total', 't3.carried.total']);
    expect(said(found[0])).toBe('正文称收到申请 713 件（含上年结转），但表中本年新收即为 713 件，含上年结转应为 749 件');
  });
});

describe('共…件，其中…: the parts against their stated total', () => {
  const s = '全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。';
  it('沭阳 2025 as printed: parts add up, and each matches new plus carried', () => {
    expect(factsOf(s).map((f) => f.fact)).toEqual(['received', 'received.natural', 'received.orgs', 'concluded', 'forward']);
    expect(check(SHUYANG, s)).toEqual([]);
  });
  it('parts that do not add up to the total', () => {
    const found = check(SHUYANG, s.replace('741', '731'));
    expect(found.map((f) => f.rule).sort()).toEqual(['narrative.received.natural', 'narrative.subtotal']);
    expect(said(found.find((f) => f.rule === 'narrative.subtotal')!)).toBe('正文称收到申请共 749 件，其中所列各项合计 739 件（差 +10）');
  });
  it('自然人…件 outside such a list is not read as requests', () => {
    expect(check(SHUYANG, '全县自然人申请 731 件。')).toEqual([]);
  });
});

describe('a percentage whose count and base the sentence names', () => {
  const s = '办结依申请公开3050件，其中：予以公开及部分公开1816件，占59.54%；不予公开178件，占5.84%。';
  it('matches at the stated precision (淮安 2024 table, 平潭 2023 wording)', () => {
    expect(check(HUAIAN, s)).toEqual([]);
  });
  it('a wrong share is a warning naming count and base', () => {
    const found = check(HUAIAN, s.replace('5.84%', '5.48%'));
    expect(found.map((f) => f.rule)).toEqual(['narrative.percent']);
    expect(said(found[0])).toBe('正文称不予公开占 5.48%，按表为 178 ÷ 3050（办结）= 5.84%');
  });
  it('no finding when the base is unclear (上海 2025: 其中 refers to the sentence before)', () => {
    expect(check(HUAIAN, '其中，予以公开及部分公开 1816 件（17.46%），不予公开 178 件（1.68%）。')).toEqual([]);
    expect(check(HUAIAN, '全年办结率达 99.5%。')).toEqual([]);
  });
});

describe('Chinese numerals', () => {
  it.each([['十二', 12], ['二十一', 21], ['一百零五', 105], ['两千三百', 2300], ['三万零一', 30001]])('%s = %i', (t, n) => {
    expect(chineseNumber(t)).toBe(n);
  });
  it('行政诉讼十二件 against 酉阳 2021 (20 + 1 lawsuits)', () => {
    const sample = auditText(sampleText());
    expect(check(new Map(sample.values), '全年发生政府信息公开行政诉讼二十一件。')).toEqual([]);
    const found = check(new Map(sample.values), '全年发生政府信息公开行政诉讼十二件。');
    expect(said(found[0])).toBe('正文称行政诉讼 12 件，表中为 21 件（差 −9）');
  });
});

describe('numbers about other things are never compared', () => {
  it.each([
    '2024 年，市政府网站主动公开各类政府信息 5500 余条，全年新增公开市政府规章 3 件、市政府及市政府办政策性文件 11 件，通过文字、图片等形式制作政策解读21 个，制作《淮安市人民政府公报》6 期。',
    '全年受理公开信箱来信 285 件，发布政策解读 27 条，召开政务公开工作会议 7 期。',
    '全年主动公开市政府规章 22 件、市政府及市政府办公厅行政规范性文件 34 件、人事任免文件 196 件、其他文件 84 件；',
    '依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件，有力维护了群众合法权益与政府公信力。',
    '2025 年，累计开展办前主动沟通 49 次，成功推动化解各类争议纠纷 33 件。',
    '全县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。',
    '受理群众来电咨询 1200 余件，办理人大代表建议 50 件、政协提案 85 件。',
  ])('%s', (sentence) => {
    expect(factsOf(sentence)).toEqual([]);
    expect(check(HUAIAN, sentence)).toEqual([]);
  });
});

describe('through audit(): the reading carries the text', () => {
  it('the 酉阳 sample with its own words is clean; a changed sentence is one warning, sorted with the rest', () => {
    const sample = auditText(sampleText());
    const text = ['全年共收到各类政府信息公开申请60件，全部为自然人申请，上年结转8件，均已按时办结。'];
    expect(audit({ ...sample.reading, text }, { templates: REPORT_TEMPLATES }).findings).toEqual([]);
    const r = audit({ ...sample.reading, text: [text[0].replace('上年结转8件', '上年结转6件')] }, { templates: REPORT_TEMPLATES });
    expect(r.findings.map((f) => [f.rule, f.severity, f.table])).toEqual([['narrative.carried', 'warning', 't3']]);
  });
  it('sentences broken over lines are joined again', () => {
    expect(sentencesOf(['2024 年，全市共受理政府信息公开申请 3119', '件，答复 3050 件。', '二、主动公开政府信息情况'])).toEqual([
      '2024 年，全市共受理政府信息公开申请 3119件，答复 3050 件。',
      '二、主动公开政府信息情况',
    ]);
  });
});
