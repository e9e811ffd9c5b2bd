import Handsontable from 'handsontable/base';
import { CopyPaste, MergeCells, UndoRedo, registerPlugin } from 'handsontable/plugins';
import 'handsontable/styles/handsontable.min.css';
import 'handsontable/styles/ht-theme-main-no-icons.min.css';

registerPlugin(MergeCells);
registerPlugin(UndoRedo);
registerPlugin(CopyPaste);

/** Set at build time (VITE_HANDSONTABLE_LICENSE_KEY); the default allows non-commercial use and evaluation only. */
export const LICENSE_KEY = import.meta.env.VITE_HANDSONTABLE_LICENSE_KEY || 'non-commercial-and-evaluation';

declare global {
  interface Window {
    /** how many grids the page has built: the e2e tests check it stays 1 */
    __goujiGridConstructions?: number;
  }
}

/** The one way the page (and the bench's bare page) builds a Handsontable grid. */
export function createGrid(el: HTMLElement, settings: Handsontable.GridSettings): Handsontable {
  window.__goujiGridConstructions = (window.__goujiGridConstructions ?? 0) + 1;
  performance.mark('gouji:grid-start');
  const hot = new Handsontable(el, {
    licenseKey: LICENSE_KEY,
    themeName: 'ht-theme-main',
    data: [['']],
    width: '100%',
    height: '100%',
    rowHeaders: false,
    colHeaders: false,
    wordWrap: true,
    mergeCells: [],
    undo: true,
    copyPaste: true,
    imeFastEdit: true,
    outsideClickDeselects: false,
    autoWrapRow: true,
    autoWrapCol: true,
    enterMoves: { row: 1, col: 0 },
    ...settings,
  });
  performance.mark('gouji:grid-end');
  return hot;
}

export type { Handsontable };
