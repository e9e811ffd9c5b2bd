import { describe, expect, it } from 'vitest';
import { audit, exitStatusOf, formatFinding, isFailing, recognise, summarise, type TemplateDef } from '../../src/core';
import { importText } from '../../src/io';
import { REPORT_TEMPLATES } from '../../src/templates';
import { editSample, sampleText } from '../support/youyang';

/** The one way in: recognise → Reading (a plain value), audit(reading) → findings, summarise → verdict. */
const T2021 = REPORT_TEMPLATES.find((t) => t.id === 'gov-disclosure-2021')!;
const read = (text: string, templates: readonly TemplateDef[] = REPORT_TEMPLATES) => recognise(importText(text).tables, templates);

describe('a reading is a value', () => {
  it('survives JSON and gives the same audit', () => {
    const reading = read(editSample({ 't3.ignored.2.natural': 15 }));
    const copy = JSON.parse(JSON.stringify(reading));
    expect(copy).toEqual(reading);
    const a = audit(reading, { templates: REPORT_TEMPLATES });
    const b = audit(copy, { templates: REPORT_TEMPLATES });
    expect(b.findings).toEqual(a.findings);
    expect([...b.values]).toEqual([...a.values]);
  });

  it('edits are applied by audit, the reading stays as read', () => {
    const reading = read(sampleText());
    const r = audit(reading, { templates: REPORT_TEMPLATES, edits: { 't3.new.natural': '61' } });
    expect(r.values.get('t3.new.natural')).toBe(61);
    expect(reading.raw['t3.new.natural']).toBe('60');
    expect(r.findings.filter(isFailing).map((f) => f.rule)).toEqual(['t3.balance.natural', 't3.row.new']);
  });

  it('a table that is no report reads as generic, with A1 keys', () => {
    const reading = read('项目\t预算数\t决算数\n基本支出\t120.5\t118.2\n合计\t120.5\t118.2\n');
    expect(reading.templateId).toBe('generic');
    expect(reading.raw['T1!B2']).toBe('120.5');
    expect(summarise(audit(reading, { templates: REPORT_TEMPLATES })).verdict).toBe('not-report');
  });

  it('a one-template list forces the format; an empty input has no table', () => {
    expect(read(sampleText(), [T2021]).templateId).toBe('gov-disclosure-2021');
    const none = recognise([], REPORT_TEMPLATES);
    expect(none.templateId).toBeNull();
    expect(summarise(audit(none, { templates: REPORT_TEMPLATES })).verdict).toBe('unreadable');
    expect(summarise(null).verdict).toBe('unreadable');
  });
});

describe('a rule that throws', () => {
  // mathjs refuses round() with a fractional number of decimals only when it runs: a throw, not a parse error.
  const throwing: TemplateDef = {
    ...T2021,
    rules: [
      ...T2021.rules,
      { id: 'test.throws', table: 't3', title: '会抛出的规则', titleEn: 'a rule that throws', expr: 'round(t3_new_natural, 0.5) == 60', severity: 'error' },
    ],
  };

  it('is a rule.error finding (severity error, status error) with the error text; the verdict is fail, exit 1', () => {
    const r = audit(recognise(importText(sampleText()).tables, [throwing]), { templates: [throwing] });
    const f = r.findings.find((x) => x.rule === 'rule.error')!;
    expect(f).toMatchObject({ severity: 'error', status: 'error', table: 't3', cells: ['t3.new.natural'] });
    expect(formatFinding(f, 'zh', throwing)).toContain('会抛出的规则');
    expect(formatFinding(f, 'zh', throwing)).toMatch(/round/);
    expect(formatFinding(f, 'en', throwing)).toMatch(/^a rule that throws: could not be evaluated/);
    // every other rule still ran
    expect(r.findings.filter((x) => x.rule !== 'rule.error' && x.severity === 'error')).toEqual([]);
    const s = summarise(r);
    expect(s.rules.error).toBe(1);
    expect(s.verdict).toBe('fail');
    expect(exitStatusOf([{ verdict: s.verdict, failing: true }])).toBe(1);
  });
});

describe('verdicts (keys.md)', () => {
  const verdict = (text: string) => summarise(audit(read(text), { templates: REPORT_TEMPLATES }));
  const lines = sampleText().split('\n');

  it('pass: read in full, nothing failing', () => {
    const s = verdict(sampleText());
    expect(s.verdict).toBe('pass');
    expect(s.cells).toEqual({ recognised: 200, expected: 200 });
  });

  it('fail: a broken relationship; one wrong cell is one problem of two relationships', () => {
    const s = verdict(editSample({ 't3.ignored.2.natural': 15 }));
    expect(s.verdict).toBe('fail');
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0].suspect).toEqual({ cell: 't3.ignored.2.natural', suggested: 16 });
    expect(s.problems[0].findings.map((f) => f.rule)).toEqual(['t3.results.natural', 't3.row.ignored.2']);
  });

  it('incomplete: a table of the format missing is never an all-clear', () => {
    const s = verdict(lines.slice(61, 347).join('\n')); // table 3 alone
    expect(s.tables.found).toEqual(['t3']);
    expect(s.verdict).toBe('incomplete');
    expect(exitStatusOf([{ verdict: s.verdict, failing: false }])).toBe(1);
  });

  it('blank: every value cell blank', () => {
    const blankText = sampleText().replace(/^(\t)\d+(\.\d+)?$/gm, '$1');
    const s = verdict(blankText);
    expect(s.verdict).toBe('blank');
  });

  it('not-report without an error exits 0; with a failing finding, 1', () => {
    expect(exitStatusOf([{ verdict: 'not-report', failing: false }])).toBe(0);
    expect(exitStatusOf([{ verdict: 'not-report', failing: true }])).toBe(1);
    expect(exitStatusOf([{ verdict: 'pass', failing: false }, { verdict: 'unreadable', failing: false }])).toBe(1);
  });
});
