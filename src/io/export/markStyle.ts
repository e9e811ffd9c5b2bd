import type { CellMark } from '../../core';

/**
 * The page's marks (src/ui/app.css), for files: Okabe–Ito vermillion for errors, yellow for
 * warnings, sky blue for cells edited in review. Never colour alone: the exports also write the
 * finding and the suggestion beside the cell.
 */
export interface MarkStyle {
  fill: string;
  font: string;
  bold: boolean;
}

export const EDITED_STYLE: MarkStyle = { fill: 'D7ECF9', font: '1B2733', bold: false };

export function markStyle(mark: CellMark): MarkStyle {
  if (mark.severity === 'error') {
    if (mark.role === 'suspect' || mark.role === 'invalid') return { fill: 'D55E00', font: 'FFFFFF', bold: true };
    if (mark.role === 'total') return { fill: 'F6C3A8', font: '1B2733', bold: true };
    return { fill: 'FBE3D6', font: '1B2733', bold: false };
  }
  if (mark.role === 'suspect') return { fill: 'F3D27A', font: '4A3600', bold: true };
  if (mark.role === 'blank') return { fill: 'F6E2A6', font: '4A3600', bold: false };
  return { fill: 'FFF4CC', font: '1B2733', bold: false };
}

/** What the cell's role means, in words (for comments and the printed legend). */
export const ROLE_ZH: Record<CellMark['role'], string> = {
  suspect: '最可能出错',
  invalid: '无法读作数字',
  total: '合计一侧',
  parts: '明细一侧',
  blank: '空白',
};
