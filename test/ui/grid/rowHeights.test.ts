import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText } from '../../../src/io';
import { reportModel, type GridModel } from '../../../src/ui/grid/gridModel';
import { heightsKey, knownHeights, rememberHeights } from '../../../src/ui/grid/rowHeights';
import { auditTables } from '../../support/pipeline';
import { sampleText } from '../../support/youyang';

/** Table 3 of the sample as the page draws it, in a language. */
function table3(lang: 'zh' | 'en' = 'zh', text = sampleText()): GridModel {
  const result = auditTables(importText(text).tables);
  return { ...reportModel(result.template!, 't3', result.raw, lang), origin: '1:t3' };
}

/** A localStorage of this test's own (Node has none); `full` makes every write fail as a full one does. */
function fakeStorage(full = false): Map<string, string> {
  const items = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => items.delete(k),
  };
  return items;
}

const known = { heights: [49, 29, 69], drawn: [30, 29, 69] };

describe('what remembered row heights belong to', () => {
  it('the same table drawn the same way has the same key; its text, widths, build or pixel ratio change it', () => {
    const model = table3();
    const key = heightsKey(model, 1, 'b1');
    expect(heightsKey(table3(), 1, 'b1')).toEqual(key);
    const edited = { ...model, data: model.data.map((row) => [...row]) };
    edited.data[5][3] = '25';
    expect(heightsKey(edited, 1, 'b1').hash).not.toBe(key.hash);
    expect(heightsKey(edited, 1, 'b1').slot).toBe(key.slot);
    expect(heightsKey({ ...model, colWidths: model.colWidths.map((w) => w + 1) }, 1, 'b1').hash).not.toBe(key.hash);
    expect(heightsKey(model, 1, 'b2').hash).not.toBe(key.hash);
    expect(heightsKey(model, 1.25, 'b1').hash).not.toBe(key.hash);
    // the other language is another slot (its labels wrap otherwise)
    expect(heightsKey(table3('en'), 1, 'b1').slot).not.toBe(key.slot);
  });
});

describe('remembered row heights', () => {
  beforeEach(() => void fakeStorage());
  afterEach(() => void delete (globalThis as { localStorage?: unknown }).localStorage);

  it('gives back what was remembered for exactly that table, nothing for its text edited', () => {
    const model = table3();
    const key = heightsKey(model, 1, 'b1');
    expect(knownHeights(key)).toBeNull();
    rememberHeights(key, known);
    expect(knownHeights(key)).toEqual(known);
    const edited = { ...model, data: model.data.map((row, r) => (r === 5 ? ['x', ...row.slice(1)] : row)) };
    expect(knownHeights(heightsKey(edited, 1, 'b1'))).toBeNull();
  });

  it('keeps one set for each table (an edited table replaces its old text) and eight tables at most', () => {
    const items = fakeStorage();
    const key = heightsKey(table3(), 1, 'b1');
    rememberHeights(key, known);
    rememberHeights({ ...key, hash: 'other' }, known);
    expect(JSON.parse(items.get('gouji:row-heights')!)).toHaveLength(1);
    expect(knownHeights(key)).toBeNull();
    for (let i = 0; i < 12; i++) rememberHeights({ slot: `s${i}`, hash: 'h' }, known);
    const list = JSON.parse(items.get('gouji:row-heights')!) as Array<{ slot: string }>;
    expect(list).toHaveLength(8);
    // the latest first
    expect(list[0].slot).toBe('s11');
  });

  it('a broken or foreign entry, storage full or refused: nothing given, nothing thrown', () => {
    const items = fakeStorage();
    const key = heightsKey(table3(), 1, 'b1');
    items.set('gouji:row-heights', '{not json');
    expect(knownHeights(key)).toBeNull();
    items.set('gouji:row-heights', JSON.stringify([null, 3, { ...key, heights: 'no', drawn: [] }]));
    expect(knownHeights(key)).toBeNull();
    fakeStorage(true);
    expect(() => rememberHeights(key, known)).not.toThrow();
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(knownHeights(key)).toBeNull();
    expect(() => rememberHeights(key, known)).not.toThrow();
  });
});
