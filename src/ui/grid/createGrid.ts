import Handsontable from 'handsontable/base';
import { AutoRowSize, CopyPaste, MergeCells, UndoRedo, registerPlugin } from 'handsontable/plugins';
// The core stylesheet is not imported: Handsontable injects it itself (<style id=…> from its own
// bundle) when the first grid is built. Importing it too put its 162 KB in the page twice.
import 'handsontable/styles/ht-theme-main-no-icons.min.css';

registerPlugin(MergeCells);
registerPlugin(UndoRedo);
registerPlugin(CopyPaste);
// Row heights measured once for all panes: with fixed label columns, a wrapped label or header in one
// pane and not the other would otherwise leave the rows of the panes out of line.
registerPlugin(AutoRowSize);

/** Set at build time (VITE_HANDSONTABLE_LICENSE_KEY); the default allows non-commercial use and evaluation only. */
export const LICENSE_KEY = import.meta.env.VITE_HANDSONTABLE_LICENSE_KEY || 'non-commercial-and-evaluation';

declare global {
  interface Window {
    /** how many grids the page has built: the e2e tests check it stays 1 */
    __goujiGridConstructions?: number;
    /** the grid built last (the bench loads the same data into the bare page's grid through it) */
    __goujiLastGrid?: Handsontable;
  }
}

/**
 * The one way the page (and the bench's bare page) builds a Handsontable grid. `beforeData` runs on
 * the grid before its table is loaded (the page gives AutoRowSize the heights it measured last time).
 */
export function createGrid(el: HTMLElement, settings: Handsontable.GridSettings, beforeData?: (hot: Handsontable) => void): Handsontable {
  window.__goujiGridConstructions = (window.__goujiGridConstructions ?? 0) + 1;
  performance.mark('gouji:grid-start');
  // Built empty, then given its table in one batch: built with it, Handsontable draws it three times
  // (its first render; MergeCells blanking the merged-over cells with setDataAtCell, which renders;
  // and MergeCells' own render after it). One batch draws it once.
  const { data, mergeCells, fixedRowsTop, fixedColumnsStart, ...rest } = settings;
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
    // Handsontable's treegrid roles do not hold with fixed panes (rows of the cloned panes without
    // cells, focus catchers inside the grid): the grid is read as the plain tables it draws.
    ariaTags: false,
    ...rest,
  });
  beforeData?.(hot);
  hot.batch(() => hot.updateSettings({ data: data ?? [['']], mergeCells: mergeCells ?? [], fixedRowsTop: fixedRowsTop ?? 0, fixedColumnsStart: fixedColumnsStart ?? 0 }));
  performance.mark('gouji:grid-end');
  window.__goujiLastGrid = hot;
  return hot;
}

export type { Handsontable };
