import { cellLabel, formatFinding, formatSuspect, type AuditResult, type Finding, type TemplateDef } from '../../core';
import { DECISION_ZH, FIXED_ZH, SEVERITY_ZH, STATUS_ZH, editedCells, fixedFindings, type ExportContext } from './exportContext';

/** One line of the 审核意见 (sheet, CSV): a finding, or a finding fixed by the edits made in review. */
export interface ReviewRow {
  table: string;
  /** every cell of the relationship, by label */
  cells: string;
  severity: string;
  /** 不成立 / 待确认 / 无法计算, or 已在审核中修正 */
  status: string;
  message: string;
  /** the most likely wrong cell by label, and why */
  suspect: string;
  /** the cell(s) the values below are of: the first suspect or the finding's only cell; for a fixed finding the cells edited */
  cell: string;
  /** its text in the submission, now, and the value that makes the rules hold */
  original: string;
  current: string;
  suggested: number | null;
  decision: string;
  note: string;
  rule: string;
  fingerprint: string;
  fixed: boolean;
}

export const REVIEW_HEADER = [
  '表格',
  '涉及单元格',
  '级别',
  '状态',
  '说明',
  '疑似出错单元格',
  '取值单元格',
  '原值',
  '现值',
  '建议值',
  '审核决定',
  '备注',
  '规则',
  '指纹',
] as const;

/** The 审核意见 of one report: its findings in the engine's order, then those fixed in review. */
export function reviewRows(result: AuditResult, ctx: ExportContext): ReviewRow[] {
  const edited = editedCells(result, ctx);
  const text = (key: string) => result.raw.get(key) ?? '';
  const originalOf = (key: string) => edited.get(key)?.original ?? text(key);
  const row = (f: Finding, fixed: boolean): ReviewRow => {
    const t = result.template;
    const s = f.suspects[0];
    // A fixed finding is shown with the cells the review changed; an open one with its first suspect.
    const keys = fixed ? f.cells.filter((k) => edited.has(k)) : s ? [s.cell] : f.cells.length === 1 ? f.cells : [];
    const d = ctx.decisions?.[f.fingerprint];
    return {
      table: tableName(t, f.table),
      cells: f.cells.map((k) => label(t, k)).join('；'),
      severity: SEVERITY_ZH[f.severity],
      status: fixed ? FIXED_ZH : STATUS_ZH[f.status],
      message: formatFinding(f, 'zh', t),
      suspect: s && !fixed ? `${label(t, s.cell)}${s.possible ? '（可能）' : ''}：${formatSuspect(s, 'zh', t)}` : '',
      cell: keys.map((k) => label(t, k)).join('；'),
      original: keys.map(originalOf).join('；'),
      current: keys.map(text).join('；'),
      suggested: s && !fixed ? s.suggested : null,
      decision: d ? DECISION_ZH[d.state] : '',
      note: d?.note ?? '',
      rule: f.rule,
      fingerprint: f.fingerprint,
      fixed,
    };
  };
  return [...result.findings.map((f) => row(f, false)), ...fixedFindings(result, ctx).map((f) => row(f, true))];
}

/** The row as the cells of a sheet or CSV line, in REVIEW_HEADER's order. */
export function reviewRowValues(r: ReviewRow): Array<string | number | null> {
  return [r.table, r.cells, r.severity, r.status, r.message, r.suspect, r.cell, r.original, r.current, r.suggested, r.decision, r.note, r.rule, r.fingerprint];
}

export function label(template: TemplateDef | null, key: string): string {
  return template ? cellLabel(template, key, 'zh') : key;
}

export function tableName(template: TemplateDef | null, table: string | undefined): string {
  if (!table) return '';
  return template?.tables.find((t) => t.id === table)?.short ?? table;
}
