import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/core';
import { auditHtml, auditText, errorSignature, fixtureUrl, only, valuesOf } from '../support/audit';
import {
  breakLabel,
  fullWidth,
  halfWidthBrackets,
  reportHtml,
  shuffled,
  table2Layout,
  table3Layout,
  table4Layout,
  texts,
  toGrid,
  toTsv,
  withThousands,
  type RenderOptions,
} from '../support/render';
import { ALL_EXPECTED, T3_ROWS, T3_EXPECTED, editSample, sampleText } from '../support/youyang';

/**
 * The same report in other forms must read the same: the values and the error findings (rule,
 * cells, suspects) do not depend on how the tables were pasted.
 *
 * Every variant carries values ≥ 1000 (so that thousands separators are exercised): 本年新收·自然人
 * 60 → 1060, （一）予以公开·自然人 24 → 1024, and their totals, which keeps the table consistent:
 * 1060 + 8 = 1068 + 0 and 1024 + 2 + 22 + 1 + 16 + 2 + 1 = 1068. Each variant is compared with the
 * Word text of the sample with the same change.
 */
const BIG = {
  't3.new.natural': 1060,
  't3.new.total': 1060,
  't3.granted.natural': 1024,
  't3.granted.total': 1024,
  't3.total.natural': 1068,
  't3.total.total': 1068,
};
/** One wrong cell: 2.重复申请·自然人 16 → 15. */
const WRONG = { 't3.ignored.2.natural': 15 };

const baseValues = { ...ALL_EXPECTED, ...BIG };
const wrongValues = { ...baseValues, ...WRONG };

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Word-text transforms: `\t<cell>` lines. */
// A value line, plain or already formatted (thousands separators, full-width digits): labels only are broken.
const isValueLine = (line: string) => /^\t[\d０-９][\d０-９,，]*$/.test(line);
const mapValueLines = (text: string, f: (v: string) => string) =>
  text
    .split('\n')
    .map((l) => (isValueLine(l) ? `\t${f(l.slice(1))}` : l))
    .join('\n');
const mapLabelLines = (text: string, f: (v: string) => string) =>
  text
    .split('\n')
    .map((l) => (l.startsWith('\t') && !isValueLine(l) && l.trim() !== '' ? `\t${f(l.slice(1))}` : l))
    .join('\n');

/** Lines 63–81 of the sample are table 3's three header rows (and the blank line after them). */
const withoutHeader3 = (text: string) => {
  const lines = text.split('\n');
  expect(lines[62]).toBe('\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  expect(lines[81]).toBe('\t一、本年新收政府信息公开申请数量');
  return [...lines.slice(0, 62), ...lines.slice(81)].join('\n');
};

type Form = (values: Record<string, number>) => AuditResult;

const sep = (v: string) => withThousands(v);

const wordText = (values: Record<string, number>) => {
  const edits = Object.fromEntries(Object.entries(values).filter(([k, v]) => ALL_EXPECTED[k] !== v && !k.startsWith('t2.')));
  return editSample(edits);
};

const tsvReport = (values: Record<string, number>, o: RenderOptions) => {
  const v = texts(values);
  const width = 15;
  const pad = (g: string[][]) => g.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const L = o.label ?? ((s: string) => s);
  const title = (s: string) => [L(s), ...Array(width - 1).fill('')];
  const blank = Array(width).fill('');
  const grid = [
    title('二、主动公开政府信息情况'),
    ...pad(toGrid(table2Layout(v, o))),
    blank,
    title('三、收到和处理政府信息公开申请情况'),
    ...pad(toGrid(table3Layout(v, o))),
    blank,
    title('四、政府信息公开行政复议、行政诉讼情况'),
    ...pad(toGrid(table4Layout(v, o))),
  ];
  return auditText(toTsv(grid));
};

const FORMS: Record<string, Form> = {
  'Word text, thousands separators': (values) => auditText(mapValueLines(wordText(values), sep)),
  'Word text, labels broken over lines': (values) =>
    auditText(mapLabelLines(mapValueLines(wordText(values), sep), breakLabel)),
  'Word text, (一) for （一）': (values) => auditText(halfWidthBrackets(mapValueLines(wordText(values), sep))),
  'Word text, traditional characters': (values) => auditText(toTraditional(mapValueLines(wordText(values), sep))),
  'Word text, full-width digits': (values) => auditText(mapValueLines(wordText(values), (v) => fullWidth(sep(v)))),
  'Word text, table 3 without header rows': (values) => auditText(withoutHeader3(mapValueLines(wordText(values), sep))),
  'TSV (Excel copy)': (values) => tsvReport(values, { value: sep }),
  'TSV, labels broken over lines': (values) => tsvReport(values, { value: sep, label: breakLabel }),
  'TSV, (一) for （一）': (values) => tsvReport(values, { value: sep, label: halfWidthBrackets }),
  'TSV, traditional characters': (values) => tsvReport(values, { value: sep, label: toTraditional }),
  'TSV, full-width digits and separators': (values) => tsvReport(values, { value: (v) => fullWidth(sep(v)) }),
  'TSV, 全角 comma separators': (values) => tsvReport(values, { value: (v) => withThousands(v, '，') }),
  'TSV, table-3 rows shuffled (labels filled down)': (values) =>
    tsvReport(values, { value: sep, fillDown: true, rowOrder: shuffled(T3_ROWS.map((r) => r.id), 7) }),
  'TSV, table-3 rows shuffled again': (values) =>
    tsvReport(values, { value: sep, fillDown: true, rowOrder: shuffled(T3_ROWS.map((r) => r.id), 2024) }),
  'TSV, table 3 without header rows': (values) => tsvReport(values, { value: sep, noHeader3: true }),
  'Word HTML with rowspan/colspan': (values) => auditHtml(reportHtml(texts(values), { value: sep })),
  'Word HTML, labels broken by <br>': (values) => auditHtml(reportHtml(texts(values), { value: sep, label: breakLabel })),
  'Word HTML, table 3 without header rows': (values) => auditHtml(reportHtml(texts(values), { value: sep, noHeader3: true })),
  'Word HTML, traditional characters': (values) => auditHtml(reportHtml(texts(values), { value: sep, label: toTraditional })),
  'Word HTML, (一) and full-width digits': (values) =>
    auditHtml(reportHtml(texts(values), { value: (v) => fullWidth(sep(v)), label: halfWidthBrackets })),
};

describe('perturbations: the original sample in other forms', () => {
  const original = auditText(sampleText());

  it('the original reads as expected (the reference every form is compared with)', () => {
    expect(original.templateId).toBe('gov-disclosure-2021');
    expect(valuesOf(original)).toEqual(ALL_EXPECTED);
    expect(errorSignature(original.findings)).toEqual([]);
  });

  it('TSV built from the values, no separators', () => {
    const r = tsvReport(ALL_EXPECTED, {});
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    expect(errorSignature(r.findings)).toEqual([]);
  });

  it('Word HTML built from the values, no separators', () => {
    const r = auditHtml(reportHtml(texts(ALL_EXPECTED)));
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(valuesOf(r)).toEqual(ALL_EXPECTED);
    expect(errorSignature(r.findings)).toEqual([]);
  });

  it('the Word clipboard fragment of table 3 (fixture): table 3 only, same values', () => {
    const r = auditHtml(readFileSync(fixtureUrl('word-clipboard-table3.html'), 'utf8'));
    expect(r.templateId).toBe('gov-disclosure-2021');
    expect(r.tables).toEqual(['t3']);
    expect(valuesOf(r)).toEqual(T3_EXPECTED);
    expect(only(original, 't3.')).toEqual(T3_EXPECTED);
    expect(errorSignature(r.findings)).toEqual([]);
  });

  it('the fixture with one wrong cell gives the table-3 errors of the original with that cell wrong', () => {
    const html = readFileSync(fixtureUrl('word-clipboard-table3.html'), 'utf8');
    const at = html.indexOf('>16<', html.indexOf('2.重复申请'));
    expect(at).toBeGreaterThan(0);
    const r = auditHtml(html.slice(0, at) + '>15<' + html.slice(at + 4));
    const ref = auditText(editSample(WRONG));
    expect(r.values.get('t3.ignored.2.natural')).toBe(15);
    expect(errorSignature(r.findings)).toEqual(errorSignature(ref.findings));
    expect(errorSignature(ref.findings).length).toBeGreaterThan(0);
  });
});

describe('perturbations: same values and same errors in every form', () => {
  const reference = auditText(wordText(baseValues));
  const wrongReference = auditText(wordText(wrongValues));

  it('the references are what the data says', () => {
    expect(valuesOf(reference)).toEqual(baseValues);
    expect(errorSignature(reference.findings)).toEqual([]);
    expect(valuesOf(wrongReference)).toEqual(wrongValues);
    // 2.重复申请·自然人 15: its row (15 ≠ 16) and the 自然人 results column (1068 ≠ 1067) break;
    // the one cell in both is the suspect, and 16 repairs both.
    expect(errorSignature(wrongReference.findings)).toEqual([
      {
        rule: 't3.results.natural',
        status: 'fail',
        cells: expect.arrayContaining(['t3.total.natural', 't3.ignored.2.natural']),
        suspects: [{ cell: 't3.ignored.2.natural', suggested: 16 }],
      },
      {
        rule: 't3.row.ignored.2',
        status: 'fail',
        cells: expect.arrayContaining(['t3.ignored.2.total', 't3.ignored.2.natural']),
        suspects: [{ cell: 't3.ignored.2.natural', suggested: 16 }],
      },
    ]);
  });

  for (const [name, form] of Object.entries(FORMS)) {
    it(name, () => {
      const r = form(baseValues);
      expect(r.templateId).toBe('gov-disclosure-2021');
      expect(valuesOf(r)).toEqual(valuesOf(reference));
      expect(errorSignature(r.findings)).toEqual(errorSignature(reference.findings));
    });

    it(`${name}, with one wrong cell`, () => {
      const r = form(wrongValues);
      expect(r.values.get('t3.ignored.2.natural')).toBe(15);
      expect(valuesOf(r)).toEqual(valuesOf(wrongReference));
      expect(errorSignature(r.findings)).toEqual(errorSignature(wrongReference.findings));
    });
  }

  it('the table without header rows says its columns were placed by position (one warning), and nothing else differs', () => {
    const r = auditHtml(reportHtml(texts(baseValues), { value: sep, noHeader3: true }));
    expect(r.notes.filter((n) => n.code === 'structure.by-position')).toHaveLength(7);
    const byPos = r.findings.filter((f) => f.rule === 'structure.by-position');
    expect(byPos).toHaveLength(1);
    expect(byPos.every((f) => f.severity === 'warning' && f.cells.length === 0 && f.table === 't3')).toBe(true);
    const rest = r.findings.filter((f) => f.rule !== 'structure.by-position');
    expect(rest.map((f) => [f.rule, f.cells])).toEqual(reference.findings.map((f) => [f.rule, f.cells]));
  });
});
