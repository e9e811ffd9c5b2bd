import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../../src/core';
import { summarise } from '../../src/core';
import { fileReport } from '../../src/io/export/auditJson';
import { auditHtml, auditText, errorSignature, valuesOf, messageOf } from '../support/audit';
import { reportHtml, table3Layout, texts, toGrid, toTsv } from '../support/render';
import { ALL_EXPECTED, T3_EXPECTED, editSample, sampleText } from '../support/youyang';

/**
 * keys.md, structural findings: an extra row or column, a missing row, a column known only by its
 * position are warnings with `cells: []` and the label and its place in the message; reading a
 * lone table 4 as 2021 is an `info`. Inputs are the sample's Word text with lines moved about
 * (line numbers are the file's, 1-based) or tables built from its values.
 */
const lines = (text: string) => text.split('\n');
/** lines from..to (1-based, inclusive) */
const part = (text: string, from: number, to: number) => lines(text).slice(from - 1, to);
const join = (...parts: string[][]) => parts.flat().join('\n');

const structural = (r: AuditResult) => r.findings.filter((f) => f.rule.startsWith('structure.') && f.rule !== 'structure.missing-table');
/** The tables a reading says are missing (a table pasted alone is not the whole report). */
const missingTables = (r: AuditResult) => r.findings.filter((f) => f.rule === 'structure.missing-table').map((f) => f.table);
const withoutMissingTables = (r: AuditResult) => r.findings.filter((f) => f.rule !== 'structure.missing-table');
const checkStructural = (f: Finding) => {
  expect(f.cells).toEqual([]);
  expect(f.suspects).toEqual([]);
  expect(f.severity).toBe(f.rule === 'format.assumed' ? 'info' : 'warning');
};

describe('structure.extra-row', () => {
  it('a row （八）其他情况 with values in table 3 (Word text) is not audited and is reported with its label', () => {
    const t = sampleText();
    // before （七）总计 (its block starts at line 329); the extra row would break every sum if audited
    const extra = ['\t', '\t（八）其他情况', '\t5', '\t0', '\t0', '\t0', '\t0', '\t0', '\t5', ''];
    const r = auditText(join(part(t, 1, 328), extra, part(t, 329, 411)));
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const s = structural(r);
    expect(s.map((f) => [f.rule, f.table])).toEqual([['structure.extra-row', 't3']]);
    s.forEach(checkStructural);
    // the inserted row is row 27 of the second input table
    expect(messageOf(s[0])).toContain('“（八）其他情况”');
    expect(messageOf(s[0])).toContain('第 27 行');
    expect(r.unplaced.map((u) => u.text)).toEqual(['5', '0', '0', '0', '0', '0', '5']);
  });

  it('the same row at the end of an HTML table 3', () => {
    const r = auditHtml(reportHtml(texts(ALL_EXPECTED), { extraRows3: [{ after: 'forward', cells: [{ t: '（八）其他情况', cs: 3 }, '7', '0', '0', '0', '0', '0', '7'] }] }));
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    const s = structural(r);
    expect(s.map((f) => f.rule)).toEqual(['structure.extra-row']);
    s.forEach(checkStructural);
    expect(messageOf(s[0])).toContain('（八）其他情况');
    // three header rows + 25 rows of the form: the extra row is the 29th
    expect(messageOf(s[0])).toContain('第 29 行');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('structure.extra-column', () => {
  const extraColumn3 = { header: '备注', values: { new: '3', carried: '1', total: '12' } };

  it('a column 备注 with numbers after 总计 (HTML) is reported once with its label and place', () => {
    const r = auditHtml(reportHtml(texts(ALL_EXPECTED), { extraColumn3 }));
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    const s = structural(r);
    expect(s.map((f) => [f.rule, f.table])).toEqual([['structure.extra-column', 't3']]);
    s.forEach(checkStructural);
    expect(messageOf(s[0])).toContain('“备注”');
    expect(messageOf(s[0])).toContain('第 11 列'); // 3 label columns + 7 value columns, then 备注
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the same in an Excel copy (TSV) of table 3 alone', () => {
    const r = auditText(toTsv(toGrid(table3Layout(texts(ALL_EXPECTED), { extraColumn3 }))));
    expect(valuesOf(r)).toEqual(T3_EXPECTED);
    const s = structural(r);
    expect(s.map((f) => f.rule)).toEqual(['structure.extra-column']);
    expect(messageOf(s[0])).toContain('备注');
  });
});

describe('structure.missing-row', () => {
  it('table 3 without its row 3.其他 (lines 318–328): reported; its keys are absent, not null', () => {
    const t = sampleText();
    const r = auditText(join(part(t, 1, 317), part(t, 329, 411)));
    const s = structural(r);
    expect(s.map((f) => [f.rule, f.table])).toEqual([['structure.missing-row', 't3']]);
    s.forEach(checkStructural);
    expect(messageOf(s[0])).toContain('“3.其他”');
    for (const c of ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total']) {
      expect(r.values.has(`t3.other.3.${c}`)).toBe(false);
    }
    expect(r.values.size).toBe(200 - 7);
    const expected = Object.fromEntries(Object.entries(ALL_EXPECTED).filter(([k]) => !k.startsWith('t3.other.3.')));
    expect(valuesOf(r)).toEqual(expected);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('structure.by-position', () => {
  // Word text: lines 63–81 are table 3's three header rows
  const noHeader = (text: string) => join(part(text, 1, 62), part(text, 82, 411));

  it('table 3 without header rows (Word text): the columns are placed by position, said once for the table, naming each in order', () => {
    const r = auditText(noHeader(sampleText()));
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    // recognition notes each column; the reader gets one warning per table
    expect(r.notes.filter((n) => n.code === 'structure.by-position')).toHaveLength(7);
    const s = structural(r);
    expect(s.map((f) => [f.rule, f.table])).toEqual([['structure.by-position', 't3']]);
    s.forEach(checkStructural);
    expect(messageOf(s[0])).toBe(
      '依申请公开情况表：表头无法逐列识别，7 个数值列按本格式的列序认定（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），请核对列序',
    );
    expect(r.findings.filter((f) => !f.rule.startsWith('structure.'))).toEqual([]);
  });

  it('with a wrong cell, the findings other than by-position are those of the form with a header', () => {
    const wrong = editSample({ 't3.unable.1.natural': 21 });
    const withHeader = auditText(wrong);
    const without = auditText(noHeader(wrong));
    expect(errorSignature(withHeader.findings).length).toBeGreaterThan(0);
    const rest = without.findings.filter((f) => f.rule !== 'structure.by-position');
    expect(rest.map((f) => [f.rule, f.severity, f.cells, messageOf(f)])).toEqual(
      withHeader.findings.map((f) => [f.rule, f.severity, f.cells, messageOf(f)]),
    );
  });

  it('table 3 alone without header rows (Word text): still table 3, its rows named by their labels', () => {
    const t = sampleText();
    const r = auditText(join(part(t, 62, 62), part(t, 82, 347)));
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(valuesOf(r)).toEqual(T3_EXPECTED);
    expect(structural(r).map((f) => f.rule)).toEqual(['structure.by-position']);
  });

  it('table 3 without header rows as an Excel copy (TSV, merged labels followed by empty cells)', () => {
    const r = auditText(toTsv(toGrid(table3Layout(texts(ALL_EXPECTED), { noHeader3: true }))));
    expect(valuesOf(r)).toEqual(T3_EXPECTED);
    expect(structural(r).map((f) => f.rule)).toEqual(['structure.by-position']);
    expect(r.findings.filter((f) => !f.rule.startsWith('structure.'))).toEqual([]);
  });
});

describe('rows in another order', () => {
  it('四、结转下年度 moved before 一、本年新收 and 2./5. of 不予公开 swapped (Word text): same values, no finding', () => {
    const t = sampleText();
    const text = join(
      part(t, 1, 81),
      part(t, 339, 347), // 四、结转下年度继续办理 and its blank line
      part(t, 82, 130),
      part(t, 164, 174), // 5.属于三类内部事务信息 (with its two placeholders)
      part(t, 142, 163),
      part(t, 131, 141), // 2.其他法律行政法规禁止公开
      part(t, 175, 338),
      part(t, 348, 411),
    );
    expect(lines(text)).toHaveLength(411);
    const r = auditText(text);
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    expect(r.findings).toEqual([]);
    // the cells come from where they now sit
    expect(r.locations.get('t3.forward.natural')).toEqual({ table: 2, row: 4, col: 2 });
    expect(r.locations.get('t3.new.natural')).toEqual({ table: 2, row: 5, col: 2 });
  });
});

describe('a table pasted alone', () => {
  it('table 3 alone (Word text, lines 62–347): only t3 keys, 2021 by its 其他处理 rows', () => {
    const r = auditText(part(sampleText(), 62, 347).join('\n'));
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(r.tables).toEqual(['t3']);
    expect(valuesOf(r)).toEqual(T3_EXPECTED);
    expect(missingTables(r)).toEqual(['t2', 't4']);
    expect(withoutMissingTables(r)).toEqual([]);
  });

  it('table 3 alone as an Excel copy (TSV)', () => {
    const r = auditText(toTsv(toGrid(table3Layout(texts(ALL_EXPECTED)))));
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(valuesOf(r)).toEqual(T3_EXPECTED);
    expect(missingTables(r)).toEqual(['t2', 't4']);
    expect(withoutMissingTables(r)).toEqual([]);
  });

  it('table 4 alone (lines 349–404): read as 2021, with an info that the format was assumed', () => {
    const r = auditText(part(sampleText(), 349, 404).join('\n'));
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(r.tables).toEqual(['t4']);
    expect(Object.keys(valuesOf(r))).toHaveLength(15);
    expect(valuesOf(r)).toEqual(Object.fromEntries(Object.entries(ALL_EXPECTED).filter(([k]) => k.startsWith('t4.'))));
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['format.assumed', 'info'],
      ['structure.missing-table', 'warning'],
      ['structure.missing-table', 'warning'],
    ]);
    expect(missingTables(r)).toEqual(['t2', 't3']);
    checkStructural(r.findings[0]);
  });
});

describe('a table that is no report', () => {
  const budget = ['项目\t预算数\t决算数', '基本支出\t120.5\t118.2', '项目支出\t80\t75.3', '合计\t200.5\t193.5', ''].join('\n');

  it('a budget table with 合计 is generic: cells named A1-style, no findings', () => {
    const r = auditText(budget);
    expect(r.templateId).toBe('generic');
    expect(r.findings).toEqual([]);
    expect(valuesOf(r)).toEqual({
      'T1!B2': 120.5,
      'T1!C2': 118.2,
      'T1!B3': 80,
      'T1!C3': 75.3,
      'T1!B4': 200.5,
      'T1!C4': 193.5,
    });
    // a plain table's key says where its cell sat (the CLI's JSON writes it out)
    expect(fileReport('x', r, []).locations['T1!C4']).toEqual({ table: 1, row: 4, col: 3 });
  });

  it('its 合计 row is checked against the rows above it: a total that does not add up is an error naming it', () => {
    const r = auditText(budget.replace('200.5', '999'));
    expect(r.templateId).toBe('generic');
    expect(r.findings.map((f) => [f.rule, f.severity, f.cells])).toEqual([['totals.row.T1!B4', 'error', ['T1!B4', 'T1!B2', 'T1!B3']]]);
    expect(messageOf(r.findings[0])).toBe('T1!B4（合计·预算数） 999 ≠ 120.5+80 = 200.5，差 +798.5');
    expect(summarise(r).verdict).toBe('not-report');
  });
});
