import { audit, type AuditResult, type Finding, type Verdict } from '../../core';

/** A reviewer's decision on one finding, kept by its fingerprint. */
export interface Decision {
  state: 'confirmed' | 'dismissed';
  note?: string;
}

/** What an export needs besides the audit itself. */
export interface ExportContext {
  /** the file's own name (or `粘贴的表格`): shown, and used for the export's name when the unit is unknown */
  fileName: string;
  /** decisions by finding fingerprint */
  decisions?: Readonly<Record<string, Decision>>;
  /**
   * The text each edited cell had in the submission (key → text as read). Default: every cell whose
   * current text (`result.raw`) differs from the reading's (`result.reading.raw`).
   */
  originals?: Readonly<Record<string, string>>;
  /** the findings of the submission as read, before edits; default: the reading audited again without edits */
  before?: readonly Finding[];
  /** the review date; default today */
  date?: Date;
  /** the verdict to print when the caller already has it; default `reviewedVerdict` */
  verdict?: Verdict;
}

export const DECISION_ZH = { confirmed: '已确认', dismissed: '已排除' } as const;
export const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;
export const STATUS_ZH = { fail: '不成立', uncertain: '待确认', error: '无法计算' } as const;
export const FIXED_ZH = '已在审核中修正';

/** `2025-03-07`, in local time. */
export function dateText(date: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Cells edited since reading: key → { original, current } texts (original `''` for a cell the input lacked). */
export function editedCells(result: AuditResult, ctx: ExportContext): Map<string, { original: string; current: string }> {
  const out = new Map<string, { original: string; current: string }>();
  if (ctx.originals) {
    for (const [key, original] of Object.entries(ctx.originals)) {
      const current = result.raw.get(key) ?? '';
      if (current !== original) out.set(key, { original, current });
    }
    return out;
  }
  for (const [key, current] of result.raw) {
    const original = result.reading.raw[key] ?? '';
    if (original !== current) out.set(key, { original, current });
  }
  return out;
}

/**
 * Errors and warnings the submission had that the edits made in review fixed (listed as
 * 已在审核中修正 with the original values). Compared by fingerprint.
 */
export function fixedFindings(result: AuditResult, ctx: ExportContext): Finding[] {
  let before = ctx.before;
  if (!before) {
    if (!result.template || editedCells(result, ctx).size === 0) return [];
    // The reading's own format, audited again without the edits: the submission as it came.
    before = audit(result.reading, { templates: [result.template] }).findings;
  }
  const now = new Set(result.findings.map((f) => f.fingerprint));
  return before.filter((f) => f.severity !== 'info' && !now.has(f.fingerprint));
}
