import type { RowDef, RuleDef, TableDef, TemplateDef } from '../core/template';
import { table3 } from './table3Parts';
import { TABLE4, T4_RULES } from './table4Parts';

/** 政府信息公开工作年度报告, format of 国办公开办函〔2021〕30号 (template `gov-disclosure-2021`). */

const DOCS_COLUMNS = [
  { id: 'made', display: '本年制发件数', en: 'Issued this year', aliases: ['本年新制发件数'] },
  { id: 'repealed', display: '本年废止件数', en: 'Repealed this year' },
  { id: 'valid', display: '现行有效件数', en: 'In force' },
];

const INFO_HEADER = { display: '信息内容', en: 'Item' };

const T2: TableDef = {
  id: 't2',
  title: '二、主动公开政府信息情况',
  titleEn: 'II. Information disclosed proactively',
  short: '主动公开情况表',
  shortEn: 'Proactive disclosure table',
  titleAliases: ['主动公开政府信息情况'],
  labelHeader: INFO_HEADER,
  groups: [],
  rows: [
    { id: 'rules', display: '规章', en: 'Rules' },
    { id: 'normative', display: '行政规范性文件', en: 'Normative documents', aliases: ['规范性文件'] },
    { id: 'licensing', display: '行政许可', en: 'Administrative licensing' },
    { id: 'punishment', display: '行政处罚', en: 'Administrative penalties' },
    { id: 'coercion', display: '行政强制', en: 'Administrative coercion' },
    { id: 'fees', display: '行政事业性收费', en: 'Administrative fees' },
  ],
  columnSets: [
    { id: 'docs', section: '第二十条第（一）项', rows: ['rules', 'normative'], roots: DOCS_COLUMNS },
    {
      id: 'licensing',
      section: '第二十条第（五）项',
      rows: ['licensing'],
      roots: [{ id: 'decisions', display: '本年处理决定数量', en: 'Decisions this year', aliases: ['处理决定数量'] }],
    },
    {
      id: 'enforcement',
      section: '第二十条第（六）项',
      rows: ['punishment', 'coercion'],
      roots: [{ id: 'decisions', display: '本年处理决定数量', en: 'Decisions this year', aliases: ['处理决定数量'] }],
    },
    {
      id: 'fees',
      section: '第二十条第（八）项',
      rows: ['fees'],
      roots: [
        {
          id: 'amount',
          display: '本年收费金额（单位：万元）',
          en: 'Fees collected this year (10,000 yuan)',
          aliases: ['本年收费金额', '收费金额'],
        },
      ],
    },
  ],
  cells: [
    ...['rules', 'normative'].flatMap((row) =>
      DOCS_COLUMNS.map((c) => ({ key: `t2.${row}.${c.id}`, row, col: c.id, kind: 'count' as const })),
    ),
    { key: 't2.licensing', row: 'licensing', col: 'decisions', kind: 'count' },
    { key: 't2.punishment', row: 'punishment', col: 'decisions', kind: 'count' },
    { key: 't2.coercion', row: 'coercion', col: 'decisions', kind: 'count' },
    { key: 't2.fees', row: 'fees', col: 'amount', kind: 'amount' },
  ],
};

const OTHER_GROUP = { id: 'other', parent: 'results', display: '（六）其他处理', en: '(6) Otherwise handled' };

const OTHER_ROWS: RowDef[] = [
  [
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'Applicant failed to supplement in time',
    ['申请人无正当理由逾期不补正'],
  ],
  [
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'Applicant did not pay the fee in time',
    ['申请人逾期未按收费通知要求缴纳费用'],
  ],
  ['其他', 'Other', []],
].map(([label, en, aliases], i) => ({
  id: `other.${i + 1}`,
  group: 'other',
  display: `${i + 1}.${label as string}`,
  en: `${i + 1}. ${en as string}`,
  aliases: aliases as string[],
}));

/**
 * Some 2021 reports print 三（六）其他处理 as one row without its sub-items (keys.md): its cells are
 * `t3.other.<col>`, summed in place of `.1`–`.3`. A report has one form or the other.
 */
const OTHER_AS_ONE_ROW: RowDef = {
  id: 'other',
  group: 'results',
  display: '（六）其他处理',
  en: '(6) Otherwise handled',
  standsFor: OTHER_ROWS.map((r) => r.id),
};

const T3 = table3({ groups: [OTHER_GROUP], rows: [OTHER_AS_ONE_ROW, ...OTHER_ROWS] });

/**
 * Table 2's own arithmetic (issue 8): last year's 现行有效 = this year's 现行有效 − 本年制发 + 本年废止
 * cannot be negative, so 现行有效 ≥ 本年制发 − 本年废止 (a warning: the report alone cannot say which is wrong).
 */
const T2_RULES: RuleDef[] = [
  {
    id: 't2.valid.{row}',
    table: 't2',
    title: '{row}：现行有效件数 ≥ 本年制发件数 − 本年废止件数',
    titleEn: '{row}: in force ≥ issued − repealed this year',
    expr: 't2_{row}_valid >= t2_{row}_made - t2_{row}_repealed',
    severity: 'warning',
    each: {
      row: [
        { id: 'rules', display: '规章', en: 'Rules' },
        { id: 'normative', display: '行政规范性文件', en: 'Normative documents' },
      ],
    },
  },
];

export const GOV_DISCLOSURE_2021: TemplateDef = {
  id: 'gov-disclosure-2021',
  name: '政府信息公开工作年度报告（2021 格式）',
  nameEn: 'Government information disclosure annual report (2021 format)',
  since: 2021,
  tables: [T2, T3.table, TABLE4],
  rules: [...T3.rules, ...T4_RULES, ...T2_RULES],
};

