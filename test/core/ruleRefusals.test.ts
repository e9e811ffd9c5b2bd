import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../src/core/rules';
import type { RuleDef } from '../../src/core/template/types';
import { GOV_DISCLOSURE_2019, GOV_DISCLOSURE_2021 } from '../../src/templates';

const rule = (id: string, expr: string, extra: Partial<RuleDef> = {}): RuleDef => ({
  id,
  table: 't3',
  title: `测试规则 ${id}`,
  titleEn: `test rule ${id}`,
  expr,
  severity: 'error',
  tolerance: 0,
  ...extra,
});

const BAD: Array<[string, string, string]> = [
  // [rule id, expression, expected error code]
  ['bad.syntax', 't3_new_natural +* 1', 'rule.syntax'],
  ['bad.unknown', 't3_new_nobody == 1', 'rule.unknown-name'],
  ['bad.dotted', 't3.denied.8.natural == 1', ''],
  ['bad.sin', 'sin(t3_new_natural) == 0', 'rule.forbidden-function'],
  ['bad.import', 'import({x: 1}) == 0', 'rule.forbidden-function'],
  ['bad.evaluate', 'evaluate("1") == 1', 'rule.forbidden-function'],
  ['bad.createUnit', 'createUnit("x") == 1', 'rule.forbidden-function'],
  ['bad.assign', 't3_new_natural = 3', 'rule.forbidden-syntax'],
  ['bad.function-def', 'f(x) = x', 'rule.forbidden-syntax'],
];

const GOOD: RuleDef[] = [
  rule('good.sum', 't3_new_total == t3_new_natural + t3_new_commercial'),
  rule('good.abs', 'abs(t3_new_natural - t3_forward_natural) <= 1000'),
  rule('good.each.{col}', 't3_denied_8_{col} >= 0', {
    each: { col: [{ id: 'natural', display: '自然人', en: 'n' }, { id: 'total', display: '总计', en: 't' }] },
  }),
];

describe('compileRuleSet refuses bad rules and loads the good ones', () => {
  const defs = [
    ...BAD.slice(0, 4).map(([id, expr]) => rule(id, expr)),
    GOOD[0],
    ...BAD.slice(4).map(([id, expr]) => rule(id, expr)),
    rule('bad.placeholder', 't3_new_{col} == 0'),
    ...GOOD.slice(1),
  ];
  const { rules, errors } = compileRuleSet(GOV_DISCLOSURE_2021, defs);

  it('loads every valid rule of the set (a family expands to one rule per item)', () => {
    expect(rules.map((r) => r.id)).toEqual(['good.sum', 'good.abs', 'good.each.natural', 'good.each.total']);
    expect(rules.find((r) => r.id === 'good.each.total')!.cells).toEqual(['t3.denied.8.total']);
    expect(rules[0].cells).toEqual(['t3.new.total', 't3.new.natural', 't3.new.commercial']);
  });

  it('refuses each bad rule once, in order, with a message naming it', () => {
    expect(errors.map((e) => e.rule)).toEqual([...BAD.map(([id]) => id), 'bad.placeholder']);
    for (const e of errors) {
      expect(e.message, e.rule).toContain(e.rule);
      expect(e.message, e.rule).toContain('已拒绝');
    }
  });

  it.each(BAD.filter(([, , code]) => code))('%s (%s) is refused as %s', (id, _expr, code) => {
    const e = errors.find((x) => x.rule === id)!;
    expect(e.code).toBe(code);
  });

  it('an unknown name is named in the message', () => {
    expect(errors.find((e) => e.rule === 'bad.unknown')!.message).toContain('t3_new_nobody');
  });

  it('a forbidden function is named in the message', () => {
    expect(errors.find((e) => e.rule === 'bad.sin')!.message).toContain('sin');
    expect(errors.find((e) => e.rule === 'bad.import')!.message).toContain('import');
    expect(errors.find((e) => e.rule === 'bad.evaluate')!.message).toContain('evaluate');
    expect(errors.find((e) => e.rule === 'bad.createUnit')!.message).toContain('createUnit');
  });

  it('a dotted key is refused with a hint to write _ for .', () => {
    const e = errors.find((x) => x.rule === 'bad.dotted')!;
    expect(e).toBeDefined();
    expect(e.message).toContain('t3_denied_8_natural');
    expect(e.message).toMatch(/_ 代替 \./);
  });

  it('a placeholder without `each` is refused and named', () => {
    const e = errors.find((x) => x.rule === 'bad.placeholder')!;
    expect(e.code).toBe('rule.placeholder');
    expect(e.message).toContain('{col}');
  });

  it('a rule set of only bad rules loads nothing and does not throw', () => {
    const r = compileRuleSet(GOV_DISCLOSURE_2019, [rule('only.bad', 'import("x")')]);
    expect(r.rules).toEqual([]);
    expect(r.errors.map((e) => e.rule)).toEqual(['only.bad']);
  });

  it('a key of another format is an unknown name (2019 has no t3_other_1_natural)', () => {
    const r = compileRuleSet(GOV_DISCLOSURE_2019, [rule('x.other1', 't3_other_1_natural >= 0'), rule('x.other', 't3_other_natural >= 0')]);
    expect(r.errors.map((e) => [e.rule, e.code])).toEqual([['x.other1', 'rule.unknown-name']]);
    expect(r.rules.map((x) => x.id)).toEqual(['x.other']);
  });
});

describe("the templates' own rule sets", () => {
  const count = (ids: string[], prefix: string) => ids.filter((id) => id.startsWith(prefix)).length;

  it('2021: 7 balance + 7 results (+ 7 for 三（六） printed as one row) + 26 rows + 3 table-4 groups + 2 of table 2 = 52 rules, no error', () => {
    const { rules, errors } = compileRuleSet(GOV_DISCLOSURE_2021);
    expect(errors).toEqual([]);
    const ids = rules.map((r) => r.id);
    expect(count(ids, 't3.balance.')).toBe(7);
    expect(count(ids, 't3.results.')).toBe(7);
    expect(count(ids, 't3.results-one-row.')).toBe(7);
    expect(count(ids, 't3.row.')).toBe(26);
    expect(count(ids, 't4.group.')).toBe(3);
    expect(count(ids, 't2.valid.')).toBe(2);
    expect(rules).toHaveLength(52);
    expect(new Set(ids).size).toBe(52);
    expect(ids).toContain('t3.row.other');
    expect(ids).toContain('t3.row.other.3');
    expect(ids).toContain('t3.balance.other_org');
    expect(ids).toContain('t4.group.suit_after');
  });

  it('2019: 2 table-2 + 7 balance + 7 results + 23 rows + 3 table-4 groups = 42 rules, no error', () => {
    const { rules, errors } = compileRuleSet(GOV_DISCLOSURE_2019);
    expect(errors).toEqual([]);
    const ids = rules.map((r) => r.id);
    expect(count(ids, 't2.')).toBe(2);
    expect(count(ids, 't3.balance.')).toBe(7);
    expect(count(ids, 't3.results.')).toBe(7);
    expect(count(ids, 't3.row.')).toBe(23);
    expect(count(ids, 't4.group.')).toBe(3);
    expect(rules).toHaveLength(42);
    expect(ids).toContain('t3.row.other');
    expect(ids).not.toContain('t3.row.other.1');
  });

  it('the 2021 results rule adds up all 21 result rows of its column', () => {
    const { rules } = compileRuleSet(GOV_DISCLOSURE_2021);
    const r = rules.find((x) => x.id === 't3.results.natural')!;
    // （七）总计 plus 21 parts: 予以公开, 部分公开, 8 不予公开, 3 无法提供, 5 不予处理, 3 其他处理
    expect(r.cells).toHaveLength(1 + 2 + 8 + 3 + 5 + 3);
    expect(r.cells[0]).toBe('t3.total.natural');
    expect(r.cells).toContain('t3.other.3.natural');
    expect(r.cells).not.toContain('t3.new.natural');
  });
});
