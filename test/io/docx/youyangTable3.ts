import { type CellSpec, type Style, run, table } from './buildDocx';

/**
 * Table 3 of 酉阳土家族苗族自治县人民政府 2021 (/work/shared/corpus/youyang-2021.txt), figures read by
 * eye from that file, in the columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 */
export const YOUYANG_T3: [key: string, label: string[], values: number[]][] = [
  ['new', ['一、本年新收政府信息公开申请数量'], [60, 0, 0, 0, 0, 0, 60]],
  ['carried', ['二、上年结转政府信息公开申请数量'], [8, 0, 0, 0, 0, 0, 8]],
  ['granted', ['三、本年度办理结果', '（一）予以公开'], [24, 0, 0, 0, 0, 0, 24]],
  ['partial', ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.1', ['', '（三）不予公开', '1.属于国家秘密'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.2', ['', '', '2.其他法律行政法规禁止公开'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.3', ['', '', '3.危及“三安全一稳定”'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.4', ['', '', '4.保护第三方合法权益'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.5', ['', '', '5.属于三类内部事务信息'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.6', ['', '', '6.属于四类过程性信息'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.7', ['', '', '7.属于行政执法案卷'], [0, 0, 0, 0, 0, 0, 0]],
  ['denied.8', ['', '', '8.属于行政查询事项'], [2, 0, 0, 0, 0, 0, 2]],
  ['unable.1', ['', '（四）无法提供', '1.本机关不掌握相关政府信息'], [22, 0, 0, 0, 0, 0, 22]],
  ['unable.2', ['', '', '2.没有现成信息需要另行制作'], [0, 0, 0, 0, 0, 0, 0]],
  ['unable.3', ['', '', '3.补正后申请内容仍不明确'], [0, 0, 0, 0, 0, 0, 0]],
  ['ignored.1', ['', '（五）不予处理', '1.信访举报投诉类申请'], [1, 0, 0, 0, 0, 0, 1]],
  ['ignored.2', ['', '', '2.重复申请'], [16, 0, 0, 0, 0, 0, 16]],
  ['ignored.3', ['', '', '3.要求提供公开出版物'], [0, 0, 0, 0, 0, 0, 0]],
  ['ignored.4', ['', '', '4.无正当理由大量反复申请'], [0, 0, 0, 0, 0, 0, 0]],
  ['ignored.5', ['', '', '5.要求行政机关确认或重新出具已获取信息'], [0, 0, 0, 0, 0, 0, 0]],
  ['other.1', ['', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], [2, 0, 0, 0, 0, 0, 2]],
  ['other.2', ['', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], [1, 0, 0, 0, 0, 0, 1]],
  ['other.3', ['', '', '3.其他'], [0, 0, 0, 0, 0, 0, 0]],
  ['total', ['', '（七）总计'], [68, 0, 0, 0, 0, 0, 68]],
  ['forward', ['四、结转下年度继续办理'], [0, 0, 0, 0, 0, 0, 0]],
];

export const T3_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];

/** The draft's earlier figure for 自然人 × 予以公开, deleted with tracked changes on. */
export const DELETED_GRANTED = 42;

/**
 * The table as the report prints it, on the template's 10-column grid: 三、本年度办理结果 merged down
 * its 22 rows and each （三）…（六） group down its sub-rows (vMerge), 申请人情况 over 7 columns and
 * 法人或其他组织 over 5 (gridSpan). 自然人 × 予以公开 holds a tracked change (42 deleted, 24 inserted);
 * （七）总计's 总计 is a Word formula field whose shown result is 68.
 */
export function youyangTable3(style: Style): string {
  const header: CellSpec[][] = [
    [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', span: 3, vMerge: 'restart' }, { text: '申请人情况', span: 7 }],
    [{ span: 3, vMerge: 'continue' }, { text: '自然人', vMerge: 'restart' }, { text: '法人或其他组织', span: 5 }, { text: '总计', vMerge: 'restart' }],
    [{ span: 3, vMerge: 'continue' }, { vMerge: 'continue' }, { text: '商业\n企业' }, { text: '科研\n机构' }, { text: '社会公益组织' }, { text: '法律服务机构' }, { text: '其他' }, { vMerge: 'continue' }],
  ];
  const body = YOUYANG_T3.map(([key, label, values]) => [...labelCells(label), ...values.map((v, i) => valueCell(key, i, v))]);
  return table([...header, ...body], style, 10);
}

function labelCells(label: string[]): CellSpec[] {
  if (label.length === 1) return [{ text: label[0], span: 3 }];
  // the first column is 三、本年度办理结果 from 予以公开 down to 总计
  const group: CellSpec = label[0] ? { text: label[0], vMerge: 'restart' } : { vMerge: 'continue' };
  if (label.length === 2) return [group, { text: label[1], span: 2 }];
  const sub: CellSpec = label[1] ? { text: label[1], vMerge: 'restart' } : { vMerge: 'continue' };
  return [group, sub, { text: label[2] }];
}

function valueCell(key: string, column: number, value: number): CellSpec {
  if (key === 'granted' && column === 0) {
    return {
      runs:
        `<w:del w:id="11" w:author="审核人" w:date="2022-01-10T09:00:00Z"><w:r><w:delText>${DELETED_GRANTED}</w:delText></w:r></w:del>` +
        `<w:ins w:id="12" w:author="审核人" w:date="2022-01-10T09:00:00Z">${run(String(value))}</w:ins>`,
    };
  }
  if (key === 'total' && column === 6) {
    return {
      runs:
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(J6:J27) </w:instrText></w:r>' +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(String(value))}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    };
  }
  return { text: String(value) };
}
