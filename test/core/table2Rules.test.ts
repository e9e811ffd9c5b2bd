import { describe, expect, it } from 'vitest';
import { audit, formatFinding } from '../../src/core';
import { REPORT_TEMPLATES } from '../../src/templates';
import { auditText } from '../support/audit';
import { sampleText } from '../support/youyang';

/**
 * Table 2's own arithmetic (issue 8): 现行有效 ≥ 本年制发 − 本年废止 for 规章 and 行政规范性文件,
 * since last year's count cannot be negative. 酉阳 2021: 行政规范性文件 制发 8, 废止 10, 现行有效 69.
 */
const sample = auditText(sampleText());
const edit = (edits: Record<string, string>) => audit(sample.reading, { templates: REPORT_TEMPLATES, edits });

describe('现行有效 ≥ 本年制发 − 本年废止', () => {
  it('holds in the sample (69 ≥ 8 − 10; 规章 0 ≥ 0 − 0)', () => {
    expect(sample.outcomes.filter((o) => o.rule.id.startsWith('t2.valid.')).map((o) => [o.rule.id, o.status])).toEqual([
      ['t2.valid.rules', 'pass'],
      ['t2.valid.normative', 'pass'],
    ]);
  });

  it('fails as a warning listing its cells when more were issued than can be in force (制发 80, 废止 10, 现行有效 69)', () => {
    const r = edit({ 't2.normative.made': '80' });
    const f = r.findings.filter((x) => x.rule.startsWith('t2.valid.'));
    expect(f.map((x) => [x.rule, x.severity, x.status, x.table])).toEqual([['t2.valid.normative', 'warning', 'fail', 't2']]);
    expect(f[0].cells.sort()).toEqual(['t2.normative.made', 't2.normative.repealed', 't2.normative.valid']);
    expect(formatFinding(f[0], 'zh', r.template)).toContain('不满足 ≥');
  });

  it('规章: 1 issued, 0 repealed, 0 in force', () => {
    const r = edit({ 't2.rules.made': '1' });
    expect(r.findings.filter((x) => x.rule.startsWith('t2.')).map((x) => x.rule)).toEqual(['t2.valid.rules']);
  });
});
