import type { TableId } from '../template/types';
import type { InCell, InRow } from './inputRows';
import type { LabelMatch, Vocabulary } from './vocabulary';

/**
 * header: column labels and no numbers · section: a `第二十条第（一）项` line · title: a table heading
 * inside the grid · data: anything with a row label or values · empty: nothing in it.
 */
export type RowKind = 'header' | 'section' | 'title' | 'data' | 'empty';

export interface ClassifiedRow {
  row: InRow;
  kind: RowKind;
  /** which template table the row's labels point at, with weights */
  votes: Map<TableId, number>;
  /** matches of each text cell, by position in row.cells */
  matches: Map<InCell, LabelMatch[]>;
}

export function classifyRow(row: InRow, vocab: Vocabulary): ClassifiedRow {
  const matches = new Map<InCell, LabelMatch[]>();
  const votes = new Map<TableId, number>();
  let numbers = 0;
  let texts = 0;
  let colOnly = 0;
  let rowish = 0;
  let sections = 0;
  let titles = 0;
  let headerish = 0;
  for (const cell of row.cells) {
    if (cell.carried) continue;
    if (cell.value.kind === 'number') numbers++;
    if (cell.value.kind !== 'text') continue;
    texts++;
    let found = vocab.match(cell.label);
    // Column headers never carry numbering: `（七）总计` is a row, `总计` may be either.
    if (cell.label.numbering) found = withoutColumns(found);
    matches.set(cell, found);
    if (!found.length) continue;
    const k = kindsOf(found);
    if (k.isCol && !k.isRow) colOnly++;
    if (k.isRow && !k.isCol) rowish++;
    if (k.section) sections++;
    if (k.title) titles++;
    if (k.labelHeader) headerish++;
    for (const t of k.tables) votes.set(t, (votes.get(t) ?? 0) + found[0].score / k.tables.length);
  }
  let kind: RowKind = 'data';
  if (!texts && !numbers) kind = row.cells.some((c) => !c.carried && c.value.kind === 'blank' && c.text.trim()) ? 'data' : 'empty';
  else if (!numbers && rowish === 0 && (colOnly > 0 || (headerish > 0 && sections === 0))) kind = 'header';
  else if (!numbers && sections > 0 && sections === texts) kind = 'section';
  else if (!numbers && titles > 0 && titles === texts) kind = 'title';
  return { row, kind, votes, matches };
}

/*
 * The vocabulary gives the same list for the same label every time (it caches them): what a list
 * says is worked out once per list, and a label's list without its columns is made once.
 */
interface Kinds {
  isCol: boolean;
  isRow: boolean;
  section: boolean;
  title: boolean;
  labelHeader: boolean;
  /** the tables the matches name, in order of first mention */
  tables: TableId[];
}
const kindsCache = new WeakMap<LabelMatch[], Kinds>();
function kindsOf(found: LabelMatch[]): Kinds {
  let k = kindsCache.get(found);
  if (!k) {
    const kinds = new Set(found.map((m) => m.target.kind));
    k = {
      isCol: kinds.has('column'),
      isRow: kinds.has('row') || kinds.has('group'),
      section: kinds.has('section'),
      title: kinds.has('title'),
      labelHeader: kinds.has('labelHeader'),
      tables: [...new Set(found.map((m) => m.target.table))],
    };
    kindsCache.set(found, k);
  }
  return k;
}
const noColumns = new WeakMap<LabelMatch[], LabelMatch[]>();
function withoutColumns(found: LabelMatch[]): LabelMatch[] {
  let f = noColumns.get(found);
  if (!f) {
    f = found.filter((m) => m.target.kind !== 'column');
    noColumns.set(found, f);
  }
  return f;
}

/** The table a row's labels point at, when one clearly wins. */
export function winningTable(votes: Map<TableId, number>): TableId | undefined {
  let best: TableId | undefined;
  let bestScore = 0;
  let tie = false;
  for (const [t, v] of votes) {
    if (v > bestScore + 1e-9) {
      best = t;
      bestScore = v;
      tie = false;
    } else if (Math.abs(v - bestScore) <= 1e-9) tie = true;
  }
  return tie ? undefined : best;
}
