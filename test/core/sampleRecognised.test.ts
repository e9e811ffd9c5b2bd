import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditTables } from '../support/pipeline';
import { importFile, importText } from '../../src/io';
import { ALL_EXPECTED, SAMPLE_PATH, SAMPLE_URL, T2_EXPECTED, T3_EXPECTED, T3_ROWS, T4_EXPECTED, sampleText } from '../support/youyang';

/**
 * The bundled sample, Word's text export of the 酉阳县 2021 report: every cell of tables 2–4 is
 * recognised with the value written in the file (the expectation tables in test/support/youyang.ts
 * were copied from the file by hand).
 */
const result = auditTables((await importFile(SAMPLE_PATH, new Uint8Array(readFileSync(SAMPLE_URL)))).tables);

describe('the youyang 2021 sample is recognised in full', () => {

  it('is the 2021 format with tables 2, 3 and 4', () => {
    expect(result.templateId).toBe('gov-disclosure-2021');
    expect(result.tables).toEqual(['t2', 't3', 't4']);
    expect(result.ruleErrors).toEqual([]);
  });

  it('has the 10 + 175 + 15 = 200 cells and no other', () => {
    expect(Object.keys(T2_EXPECTED)).toHaveLength(10);
    expect(Object.keys(T3_EXPECTED)).toHaveLength(175);
    expect(Object.keys(T4_EXPECTED)).toHaveLength(15);
    expect(result.values.size).toBe(200);
    expect([...result.values.keys()].sort()).toEqual(Object.keys(ALL_EXPECTED).sort());
  });

  it('reads every table-2 value as written', () => {
    for (const [key, value] of Object.entries(T2_EXPECTED)) expect(result.values.get(key), key).toBe(value);
  });

  it('reads every table-3 value as written, row by row', () => {
    for (const row of T3_ROWS) {
      const got = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'].map((c) =>
        result.values.get(`t3.${row.id}.${c}`),
      );
      expect(got, row.id).toEqual(row.values);
    }
  });

  it('reads every table-4 value as written', () => {
    for (const [key, value] of Object.entries(T4_EXPECTED)) expect(result.values.get(key), key).toBe(value);
  });

  it('lists values in template order (table 2, then 3, then 4)', () => {
    const keys = [...result.values.keys()];
    expect(keys.slice(0, 10)).toEqual(Object.keys(T2_EXPECTED));
    expect(keys.slice(10, 185)).toEqual(Object.keys(T3_EXPECTED));
    expect(keys.slice(185)).toEqual(Object.keys(T4_EXPECTED));
  });

  it('finds nothing wrong: no finding at all (no error, no blank)', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('knows where each cell sat (table, row, column; 1-based)', () => {
    // Word text: table 1 row 3 is 规章 0 0 0; row 4 is 行政规范性文件 8 10 69; row 7 行政许可 14166; row 14 收费 1506.
    expect(result.locations.get('t2.rules.made')).toEqual({ table: 1, row: 3, col: 2 });
    expect(result.locations.get('t2.normative.valid')).toEqual({ table: 1, row: 4, col: 4 });
    expect(result.locations.get('t2.licensing')).toEqual({ table: 1, row: 7, col: 2 });
    expect(result.locations.get('t2.coercion')).toEqual({ table: 1, row: 11, col: 2 });
    expect(result.locations.get('t2.fees')).toEqual({ table: 1, row: 14, col: 2 });
    // Table 2 of the input (table 3 of the form): three header rows, then 一、本年新收 (label, 7 values).
    expect(result.locations.get('t3.new.natural')).toEqual({ table: 2, row: 4, col: 2 });
    expect(result.locations.get('t3.new.total')).toEqual({ table: 2, row: 4, col: 8 });
    // （一）予以公开 comes after 三、本年度办理结果 in its row: values from column 3.
    expect(result.locations.get('t3.granted.natural')).toEqual({ table: 2, row: 6, col: 3 });
    // 8.属于行政查询事项: an empty placeholder, an empty placeholder, the label, then values.
    expect(result.locations.get('t3.denied.8.natural')).toEqual({ table: 2, row: 15, col: 4 });
    expect(result.locations.get('t3.total.total')).toEqual({ table: 2, row: 27, col: 9 });
    expect(result.locations.get('t3.forward.total')).toEqual({ table: 2, row: 28, col: 8 });
    // Table 4: one row of 15 values after three header rows.
    expect(result.locations.get('t4.review.upheld')).toEqual({ table: 3, row: 4, col: 1 });
    expect(result.locations.get('t4.suit_direct.total')).toEqual({ table: 3, row: 4, col: 10 });
    expect(result.locations.get('t4.suit_after.total')).toEqual({ table: 3, row: 4, col: 15 });
    expect(result.locations.size).toBe(200);
  });

  it('gives the same result through importText as through importFile', () => {
    const viaText = auditTables(importText(sampleText()).tables);
    expect(Object.fromEntries(viaText.values)).toEqual(Object.fromEntries(result.values));
    expect(Object.fromEntries(viaText.locations)).toEqual(Object.fromEntries(result.locations));
  });
});
