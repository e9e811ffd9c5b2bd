import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io';
import { auditTables } from '../../support/pipeline';

/**
 * One real report's figures (淮安市 2024, transcribed by hand from its PDF) written in each form text
 * takes when copied out of a PDF reader or an extractor. Every form must give every figure, and no
 * error that the report does not have (it has none).
 */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url), 'utf8');
const FIGURES: Record<string, number> = JSON.parse(fixture('huaian-2024-figures.json')).values;

function read(name: string) {
  const imported = importText(fixture(name));
  expect(imported.issues).toEqual([]);
  return auditTables(imported.tables);
}

describe('text as PDF readers and extractors give it', () => {
  it.each([
    ['huaian-layout.txt', 'pdftotext -layout: columns of spaces, a scrambled header, labels cut around their values, page footers'],
    ['huaian-one-cell-a-line.txt', 'pdftotext without -layout: one cell a line, a footer — 4 — inside table 3'],
    ['huaian-label-then-numbers.txt', 'a label on one line, its numbers on the next (single spaces, U+3000), footers 第 N 页'],
    ['huaian-pdf-markdown.md', 'markdown from a PDF extractor: header shorter than the data, a label apart from its values, footers'],
  ])('%s (%s): every figure read, no error', (name) => {
    const r = read(name);
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(Object.fromEntries(r.values)).toEqual(FIGURES);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.notes.filter((n) => n.code === 'structure.row-unreadable' || n.code === 'structure.missing-row')).toEqual([]);
  });

  it('a header that does not name the columns in place (markdown with 4 of 7) never pulls 总计 from the wrong cell', () => {
    const r = read('huaian-pdf-markdown.md');
    expect(r.values.get('t3.new.total')).toBe(FIGURES['t3.new.total']);
    expect(r.notes.filter((n) => n.table === 't3' && n.code === 'structure.by-position')).toHaveLength(7);
  });

  it('a row cut over three lines around its values (（二）部分公开) is read with its label', () => {
    const r = read('huaian-layout.txt');
    expect(r.values.get('t3.partial.natural')).toBe(FIGURES['t3.partial.natural']);
    expect(r.notes.some((n) => n.code === 'structure.row-by-position' && String(n.params.label).includes('部分公开'))).toBe(false);
  });
});

describe('a row whose count of values does not fit', () => {
  it('is structure.row-unreadable listing its keys; its cells are absent and its neighbours untouched', () => {
    // 2.其他法律行政法规禁止公开 loses one of its seven values.
    const text = fixture('huaian-label-then-numbers.txt').replace('\n30 1 0 0 0 0 31\n', '\n30 1 0 0 0 31\n');
    const r = auditTables(importText(text).tables);
    const unreadable = r.notes.filter((n) => n.code === 'structure.row-unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0].cells).toEqual(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'].map((c) => `t3.denied.2.${c}`));
    expect(unreadable[0].params.line).toContain('30 1 0 0 0 31');
    for (const k of unreadable[0].cells!) expect(r.values.has(k)).toBe(false);
    for (const row of ['denied.1', 'denied.3']) expect(r.values.get(`t3.${row}.total`)).toBe(FIGURES[`t3.${row}.total`]);
    expect(r.values.size).toBe(200 - 7);
    expect(r.findings.filter((f) => f.severity === 'error' && f.status === 'fail')).toEqual([]);
  });

  it('one value too many is unreadable too, never read in order', () => {
    const text = fixture('huaian-label-then-numbers.txt').replace('\n30 1 0 0 0 0 31\n', '\n30 1 0 0 0 0 0 31\n');
    const r = auditTables(importText(text).tables);
    expect(r.notes.filter((n) => n.code === 'structure.row-unreadable').map((n) => n.cells?.[0])).toEqual(['t3.denied.2.natural']);
    expect(r.values.has('t3.denied.2.total')).toBe(false);
  });
});
