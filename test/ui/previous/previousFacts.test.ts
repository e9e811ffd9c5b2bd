import { describe, expect, it } from 'vitest';
import { audit, officialLayout, recognise, type Reading } from '../../../src/core';
import { importText } from '../../../src/io';
import { REPORT_TEMPLATES } from '../../../src/templates';
import { describeReport, describeYearFirst, isReportReading, lastAndThis } from '../../../src/ui/previous/previousFacts';
import { htmlRows } from '../../../src/ui/previous/readonlyTable';
import { editLine, editSample, sampleText } from '../../support/youyang';
import { lastYearText } from '../../support/youyangPrevious';

const read = (text: string): Reading => {
  const i = importText(text);
  return recognise(i.tables, REPORT_TEMPLATES, { text: i.narrative });
};

describe('last year beside this year, from the engine\'s previous.* findings', () => {
  const last = read(lastYearText());
  const now = read(sampleText());

  it('says which report is last year\'s: unit and year from its title', () => {
    expect(describeReport(last, 'zh')).toBe('酉阳土家族苗族自治县人民政府 2020 年度');
    expect(describeReport(last, 'en')).toBe('酉阳土家族苗族自治县人民政府 2020');
    expect(isReportReading(last)).toBe(true);
    expect(isReportReading(read('收到申请 5 件\n没有表格'))).toBe(false);
  });

  it('the broken carry-over gives both numbers: 上年 5, 本年 8', () => {
    const r = audit(now, { templates: REPORT_TEMPLATES, previous: last });
    const pairs = r.findings.filter((f) => f.rule.startsWith('previous.')).map((f) => [f.rule, lastAndThis(f)]);
    expect(pairs).toEqual([
      ['previous.carried.natural', { last: 5, value: 8 }],
      ['previous.carried.total', { last: 5, value: 8 }],
    ]);
    // other findings have no pair
    expect(r.findings.filter((f) => !f.rule.startsWith('previous.')).map(lastAndThis).every((x) => x === null)).toBe(true);
  });

  it('现行有效 not carried on: last year\'s, this year\'s and what it should be', () => {
    // last year 60 in force: 60 + 8 − 10 = 58, the sample says 69
    const last60 = read(editLine(lastYearText(), 32, '\t71', '\t60'));
    const r = audit(now, { templates: REPORT_TEMPLATES, previous: last60 });
    const valid = r.findings.find((f) => f.rule === 'previous.valid.normative');
    expect(valid && lastAndThis(valid)).toEqual({ last: 60, value: 69, expected: 58 });
  });
});

describe('last year\'s tables as a read-only HTML table', () => {
  it('table 3 in the official layout: merged cells once, values from last year\'s reading', () => {
    const last = read(editSample({ 't3.forward.natural': 5, 't3.forward.total': 5 }));
    const template = REPORT_TEMPLATES.find((t) => t.id === last.templateId)!;
    const layout = officialLayout(template, 't3', 'zh', new Set(Object.keys(last.raw)));
    const rows = htmlRows(layout, last.raw);
    const values = rows.flat().filter((c) => c.kind === 'value');
    expect(values.find((c) => c.key === 't3.forward.natural')?.text).toBe('5');
    expect(values.find((c) => c.key === 't3.new.total')?.text).toBe('60');
    // every grid position is covered exactly once by a cell or a span
    const width = layout.rows[0].length;
    const area = rows.flat().reduce((n, c) => n + c.rowspan * c.colspan, 0);
    expect(area).toBe(layout.rows.length * width);
    expect(rows.flat().some((c) => c.rowspan > 1 || c.colspan > 1)).toBe(true);
  });
});

describe('the status line\'s words', () => {
  it('year first, so a cut line still says the year', () => {
    const i = importText(lastYearText());
    const last = recognise(i.tables, REPORT_TEMPLATES, { text: i.narrative });
    expect(describeYearFirst(last, 'zh')).toBe('2020 年度 · 酉阳土家族苗族自治县人民政府');
    const noTitle = recognise(importText(sampleText().split('\n').slice(16).join('\n')).tables, REPORT_TEMPLATES);
    expect(describeYearFirst(noTitle, 'zh')).toBe('年度未识别 · 单位未识别');
  });
});
