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

/**
 * Draws a cell as the text renderer does, then adds what the audit says of it. A cell is drawn at
 * every render of the grid (scrolling, each edit): its classes and attributes are written only when
 * they change (each write makes the browser restyle the cell), the classes it added last time kept
 * in `data-g`.
 */
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
    const key = model?.keyAt(row, col);
    let classes = model ? `g-${kind}` : '';
    let suggest: string | undefined;
    if (key) {
      const mark = state.marks.get(key);
      if (mark && mark.severity !== 'info') {
        classes += ` m-${mark.severity} r-${mark.role}`;
        if (mark.role === 'suspect' && mark.suggested !== undefined && mark.suggested !== null) suggest = `→${formatNumber(mark.suggested)}`;
      }
      if (state.hovered.has(key)) classes += ' is-hovered';
      if (state.related.has(key)) classes += ' is-related';
    }
    const before = td.dataset.g ?? '';
    if (before !== classes || (classes && !td.classList.contains(`g-${kind}`))) {
      if (before) td.classList.remove(...before.split(' '));
      if (classes) td.classList.add(...classes.split(' '));
      if (classes) td.dataset.g = classes;
      else delete td.dataset.g;
    }
    if (td.dataset.suggest !== suggest) {
      if (suggest === undefined) delete td.dataset.suggest;
      else td.dataset.suggest = suggest;
    }
    if (td.dataset.key !== key) {
      if (key === undefined) {
        delete td.dataset.key;
        td.removeAttribute('title');
      } else td.dataset.key = key;
    }
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
