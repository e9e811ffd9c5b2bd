import type { ColumnNode, TableDef, RuleDef } from '../core/template';

/** Table 4 (行政复议、行政诉讼): identical in the 2019 and 2021 formats. */

const RESULT_COLUMNS = [
  { id: 'upheld', display: '结果维持', en: 'Upheld' },
  { id: 'corrected', display: '结果纠正', en: 'Corrected' },
  { id: 'other', display: '其他结果', en: 'Other outcome' },
  { id: 'pending', display: '尚未审结', en: 'Pending' },
  { id: 'total', display: '总计', en: 'Total', aliases: ['合计'] },
];

export const T4_GROUPS = [
  { id: 'review', display: '行政复议', en: 'Administrative review' },
  { id: 'suit_direct', display: '未经复议直接起诉', en: 'Lawsuits without prior review', aliases: ['未经复议直接提起诉讼'] },
  { id: 'suit_after', display: '复议后起诉', en: 'Lawsuits after review', aliases: ['复议后提起诉讼'] },
];

const leaves = (group: string): ColumnNode[] =>
  RESULT_COLUMNS.map((c) => ({ ...c, id: `${group}.${c.id}` }));

export const TABLE4: TableDef = {
  id: 't4',
  title: '四、政府信息公开行政复议、行政诉讼情况',
  titleEn: 'IV. Administrative reviews and lawsuits',
  short: '复议诉讼情况表',
  shortEn: 'Reviews and lawsuits table',
  titleAliases: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
  groups: [],
  rows: [{ id: '_', display: '', en: '' }],
  singleRow: true,
  columnSets: [
    {
      id: 'review-suits',
      rows: ['_'],
      roots: [
        { display: '行政复议', en: 'Administrative review', children: leaves('review') },
        {
          display: '行政诉讼',
          en: 'Administrative lawsuits',
          children: [
            { display: T4_GROUPS[1].display, en: T4_GROUPS[1].en, aliases: T4_GROUPS[1].aliases, children: leaves('suit_direct') },
            { display: T4_GROUPS[2].display, en: T4_GROUPS[2].en, aliases: T4_GROUPS[2].aliases, children: leaves('suit_after') },
          ],
        },
      ],
    },
  ],
  cells: T4_GROUPS.flatMap((g) =>
    RESULT_COLUMNS.map((c) => ({ key: `t4.${g.id}.${c.id}`, row: '_', col: `${g.id}.${c.id}`, kind: 'count' as const })),
  ),
};

export const T4_RULES: RuleDef[] = [
  {
    id: 't4.group.{group}',
    table: 't4',
    title: '{group}：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计',
    titleEn: '{group}: upheld + corrected + other + pending = total',
    expr: 't4_{group}_total == t4_{group}_upheld + t4_{group}_corrected + t4_{group}_other + t4_{group}_pending',
    severity: 'error',
    tolerance: 0,
    each: { group: T4_GROUPS.map((g) => ({ id: g.id, display: g.display, en: g.en })) },
  },
];
