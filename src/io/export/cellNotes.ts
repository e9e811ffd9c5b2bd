import { cellMarks, formatFinding, formatNumber, formatSuspect, type AuditResult, type CellMark } from '../../core';
import { DECISION_ZH, editedCells, type ExportContext } from './exportContext';
import { ROLE_ZH } from './markStyle';

export interface CellNote {
  mark?: CellMark;
  edited?: { original: string; current: string };
  /** the sentences of the note, one per line */
  lines: string[];
}

/**
 * What each marked or edited cell says in an export: every finding that names it, the suggested value
 * where it is the most likely wrong cell, the reviewer's decision, and the original text if edited.
 */
export function cellNotes(result: AuditResult, ctx: ExportContext): Map<string, CellNote> {
  const t = result.template;
  const out = new Map<string, CellNote>();
  for (const [key, mark] of cellMarks(result.findings)) {
    const lines = [`【${mark.severity === 'error' ? '错误' : '警告'}·${ROLE_ZH[mark.role]}】`];
    for (const f of mark.findings) {
      lines.push(formatFinding(f, 'zh', t));
      const s = f.suspects.find((x) => x.cell === key);
      if (s) lines.push(`建议：${s.suggested !== null ? `改为 ${formatNumber(s.suggested)}。` : ''}${formatSuspect(s, 'zh', t)}`);
      const d = ctx.decisions?.[f.fingerprint];
      if (d) lines.push(`审核决定：${DECISION_ZH[d.state]}${d.note ? `（${d.note}）` : ''}`);
    }
    out.set(key, { mark, lines });
  }
  for (const [key, edited] of editedCells(result, ctx)) {
    const note = out.get(key) ?? { lines: [] };
    note.edited = edited;
    note.lines.push(`原值：${edited.original === '' ? '（空）' : edited.original}；现值：${edited.current === '' ? '（空）' : edited.current}`);
    out.set(key, note);
  }
  return out;
}
