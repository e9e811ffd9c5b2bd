import { keyToSymbol, type CellDef, type ColumnSet, type RowDef, type RowGroup, type Labelled, type RuleDef, type TableDef } from '../core/template';

/**
 * Table 3 (收到和处理政府信息公开申请情况) and table 4 (行政复议、行政诉讼) are the same in the
 * 2019 and 2021 formats except for 三（六）其他处理: both formats build them from these parts.
 */

export const T3_COLUMNS: Array<{ id: string; display: string; en: string; aliases?: string[] }> = [
  { id: 'natural', display: '自然人', en: 'Natural persons' },
  { id: 'commercial', display: '商业企业', en: 'Businesses' },
  { id: 'research', display: '科研机构', en: 'Research institutions' },
  { id: 'nonprofit', display: '社会公益组织', en: 'Public-interest organisations' },
  { id: 'legal', display: '法律服务机构', en: 'Legal service organisations' },
  { id: 'other_org', display: '其他', en: 'Other organisations', aliases: ['其他组织'] },
  { id: 'total', display: '总计', en: 'Total', aliases: ['合计'] },
];

const col = (id: string) => {
  const c = T3_COLUMNS.find((x) => x.id === id)!;
  return { id: c.id, display: c.display, en: c.en, aliases: c.aliases };
};

export const T3_COLUMN_SET: ColumnSet = {
  id: 'applicants',
  roots: [
    {
      display: '申请人情况',
      en: 'Applicants',
      children: [
        col('natural'),
        {
          display: '法人或其他组织',
          en: 'Legal persons or other organisations',
          aliases: ['法人或者其他组织'],
          children: ['commercial', 'research', 'nonprofit', 'legal', 'other_org'].map(col),
        },
        col('total'),
      ],
    },
  ],
  rows: [],
};

export const T3_LABEL_HEADER: Labelled = {
  display: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  en: '(In this column: item 1 + item 2 = item 3 + item 4)',
};

export const T3_GROUPS: RowGroup[] = [
  { id: 'results', display: '三、本年度办理结果', en: 'III. Outcomes this year', aliases: ['本年度办理结果'] },
  { id: 'denied', parent: 'results', display: '（三）不予公开', en: '(3) Not disclosed' },
  { id: 'unable', parent: 'results', display: '（四）无法提供', en: '(4) Cannot be provided' },
  { id: 'ignored', parent: 'results', display: '（五）不予处理', en: '(5) Not processed' },
];

export const T3_ROWS_HEAD: RowDef[] = [
  {
    id: 'new',
    display: '一、本年新收政府信息公开申请数量',
    short: '本年新收',
    en: 'New requests this year',
    aliases: ['本年新收申请数量', '本年新收政府信息公开申请'],
  },
  {
    id: 'carried',
    display: '二、上年结转政府信息公开申请数量',
    short: '上年结转',
    en: 'Carried over from last year',
    aliases: ['上年结转申请数量', '上年结转政府信息公开申请'],
  },
  { id: 'granted', group: 'results', display: '（一）予以公开', en: '(1) Disclosed' },
  {
    id: 'partial',
    group: 'results',
    display: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    short: '（二）部分公开',
    en: '(2) Partly disclosed',
  },
  ...[
    ['属于国家秘密', 'State secret'],
    ['其他法律行政法规禁止公开', 'Barred by other laws and regulations', ['其他法律行政止公开', '其他法律、行政法规禁止公开']],
    ['危及“三安全一稳定”', 'Endangers the "three securities and one stability"', ['危及三安全一稳定']],
    ['保护第三方合法权益', "Protects third parties' lawful rights"],
    ['属于三类内部事务信息', 'Internal affairs (three kinds)'],
    ['属于四类过程性信息', 'Process information (four kinds)'],
    ['属于行政执法案卷', 'Administrative enforcement files'],
    ['属于行政查询事项', 'Administrative inquiry matters'],
  ].map(([label, en, aliases], i): RowDef => ({
    id: `denied.${i + 1}`,
    group: 'denied',
    display: `${i + 1}.${label as string}`,
    en: `${i + 1}. ${en as string}`,
    aliases: aliases as string[] | undefined,
  })),
  ...[
    ['本机关不掌握相关政府信息', 'Not held by this body'],
    ['没有现成信息需要另行制作', 'Would have to be newly produced'],
    ['补正后申请内容仍不明确', 'Still unclear after correction'],
  ].map(([label, en], i): RowDef => ({
    id: `unable.${i + 1}`,
    group: 'unable',
    display: `${i + 1}.${label}`,
    en: `${i + 1}. ${en}`,
  })),
  ...[
    ['信访举报投诉类申请', 'Petitions, reports and complaints'],
    ['重复申请', 'Repeated requests'],
    ['要求提供公开出版物', 'Requests for published material'],
    ['无正当理由大量反复申请', 'Mass repeated requests without good reason'],
    ['要求行政机关确认或重新出具已获取信息', 'Requests to confirm or reissue information already obtained'],
  ].map(([label, en], i): RowDef => ({
    id: `ignored.${i + 1}`,
    group: 'ignored',
    display: `${i + 1}.${label}`,
    en: `${i + 1}. ${en}`,
  })),
];

export const T3_ROWS_TAIL: RowDef[] = [
  { id: 'total', group: 'results', display: '（七）总计', en: '(7) Total', aliases: ['总计', '合计'] },
  {
    id: 'forward',
    display: '四、结转下年度继续办理',
    short: '结转下年度',
    en: 'Carried forward to next year',
    aliases: ['结转下年度继续办理申请数量'],
  },
];

/**
 * Table 3 of a format, given what 三（六）其他处理 is in it (one row in 2019, a group of three in
 * 2021): its table definition, and the result rows that add up to 三（七）总计.
 */
export function table3(other: { groups: RowGroup[]; rows: RowDef[] }): { table: TableDef; rules: RuleDef[] } {
  const rows = [...T3_ROWS_HEAD, ...other.rows, ...T3_ROWS_TAIL];
  // A row that stands for others (2021's 三（六） printed as one row) is summed in their place, by a
  // variant of the results rule: each variant reads keys the other form lacks, so only one applies.
  const short = rows.find((r) => r.standsFor?.length);
  const resultParts = rows.filter((r) => r.group && r.id !== 'total' && !r.standsFor?.length).map((r) => r.id);
  const variantParts = short
    ? resultParts.flatMap((id) => (id === short.standsFor![0] ? [short.id] : short.standsFor!.includes(id) ? [] : [id]))
    : undefined;
  const table: TableDef = {
    id: 't3',
    title: '三、收到和处理政府信息公开申请情况',
    titleEn: 'III. Requests received and handled',
    short: '依申请公开情况表',
    shortEn: 'Requests table',
    titleAliases: ['收到和处理政府信息公开申请情况'],
    labelHeader: T3_LABEL_HEADER,
    groups: [...T3_GROUPS, ...other.groups],
    rows,
    columnSets: [{ ...T3_COLUMN_SET, rows: rows.map((r) => r.id) }],
    cells: t3Cells(rows),
  };
  const rules = t3Rules(rows, resultParts);
  if (variantParts) rules.splice(2, 0, t3ResultsRule(variantParts, 't3.results-one-row.{col}', '（六）其他处理为一行'));
  return { table, rules };
}

/** Table 3's cells: every row × every applicant column, all counts. */
export function t3Cells(rows: RowDef[]): CellDef[] {
  return rows.flatMap((row) =>
    T3_COLUMNS.map((c) => ({ key: `t3.${row.id}.${c.id}`, row: row.id, col: c.id, kind: 'count' as const })),
  );
}

/** Table 3's rules for a given list of result rows (the parts of 三（七）总计). */
export function t3Rules(rows: RowDef[], resultParts: string[]): RuleDef[] {
  return [
    {
      id: 't3.balance.{col}',
      table: 't3',
      title: '{col}：本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
      titleEn: '{col}: new + carried over = outcomes total + carried forward',
      expr: 't3_new_{col} + t3_carried_{col} == t3_total_{col} + t3_forward_{col}',
      severity: 'error',
      tolerance: 0,
      each: { col: colItems() },
    },
    t3ResultsRule(resultParts, 't3.results.{col}'),
    {
      id: 't3.row.{row}',
      table: 't3',
      title: '{row}：各类申请人之和 = 总计',
      titleEn: '{row}: applicant columns add up to the total',
      expr: `t3_{row}_total == ${T3_COLUMNS.filter((c) => c.id !== 'total')
        .map((c) => `t3_{row}_${c.id}`)
        .join(' + ')}`,
      severity: 'error',
      tolerance: 0,
      each: { row: rows.map((r) => ({ id: r.id, display: r.short ?? r.display, en: r.en })) },
    },
  ];
}

const colItems = () => T3_COLUMNS.map((c) => ({ id: c.id, display: c.display, en: c.en }));

/** 三（七）总计 of each column = the sum of the given result rows. */
function t3ResultsRule(parts: string[], id: string, variant?: string): RuleDef {
  const suffix = variant ? `（${variant}）` : '';
  return {
    id,
    table: 't3',
    title: `{col}：（七）总计 = 各项办理结果之和${suffix}`,
    titleEn: `{col}: (7) total = sum of the outcome rows${variant ? ' (6) printed as one row' : ''}`,
    expr: `t3_total_{col} == ${parts.map((r) => `t3_${keyToSymbol(r)}_{col}`).join(' + ')}`,
    severity: 'error',
    tolerance: 0,
    each: { col: colItems() },
  };
}
