import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, fileReport, findingsCsv, isPlainNumber, neutraliseText, sheetValue } from '../../../src/io/export';
import { sampleAudit } from './cases';

describe('texts that a spreadsheet would run as formulas are neutralised', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+86 10 1234', `'+86 10 1234`],
    ['-负数说明', `'-负数说明`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['-3件', `'-3件`], // a number for keys.md, but Excel would try it as a formula
  ])('%j → %j', (input, out) => {
    expect(neutraliseText(input)).toBe(out);
    expect(sheetValue(input)).toBe(out);
  });

  it.each(['正常文字', '3', '约20', 'a=b'])('leaves %j as it is', (s) => expect(neutraliseText(s)).toBe(s));
});

describe('numbers stay numbers, negative ones too', () => {
  it.each([
    ['-3', -3],
    ['+5', 5],
    ['1,506', 1506],
    ['2.5', 2.5],
    ['-0.75', -0.75],
  ])('%j is a plain number: kept in CSV, a number in a sheet', (text, n) => {
    expect(isPlainNumber(text)).toBe(true);
    expect(neutraliseText(text)).toBe(text);
    expect(sheetValue(text)).toBe(n);
  });

  it('writes number texts bare in CSV and quotes the rest', () => {
    expect(csvField('-3')).toBe('-3');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('=1+2')).toBe(`"'=1+2"`);
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField(null)).toBe('');
    expect(csvDocument([['a', 1], ['b', null]])).toBe('\ufeff"a",1\r\n"b",\r\n');
  });
});

describe('one report: CSV neutralised, JSON as written', () => {
  // A reviewer types a formula into 不予公开·8 商业企业 and a negative count into 结转下年度·法律服务机构.
  const r = sampleAudit({}, { 't3.denied.8.commercial': '=SUM(A1:A9)', 't3.forward.legal': '-3' });

  it('CSV: the formula text is prefixed, -3 is written bare', () => {
    const csv = findingsCsv('酉阳.txt', r);
    const lines = csv.slice(1).split('\r\n');
    const formula = lines.find((l) => l.includes('SUM(A1:A9)'))!;
    expect(formula).toContain(`"'=SUM(A1:A9)"`);
    expect(csv).not.toMatch(/(^|,)"?=SUM/m);
    const negative = lines.find((l) => l.includes('结转下年度·法律服务机构') && l.includes(',-3,'));
    expect(negative).toBeDefined();
  });

  it('JSON keeps the text as written in the message', () => {
    const json = JSON.stringify(fileReport('酉阳.txt', r, []));
    expect(json).toContain('=SUM(A1:A9)');
    expect(json).not.toContain("'=SUM(A1:A9)");
  });
});
