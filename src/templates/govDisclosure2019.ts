import type { RowDef, TableDef, TemplateDef } from '../core/template';
import { table3 } from './table3Parts';
import { TABLE4, T4_RULES } from './table4Parts';

/** 政府信息公开工作年度报告, the 2019 format (template `gov-disclosure-2019`). */

const DOCS_COLUMNS = [
  { id: 'made_new', display: '本年新制作数量', en: 'Made this year' },
  { id: 'published_new', display: '本年新公开数量', en: 'Published this year' },
  { id: 'public_total', display: '对外公开总数量', en: 'Public in total' },
];
const ITEM_COLUMNS = [
  { id: 'prev_items', display: '上一年项目数量', en: 'Items last year' },
  { id: 'change', display: '本年增/减', en: 'Change this year', aliases: ['本年增减', '本年增加/减少'] },
  { id: 'decisions', display: '处理决定数量', en: 'Decisions', aliases: ['本年处理决定数量'] },
];

const T2_ROWS = [
  { id: 'rules', display: '规章', en: 'Rules' },
  { id: 'normative', display: '规范性文件', en: 'Normative documents', aliases: ['行政规范性文件'] },
  { id: 'licensing', display: '行政许可', en: 'Administrative licensing' },
  { id: 'other_services', display: '其他对外管理服务事项', en: 'Other external management services' },
  { id: 'punishment', display: '行政处罚', en: 'Administrative penalties' },
  { id: 'coercion', display: '行政强制', en: 'Administrative coercion' },
  { id: 'fees', display: '行政事业性收费', en: 'Administrative fees' },
  { id: 'procurement', display: '政府集中采购', en: 'Centralised government procurement' },
];

const T2: TableDef = {
  id: 't2',
  title: '二、主动公开政府信息情况',
  titleEn: 'II. Information disclosed proactively',
  short: '主动公开情况表',
  shortEn: 'Proactive disclosure table',
  titleAliases: ['主动公开政府信息情况'],
  labelHeader: { display: '信息内容', en: 'Item' },
  groups: [],
  rows: T2_ROWS,
  columnSets: [
    { id: 'docs', section: '第二十条第（一）项', rows: ['rules', 'normative'], roots: DOCS_COLUMNS },
    { id: 'services', section: '第二十条第（五）项', rows: ['licensing', 'other_services'], roots: ITEM_COLUMNS },
    { id: 'enforcement', section: '第二十条第（六）项', rows: ['punishment', 'coercion'], roots: ITEM_COLUMNS },
    { id: 'fees', section: '第二十条第（八）项', rows: ['fees'], roots: ITEM_COLUMNS.slice(0, 2) },
    {
      id: 'procurement',
      section: '第二十条第（九）项',
      rows: ['procurement'],
      roots: [
        { id: 'items', display: '采购项目数量', en: 'Procurement items' },
        { id: 'amount', display: '采购总金额', en: 'Procurement amount', aliases: ['采购总金额(万元)'] },
      ],
    },
  ],
  cells: [
    ...['rules', 'normative'].flatMap((row) =>
      DOCS_COLUMNS.map((c) => ({ key: `t2.${row}.${c.id}`, row, col: c.id, kind: 'count' as const })),
    ),
    ...['licensing', 'other_services', 'punishment', 'coercion'].flatMap((row) =>
      ITEM_COLUMNS.map((c) => ({
        key: `t2.${row}.${c.id}`,
        row,
        col: c.id,
        kind: c.id === 'change' ? ('signed' as const) : ('count' as const),
      })),
    ),
    { key: 't2.fees.prev_items', row: 'fees', col: 'prev_items', kind: 'count' },
    { key: 't2.fees.change', row: 'fees', col: 'change', kind: 'signed' },
    { key: 't2.procurement.items', row: 'procurement', col: 'items', kind: 'count' },
    { key: 't2.procurement.amount', row: 'procurement', col: 'amount', kind: 'amount' },
  ],
};

const OTHER_ROW: RowDef = { id: 'other', group: 'results', display: '（六）其他处理', en: '(6) Otherwise handled' };
const T3 = table3({ groups: [], rows: [OTHER_ROW] });

const DOC_ITEMS = [
  { id: 'rules', display: '规章', en: 'Rules' },
  { id: 'normative', display: '规范性文件', en: 'Normative documents' },
];

export const GOV_DISCLOSURE_2019: TemplateDef = {
  id: 'gov-disclosure-2019',
  name: '政府信息公开工作年度报告（2019 格式）',
  nameEn: 'Government information disclosure annual report (2019 format)',
  since: 2019,
  tables: [T2, T3.table, TABLE4],
  rules: [
    {
      id: 't2.published-within-total.{doc}',
      table: 't2',
      title: '{doc}：本年新公开数量不应超过对外公开总数量',
      titleEn: '{doc}: published this year should not exceed the public total',
      expr: 't2_{doc}_published_new <= t2_{doc}_public_total',
      severity: 'warning',
      tolerance: 0,
      each: { doc: DOC_ITEMS },
    },
    ...T3.rules,
    ...T4_RULES,
  ],
};
