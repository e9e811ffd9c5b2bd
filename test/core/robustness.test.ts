import { describe, expect, it } from 'vitest';
import { auditTables } from '../support/pipeline';
import { evaluateRules } from '../../src/core/evaluate';
import { compileRuleSet } from '../../src/core/rules';
import { importText } from '../../src/io';
import { GOV_DISCLOSURE_2021 } from '../../src/templates';
import { auditText, messageOf } from '../support/audit';
import { sampleText } from '../support/youyang';

const YOUYANG_TEXT = sampleText();

describe('inputs and rules at the edges', () => {
  it('a 200,000-row table is read and audited without overflowing the stack', () => {
    const lines = ['项目\t预算', ...Array.from({ length: 200_000 }, (_, i) => `费用${i}\t${i}`)];
    const imported = importText(lines.join('\n'));
    expect(imported.tables[0].rows.length).toBe(200_001);
    const r = auditTables(imported.tables);
    expect(r.templateId).toBe('generic');
    expect(r.values.get('T1!B200001')).toBe(199_999);
  });

  it('strict comparisons fail when both sides are equal', () => {
    const { rules, errors } = compileRuleSet(GOV_DISCLOSURE_2021, [
      { id: 'lt', table: 't3', title: 'lt', titleEn: 'lt', expr: 't3_new_natural < t3_new_total', severity: 'warning' },
      { id: 'gt', table: 't3', title: 'gt', titleEn: 'gt', expr: 't3_new_natural > t3_new_total', severity: 'warning' },
      { id: 'le', table: 't3', title: 'le', titleEn: 'le', expr: 't3_new_natural <= t3_new_total', severity: 'warning' },
    ]);
    expect(errors).toEqual([]);
    const values = new Map<string, number | null>([
      ['t3.new.natural', 3],
      ['t3.new.total', 3],
    ]);
    expect(evaluateRules(rules, values).map((o) => [o.rule.id, o.status])).toEqual([
      ['lt', 'fail'],
      ['gt', 'fail'],
      ['le', 'pass'],
    ]);
  });

  it('refuses a placeholder named like an Object method and an empty family, naming the rule', () => {
    const { rules, errors } = compileRuleSet(GOV_DISCLOSURE_2021, [
      { id: 'odd.{toString}', table: 't3', title: 't', titleEn: 't', expr: 't3_new_{toString} == 0', severity: 'error' },
      { id: 'empty.{col}', table: 't3', title: 'e', titleEn: 'e', expr: 't3_new_{col} == 0', severity: 'error', each: { col: [] } },
    ]);
    expect(rules).toEqual([]);
    expect(errors.map((e) => [e.rule, e.code])).toEqual([
      ['empty.{col}', 'rule.placeholder'],
      ['odd.{toString}', 'rule.placeholder'],
    ].sort((a, b) => (a[0] < b[0] ? 1 : -1)));
    for (const e of errors) expect(e.message).toContain(e.rule.split('.')[0]);
  });

  it('structure findings about the same label in two tables have different fingerprints', () => {
    // An extra 备注 column with numbers in table 2's first block and in table 3.
    const text = YOUYANG_TEXT.replace('\t现行有效件数\n', '\t现行有效件数\n\t备注\n')
      .replace('\t规章\n\t0\n\t0\n\t0\n', '\t规章\n\t0\n\t0\n\t0\n\t5\n')
      .replace('\t法人或其他组织\n\t总计\n', '\t法人或其他组织\n\t总计\n\t备注\n')
      .replace('\t一、本年新收政府信息公开申请数量\n\t60\n\t0\n\t0\n\t0\n\t0\n\t0\n\t60\n', '\t一、本年新收政府信息公开申请数量\n\t60\n\t0\n\t0\n\t0\n\t0\n\t0\n\t60\n\t7\n');
    const r = auditText(text);
    const extra = r.findings.filter((f) => f.rule === 'structure.extra-column');
    expect(extra.map((f) => f.table).sort()).toEqual(['t2', 't3']);
    expect(new Set(extra.map((f) => f.fingerprint)).size).toBe(2);
    expect(new Set(r.findings.map((f) => f.fingerprint)).size).toBe(r.findings.length);
  });

  it('a text cell is named as text, not as a blank, in the rules it breaks', () => {
    const r = auditText(YOUYANG_TEXT.replace('\t60\n\t0', '\t约60\n\t0'));
    const balance = r.findings.find((f) => f.rule === 't3.balance.natural')!;
    expect(balance.status).toBe('uncertain');
    expect(messageOf(balance)).toBe('本年新收·自然人“约60”不是数字，按其余各格应为 60');
    expect(balance.suspects[0]).toMatchObject({ cell: 't3.new.natural', suggested: 60 });
  });
});
