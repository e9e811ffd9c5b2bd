import { CATALOGUE, type Lang, type Verdict } from '../../core';

/** The words of the batch view, decisions and exports (issue 9), Chinese first. */
export const BATCH_WORDS = {
  batch: { zh: '批量审核', en: 'Batch' },
  batchTitle: { zh: '切换到批量审核（多份报告）', en: 'Switch to reviewing many reports' },
  single: { zh: '单份报告', en: 'Single report' },
  backToList: { zh: '← 返回批量列表', en: '← Back to the list' },
  addFiles: { zh: '添加文件…', en: 'Add files…' },
  addFolder: { zh: '添加文件夹…', en: 'Add a folder…' },
  addHint: {
    zh: '一次选择或拖入多个文件、一个文件夹或 .zip 压缩包（PDF、Word、Excel、网页、文本）。所有文件只在本机读取和审核。',
    en: 'Choose or drop many files, a folder or a .zip (PDF, Word, spreadsheets, web pages, text). Everything is read and audited on this computer.',
  },
  emptyBatch: { zh: '批量列表为空', en: 'The batch is empty' },
  progress: { zh: '正在审核 {done} / {total}', en: 'Auditing {done} of {total}' },
  progressDone: { zh: '已审核 {n} 份', en: '{n} audited' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消：{done} / {total} 份已审核', en: 'Cancelled: {done} of {total} audited' },
  clear: { zh: '清空列表', en: 'Clear the list' },
  exportFailed: { zh: '导出失败：文件生成组件未能运行，请重试。', en: 'Export failed: the part that writes the file did not run; please try again.' },
  clearConfirm: { zh: '清空批量列表？所有报告、修改和审核意见将从本机删除。', en: 'Clear the batch? Every report, edit and decision is deleted from this computer.' },
  remove: { zh: '移除', en: 'Remove' },
  removeTitle: { zh: '从列表中移除 {name}', en: 'Remove {name} from the list' },
  open: { zh: '打开', en: 'Open' },
  filterAll: { zh: '全部', en: 'All' },
  filterText: { zh: '按文件名或单位筛选', en: 'Filter by file or unit' },
  colFile: { zh: '文件', en: 'File' },
  colUnit: { zh: '单位 · 年度', en: 'Unit · year' },
  colFormat: { zh: '格式', en: 'Format' },
  colCells: { zh: '识别单元格', en: 'Cells read' },
  colProblems: { zh: '错误 / 警告', en: 'Errors / warnings' },
  colFirst: { zh: '首个问题', en: 'First finding' },
  colVerdict: { zh: '结论', en: 'Verdict' },
  colReview: { zh: '审核意见', en: 'Review' },
  unknownUnit: { zh: '（未识别单位）', en: '(unit not read)' },
  history: { zh: '已替换 {n} 份旧版', en: 'replaces {n} earlier' },
  historyTitle: { zh: '同一单位同一年度的重新报送替换了旧版：{names}', en: 'A resubmission of the same unit and year replaced: {names}' },
  paired: { zh: '已与上年报告比对', en: 'compared with last year' },
  decided: { zh: '已确认 {c} · 已排除 {d}', en: '{c} confirmed · {d} dismissed' },
  shown: { zh: '显示 {n} / {total} 份', en: '{n} of {total} shown' },
  exportSummaryXlsx: { zh: '汇总表 .xlsx', en: 'Summary .xlsx' },
  exportSummaryCsv: { zh: '汇总表 CSV', en: 'Summary CSV' },
  printAll: { zh: '打印全部审核意见书', en: 'Print every review letter' },
  saveAllHtml: { zh: '全部审核意见书 .html', en: 'Every review letter .html' },
  exporting: { zh: '正在生成…', en: 'Preparing…' },
  // decisions on a finding
  confirm: { zh: '确认', en: 'Confirm' },
  dismiss: { zh: '排除', en: 'Dismiss' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  dismissed: { zh: '已排除', en: 'Dismissed' },
  undoDecision: { zh: '撤销决定', en: 'Undo decision' },
  note: { zh: '备注', en: 'Note' },
  notePlaceholder: { zh: '说明理由（导出时附上）', en: 'Why (goes into the exports)' },
  // exports of one report
  exportXlsx: { zh: '带批注的 .xlsx', en: 'Annotated .xlsx' },
  exportPrint: { zh: '打印审核意见书', en: 'Print review letter' },
  reviewedVerdict: { zh: '审核后结论', en: 'Verdict after review' },
} as const satisfies Record<string, Record<Lang, string>>;

export type BatchWord = keyof typeof BATCH_WORDS;

export function bw(key: BatchWord, lang: Lang, params: Record<string, string | number> = {}): string {
  return BATCH_WORDS[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The verdict in the reader's language, from the engine's catalogue (keys.md names). */
export function verdictWord(v: Verdict, lang: Lang): string {
  return CATALOGUE[`verdict.${v}`][lang];
}
