import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, type AuditResult } from '../../src/core';
import { REPORT_TEMPLATES } from '../../src/templates';
import { auditText } from '../support/audit';
import { ALL_EXPECTED, T3_EXPECTED, T4_EXPECTED, editSample, sampleText } from '../support/youyang';

/**
 * A single wrong cell in the consistent sample is always caught, and in table 3 it is singled out:
 * a table-3 cell sits in its row sum and in its column's sum (or the balance), and only that cell
 * repairs both, so it is the first suspect with its original value as the suggestion. A table-4
 * cell sits in one group sum only, so no cell of that sum can be singled out.
 */
const sample = auditText(sampleText());
const template = sample.template!;

function auditWith(key: string, text: string): AuditResult {
  return audit(sample.reading, { templates: REPORT_TEMPLATES, edits: { [key]: text } });
}

/** Value changes a typist makes, keeping only those that change the value. */
function typos(value: number): Array<[string, number]> {
  const s = String(value);
  const out: Array<[string, number]> = [];
  for (let i = 0; i < s.length; i++) {
    for (let j = i + 1; j < s.length; j++) {
      if (s[i] === s[j]) continue;
      const c = [...s];
      [c[i], c[j]] = [c[j], c[i]];
      out.push([`swap ${i},${j}`, Number(c.join(''))]);
    }
  }
  out.push(['+1', value + 1], ['-1', value - 1]);
  if (s.length >= 2) for (let i = 0; i < s.length; i++) out.push([`drop ${i}`, Number(s.slice(0, i) + s.slice(i + 1))]);
  if (value !== 0) out.push(['x10', value * 10]);
  return out.filter(([, v]) => v !== value);
}

function checkCaught(key: string, original: number, changed: number, r: AuditResult): void {
  const where = `${key}: ${original} → ${changed}`;
  expect(r.values.get(key), where).toBe(changed);
  const errors = r.findings.filter((f) => f.severity === 'error');
  const ruleErrors = errors.filter((f) => f.rule.startsWith('t3.') || f.rule.startsWith('t4.'));
  expect(ruleErrors.length, where).toBeGreaterThan(0);
  for (const f of errors) {
    expect(f.status, where).toBe('fail');
    expect(f.cells, `${where} (${f.rule})`).toContain(key);
  }
  if (changed < 0) expect(errors.map((f) => f.rule), where).toContain('value.negative');
  for (const f of ruleErrors) {
    if (key.startsWith('t3.')) {
      expect(f.rule.startsWith('t3.'), where).toBe(true);
      expect({ rule: f.rule, first: f.suspects[0] && { cell: f.suspects[0].cell, suggested: f.suspects[0].suggested } }, where).toEqual({
        rule: f.rule,
        first: { cell: key, suggested: original },
      });
    } else {
      expect(f.rule.startsWith('t4.group.'), where).toBe(true);
      // no cell is singled out (a guess from the digits may be offered, marked possible)
      expect(f.suspects.filter((s) => !s.possible), `${where} (${f.rule})`).toEqual([]);
    }
  }
}

describe('a single wrong cell is caught', () => {
  it('the sample itself is consistent (no finding)', () => {
    expect(sample.templateId).toBe('gov-disclosure-2021');
    expect(sample.findings).toEqual([]);
    expect(audit(sample.reading, { templates: REPORT_TEMPLATES }).findings).toEqual([]);
  });

  it('table 3: every cell × every typo is an error that names the cell as first suspect with its value', () => {
    let cases = 0;
    for (const [key, original] of Object.entries(T3_EXPECTED)) {
      for (const [, changed] of typos(original)) {
        checkCaught(key, original, changed, auditWith(key, String(changed)));
        cases++;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(175 * 2);
  });

  it('table 3: a table-3 error is reported by at least two rules (row and column)', () => {
    for (const key of Object.keys(T3_EXPECTED)) {
      const r = auditWith(key, String(T3_EXPECTED[key] + 1));
      const rules = r.findings.filter((f) => f.severity === 'error' && f.rule.startsWith('t3.')).map((f) => f.rule);
      const row = key.replace(/^t3\.(.+)\.[a-z_]+$/, 't3.row.$1');
      expect(rules, key).toContain(row);
      expect(rules.length, key).toBeGreaterThanOrEqual(2);
    }
  });

  it('table 4: every cell × every typo is an error of its group sum, with no suspect', () => {
    let cases = 0;
    for (const [key, original] of Object.entries(T4_EXPECTED)) {
      for (const [, changed] of typos(original)) {
        const r = auditWith(key, String(changed));
        checkCaught(key, original, changed, r);
        const group = key.split('.')[1];
        expect(r.findings.filter((f) => f.rule.startsWith('t4.')).map((f) => f.rule), key).toEqual([`t4.group.${group}`]);
        cases++;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(15 * 2);
  });

  it('property: any other value in any table-3/4 cell is caught the same way', () => {
    const keys = Object.keys({ ...T3_EXPECTED, ...T4_EXPECTED });
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: -50, max: 100000 }), (key, changed) => {
        const original = ALL_EXPECTED[key];
        fc.pre(changed !== original);
        checkCaught(key, original, changed, auditWith(key, String(changed)));
      }),
      { numRuns: 400, seed: 20210101 },
    );
  });

  it('property: the same through the whole pipeline (the Word text edited in place)', () => {
    const keys = Object.keys({ ...T3_EXPECTED, ...T4_EXPECTED });
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: 0, max: 2000 }), (key, changed) => {
        const original = ALL_EXPECTED[key];
        fc.pre(changed !== original);
        checkCaught(key, original, changed, auditText(editSample({ [key]: changed })));
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
