import type Handsontable from 'handsontable/base';
import { storage } from '../state/openingCopy';
import type { GridModel } from './gridModel';

/**
 * The row heights Handsontable measured for a report table, kept in localStorage so that opening the
 * page again draws the same table with them instead of measuring every row first (AutoRowSize lays
 * out a hidden copy of the table and reads it: about a fifth of the first drawing of table 3).
 *
 * A set of heights belongs to exactly what was measured: the table's text, merges and column widths,
 * the build (its stylesheet) and the screen's pixel ratio (a zoom). Given them, AutoRowSize takes
 * them instead of measuring (`giveHeights`), so the grid is drawn as measuring would draw it; what
 * was drawn is kept too (`drawn`, each row's height on screen) and checked once the page shows the
 * grid: any difference (another font on this machine) and the rows are measured as before.
 */
export interface KnownHeights {
  /** AutoRowSize's measured heights, by physical row (null: not measured) */
  heights: Array<number | null>;
  /** the rows of the main pane as they were drawn with them (px) */
  drawn: number[];
}

declare global {
  interface Window {
    /** how the grid's rows got their heights when it was built (the e2e tests read it) */
    __goujiRowHeights?: 'none' | 'measured' | 'given' | 'given, checked' | 'given, measured again';
  }
}

const KEY = 'gouji:row-heights';
/** tables remembered (the tabs of a report or two, in both languages) */
const KEEP = 8;

/**
 * Which table a set of heights is for (`slot`: a document's table in one language; one set each) and
 * exactly what they were measured on (`hash`: the table's text, its merges and column widths, the
 * build and the pixel ratio).
 */
export interface HeightsKey {
  slot: string;
  hash: string;
}

export function heightsKey(model: GridModel, pixelRatio: number, build: string): HeightsKey {
  // FNV-1a over every cell's text and the layout's numbers (a report's table: a few KB)
  let h = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  add(build);
  add(String(pixelRatio));
  add(model.colWidths.join(','));
  for (const m of model.merges) add(`${m.row},${m.col},${m.rowspan},${m.colspan}`);
  for (const row of model.data) for (const cell of row) add(cell ?? '');
  return { slot: `${model.origin ?? ''}|${model.id}|${model.title}`, hash: `${model.data.length}:${(h >>> 0).toString(36)}` };
}

type Remembered = Array<HeightsKey & KnownHeights>;

function remembered(): Remembered {
  try {
    const list = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((e): e is Remembered[number] => !!e && typeof e === 'object') : [];
  } catch {
    return [];
  }
}

/** The heights remembered for exactly this table, if any. */
export function knownHeights(key: HeightsKey): KnownHeights | null {
  const hit = remembered().find((e) => e.slot === key.slot && e.hash === key.hash);
  return hit && Array.isArray(hit.heights) && Array.isArray(hit.drawn) ? { heights: hit.heights, drawn: hit.drawn } : null;
}

/** Remembers a table's heights in its slot (the table edited: its new text replaces the old). */
export function rememberHeights(key: HeightsKey, known: KnownHeights): void {
  const list = remembered().filter((e) => e.slot !== key.slot);
  list.unshift({ ...key, ...known });
  try {
    storage()?.setItem(KEY, JSON.stringify(list.slice(0, KEEP)));
  } catch {
    /* full or refused: the next opening measures, as before */
  }
}

/** AutoRowSize's part: its measured heights and the method that measures a range of rows. */
interface RowSizer {
  rowHeightsMap: { getValues(): Array<number | null>; setValueAtIndex(index: number, value: number | null): void };
  measuredRows: number;
  calculateRowsHeight(rows?: number | { from: number; to: number }, cols?: unknown, overwrite?: boolean): void;
  recalculateAllRowsHeight(): void;
}

function rowSizer(hot: Handsontable): RowSizer {
  return hot.getPlugin('autoRowSize') as unknown as RowSizer;
}

/** The heights AutoRowSize measured, by physical row. */
function measuredHeights(hot: Handsontable): Array<number | null> {
  return [...rowSizer(hot).rowHeightsMap.getValues()];
}

/**
 * Until the returned function is called, AutoRowSize takes its heights from `heights` instead of
 * laying out and measuring the rows (its own code does the rest: merged rows, the first row's border).
 * Heights that are not one number per row of the table are not used: the rows are measured.
 */
function giveHeights(hot: Handsontable, heights: ReadonlyArray<number | null>): () => void {
  const sizer = rowSizer(hot);
  const measure = sizer.calculateRowsHeight;
  sizer.calculateRowsHeight = function (rows, cols, overwrite) {
    // every row at once, whatever range is asked for (the first asks for the rows drawn so far: none)
    const count = hot.countRows();
    if (heights.length !== count || heights.some((h) => typeof h !== 'number')) return measure.call(this, rows, cols, overwrite);
    for (let p = 0; p < count; p++) sizer.rowHeightsMap.setValueAtIndex(p, heights[p]);
    sizer.measuredRows = Math.max(sizer.measuredRows, count);
  };
  return () => {
    // (the instance's own method again: the prototype's)
    delete (sizer as Partial<RowSizer>).calculateRowsHeight;
  };
}

/** Measures every row again and draws the grid (heights given that did not hold). */
function measureAgain(hot: Handsontable): void {
  rowSizer(hot).recalculateAllRowsHeight();
  hot.render();
}

/** The rows of the grid's main pane as drawn (it holds every column, the fixed ones included). */
function drawnHeights(hot: Handsontable): number[] {
  const body = hot.rootElement.querySelector<HTMLTableSectionElement>('.ht_master .htCore tbody');
  return body ? Array.from(body.rows, (tr) => tr.offsetHeight) : [];
}

function sameHeights(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The grid's side of it. At the build, the heights remembered for the table go to AutoRowSize, and
 * once the page shows the grid what it drew is checked; the heights measured are remembered whenever
 * the grid has another table or the table another text.
 */
export class RowHeightMemory {
  /** set while AutoRowSize takes the heights given (until they are checked, or another table comes) */
  private stopGiving: (() => void) | undefined;
  private rememberQueued = false;

  constructor(
    private readonly hotOf: () => Handsontable | undefined,
    private readonly modelOf: () => GridModel | null,
  ) {}

  get givingHeights(): boolean {
    return !!this.stopGiving;
  }

  /** The table on screen if it is a report's: a plain table's rows are one line, never measured. */
  private reportTable(): GridModel | null {
    const model = this.modelOf();
    return model && !model.dataSize ? model : null;
  }

  private key(): HeightsKey | null {
    const model = this.reportTable();
    return model && heightsKey(model, devicePixelRatio, __GOUJI_BUILD__);
  }

  /** At the grid's build, before its table is loaded (createGrid's `beforeData`). */
  build(grid: Handsontable): void {
    const key = this.key();
    const known = key ? knownHeights(key) : null;
    window.__goujiRowHeights = known ? 'given' : key ? 'measured' : 'none';
    if (!known) return this.loaded();
    this.stopGiving = giveHeights(grid, known.heights);
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!this.stopGiving) return; // another table came meanwhile (measured as it loaded)
        this.stop();
        const hot = this.hotOf();
        if (hot && !sameHeights(drawnHeights(hot), known.drawn)) {
          measureAgain(hot);
          window.__goujiRowHeights = 'given, measured again';
          this.loaded();
        } else window.__goujiRowHeights = 'given, checked';
      }, 0),
    );
  }

  /** Another table is about to be loaded: measured as it loads, not given the heights of the one opened. */
  stop(): void {
    this.stopGiving?.();
    this.stopGiving = undefined;
  }

  /**
   * The grid has another table, or its table another text (an edit): its heights are remembered,
   * after this task (reading what was drawn lays the page out).
   */
  loaded(): void {
    if (this.rememberQueued || !this.reportTable()) return;
    this.rememberQueued = true;
    setTimeout(() => {
      this.rememberQueued = false;
      const key = this.key();
      const hot = this.hotOf();
      if (hot && key) rememberHeights(key, { heights: measuredHeights(hot), drawn: drawnHeights(hot) });
    }, 0);
  }
}
