import type Handsontable from 'handsontable/base';
import { textRenderer } from 'handsontable/renderers';
import { formatNumber, parseCellValue, type CellMark } from '../../core';
import type { GridModel } from './gridModel';

/** What the renderer needs besides the data; the grid view updates it and calls render(). */
export interface RenderState {
  model: GridModel | null;
  marks: Map<string, CellMark>;
  /** cells of the finding under the pointer in the findings list */
  hovered: Set<string>;
  /** cells related to the selected cell (its relationships) */
  related: Set<string>;
}

const OUR_CLASSES = [
  'g-header',
  'g-label',
  'g-value',
  'g-section',
  'g-plain',
  'm-error',
  'm-warning',
  'r-suspect',
  'r-total',
  'r-parts',
  'r-blank',
  'r-invalid',
  'is-hovered',
  'is-related',
];

/** Draws a cell as the text renderer does, then adds what the audit says of it. */
export function makeRenderer(state: RenderState) {
  return function renderCell(
    instance: Handsontable,
    td: HTMLTableCellElement,
    row: number,
    col: number,
    prop: string | number,
    value: unknown,
    cellProperties: Handsontable.CellProperties,
  ): void {
    const model = state.model;
    const kind = model?.kindAt(row, col) ?? 'plain';
    const shown = kind === 'value' || kind === 'plain' ? normalised(value) : value;
    textRenderer(instance, td, row, col, prop, shown, cellProperties);
    td.classList.remove(...OUR_CLASSES);
    delete td.dataset.suggest;
    if (!model) return;
    td.classList.add(`g-${kind}`);
    const key = model.keyAt(row, col);
    if (!key) {
      delete td.dataset.key;
      td.removeAttribute('title');
      return;
    }
    td.dataset.key = key;
    const mark = state.marks.get(key);
    if (mark && mark.severity !== 'info') {
      td.classList.add(`m-${mark.severity}`, `r-${mark.role}`);
      if (mark.role === 'suspect' && mark.suggested !== undefined && mark.suggested !== null) {
        td.dataset.suggest = `→${formatNumber(mark.suggested)}`;
      }
    }
    if (state.hovered.has(key)) td.classList.add('is-hovered');
    if (state.related.has(key)) td.classList.add('is-related');
  };
}

/**
 * A number as the audit reads it: `１２１６` and `1,216` are shown `1216` (the cell keeps what was
 * typed; its editor shows that). Words and blanks are shown as they are.
 */
export function normalised(value: unknown): unknown {
  if (typeof value !== 'string' || !value || /^-?\d+(\.\d+)?$/.test(value)) return value;
  const v = parseCellValue(value);
  if (v.kind !== 'number') return value;
  return v.value.toFixed(v.decimals);
}
