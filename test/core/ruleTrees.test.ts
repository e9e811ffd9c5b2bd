import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, knowRuleTrees, ruleTrees, type CompiledRule } from '../../src/core';
import { keyToSymbol } from '../../src/core/template/keys';
import { REPORT_TEMPLATES } from '../../src/templates';

/**
 * The page takes the built-in rules' trees from the build (vite.config.ts → knowRuleTrees) instead of
 * parsing them at start. Rules compiled from those trees must be the rules parsed from their text:
 * the same trees, cells and linear forms, and the same value for every scope, a name missing included.
 */
const parsed = new Map(REPORT_TEMPLATES.map((t) => [t.id, compileRuleSet(t).rules]));
// as the build hands them over: through JSON
const trees = JSON.parse(JSON.stringify(ruleTrees(REPORT_TEMPLATES)));
knowRuleTrees(trees);
const fromTrees = new Map(REPORT_TEMPLATES.map((t) => [t.id, compileRuleSet(t).rules]));

function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    return { threw: (e as Error).message };
  }
}

function sameOn(a: CompiledRule, b: CompiledRule, scope: Map<string, number>): void {
  expect(outcome(() => b.evaluate(scope))).toEqual(outcome(() => a.evaluate(scope)));
  if (a.comparison) {
    expect(outcome(() => b.comparison!.evalLeft(scope))).toEqual(outcome(() => a.comparison!.evalLeft(scope)));
    expect(outcome(() => b.comparison!.evalRight(scope))).toEqual(outcome(() => a.comparison!.evalRight(scope)));
  }
  if (a.when) expect(outcome(() => b.when!.evaluate(scope))).toEqual(outcome(() => a.when!.evaluate(scope)));
}

describe("the built-in rules' trees, parsed at build time", () => {
  it('cover every rule and condition of every format', () => {
    const sources = new Set<string>();
    for (const rules of parsed.values()) {
      for (const r of rules) {
        expect(trees[r.source]).toEqual(r.expr);
        sources.add(r.source);
        if (r.when) sources.add(r.when.source);
      }
    }
    expect(Object.keys(trees).sort()).toEqual([...sources].sort());
  });

  for (const template of REPORT_TEMPLATES) {
    it(`${template.id}: compile to the same rules as their text does`, () => {
      const a = parsed.get(template.id)!;
      const b = fromTrees.get(template.id)!;
      expect(b.map((r) => r.id)).toEqual(a.map((r) => r.id));
      for (let i = 0; i < a.length; i++) {
        const { evaluate: _e, comparison: ca, when: wa, ...restA } = a[i];
        const { evaluate: _f, comparison: cb, when: wb, ...restB } = b[i];
        expect(restB).toEqual(restA);
        expect(cb && { op: cb.op, left: cb.left, right: cb.right, linear: cb.linear }).toEqual(ca && { op: ca.op, left: ca.left, right: ca.right, linear: ca.linear });
        expect(wb && { source: wb.source, cells: wb.cells }).toEqual(wa && { source: wa.source, cells: wa.cells });
      }
    });

    it(`${template.id}: evaluate as their text does, on any figures and with a name missing`, () => {
      const a = parsed.get(template.id)!;
      const b = fromTrees.get(template.id)!;
      const symbols = [...new Set(a.flatMap((r) => [...r.cells, ...(r.when?.cells ?? [])]))].map(keyToSymbol);
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: symbols.length, maxLength: symbols.length }),
          fc.integer({ min: -1, max: symbols.length - 1 }),
          (values, missing) => {
            const scope = new Map(symbols.map((s, i) => [s, values[i]]));
            if (missing >= 0) scope.delete(symbols[missing]);
            for (let i = 0; i < a.length; i++) sameOn(a[i], b[i], scope);
          },
        ),
        { numRuns: 60, seed: 20261130 },
      );
    });
  }
});
