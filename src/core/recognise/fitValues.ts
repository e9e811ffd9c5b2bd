import { normalizeCellText, parseCellValue } from '../values';
import type { ColumnSet } from '../template/types';
import { templateLeaves, type Leaf } from './headerLeaves';
import type { InCell } from './inputRows';

/** Drops empty cells past the count: trailing ones, then the blanks a merged label leaves behind it. */
export function trimPadding(values: InCell[], count: number): InCell[] {
  let vals = values;
  while (vals.length > count && vals.at(-1)!.text.trim() === '') vals = vals.slice(0, -1);
  while (vals.length > count && vals[0].text.trim() === '') vals = vals.slice(1);
  return vals;
}

/**
 * Digits run together across a dash (`2648-18538` in text whose cells have no separators): the dash
 * may be a minus sign or a blank cell, and the digits may split anywhere. Such a run is a value
 * nobody can read without guessing.
 */
export function isDashedDigitRun(text: string): boolean {
  if (!/[-—–－]/.test(text)) return false;
  return /^\d[\d\s]*[-—–]+[\d\-—–\s]*\d$/.test(text.normalize('NFKC').trim());
}

/**
 * Digits run together (`规章000`, `0 0 0 0 0 00`, a table-4 row of 15 digits): read only when the
 * split is the only one without the rules — as many digits as values, each digit one value. A row of
 * one value never needs this (its one run is its value). Anything else: null, the row is unreadable.
 */
export function splitGluedDigits(values: InCell[], count: number): InCell[] | null {
  if (!values.length || values.length >= count) return null;
  const runs = values.map((v) => normalizeCellText(v.text));
  if (!runs.every((t) => /^\d+$/.test(t))) return null;
  if (runs.reduce((n, t) => n + t.length, 0) !== count) return null;
  return values.flatMap((v, i) => [...runs[i]].map((d) => ({ ...v, text: d, value: parseCellValue(d) })));
}

/**
 * A header's value columns name every column of the set once. A header rebuilt
 * from text without columns (`inOrder`) is trusted only in the format's own order: PDF text and
 * Word's plain text of merged headers scramble it.
 */
export function headerIsComplete(leaves: Leaf[], set: ColumnSet, inOrder = false): boolean {
  const ids = templateLeaves(set.roots).map((n) => n.id);
  if (inOrder) {
    // Every column of the format in its order; a column it lacks (备注) may stand among them.
    const known = leaves.filter((l) => l.colId);
    return !leaves.some((l) => l.byPosition) && known.length === ids.length && known.every((l, i) => l.colId === ids[i]);
  }
  // An exact grid's header may name a column the format lacks (备注): reported, not a reason to distrust
  // it. Two columns over one place (header rows shorter than the data, as merged headers come out of
  // Word's text) are.
  if (!ids.every((id) => leaves.filter((l) => l.colId === id && !l.byPosition).length === 1)) return false;
  const cols = leaves.filter((l) => l.colId).map((l) => l.col);
  return new Set(cols).size === cols.length;
}
