import { keyToSymbol, templateKeys } from '../template/keys';
import type { RuleDef, Severity, TableId, TemplateDef } from '../template/types';
import { linearize, symbolsOf, type CompareOp, type Expr, type Linear } from './expr';
import { parseRuleExpression, type Evaluator } from './mathRuntime';
import { formatMessage, type Lang, type MessageCode, type MessageParams } from '../messages';

/** A rule ready to evaluate: one member of a family, compiled once. */
export interface CompiledRule {
  id: string;
  /** the id as written in the rule set, placeholders included (`t3.balance.{col}`) */
  familyId: string;
  table: TableId;
  title: string;
  titleEn: string;
  severity: Exclude<Severity, 'info'>;
  tolerance: number | 'precision';
  /** the expanded expression, as text */
  source: string;
  expr: Expr;
  /** every key the rule reads, in order of appearance */
  cells: string[];
  evaluate: Evaluator;
  /** for `a OP b` rules: the two sides, compiled and (when linear) as linear forms over keys */
  comparison?: {
    op: CompareOp;
    left: Expr;
    right: Expr;
    evalLeft: Evaluator;
    evalRight: Evaluator;
    linear?: { left: Linear; right: Linear };
  };
  when?: { source: string; evaluate: Evaluator; cells: string[] };
}

export type RuleErrorCode =
  | 'rule.syntax'
  | 'rule.unknown-name'
  | 'rule.forbidden-function'
  | 'rule.forbidden-syntax'
  | 'rule.placeholder';

/** Why a rule was refused at load: a catalogue code and its parameters (the rule, its title, the detail). */
export interface RuleLoadError {
  rule: string;
  code: RuleErrorCode;
  params: MessageParams;
  /** the Chinese sentence, rendered from the catalogue (formatRuleLoadError renders either language) */
  message: string;
}

/** The sentence for a refused rule, in the reader's language. */
export function formatRuleLoadError(e: RuleLoadError, lang: Lang = 'zh'): string {
  const params = { ...e.params, title: lang === 'en' ? e.params.titleEn : e.params.title };
  return formatMessage('rule.refused', params, lang);
}

/**
 * Expands rule families, parses each expression once with the restricted mathjs and checks every
 * name against the template's keys. A bad rule is refused with a message naming it; the others load.
 */
const compiledCache = new WeakMap<TemplateDef, { rules: CompiledRule[]; errors: RuleLoadError[] }>();

/** The template's own rule set, compiled once per template object. */
export function compiledRules(template: TemplateDef): { rules: CompiledRule[]; errors: RuleLoadError[] } {
  let c = compiledCache.get(template);
  if (!c) {
    c = compileRuleSet(template);
    compiledCache.set(template, c);
  }
  return c;
}

export function compileRuleSet(
  template: TemplateDef,
  defs: readonly RuleDef[] = template.rules,
): { rules: CompiledRule[]; errors: RuleLoadError[] } {
  const symbols = new Map(templateKeys(template).map((k) => [keyToSymbol(k), k]));
  const rules: CompiledRule[] = [];
  const errors: RuleLoadError[] = [];
  for (const def of defs) {
    const empty = Object.entries(def.each ?? {}).find(([, items]) => !items.length);
    if (empty) {
      const params = { rule: def.id, title: def.title, titleEn: def.titleEn, why: { msg: 'rule.refused.placeholder' as const }, detail: `{${empty[0]}}` };
      errors.push({ rule: def.id, code: 'rule.placeholder', params, message: formatRuleLoadError({ rule: def.id, code: 'rule.placeholder', params, message: '' }) });
      continue;
    }
    for (const item of expandFamily(def)) {
      const result = compileOne(def, item, symbols);
      if ('code' in result) errors.push(result);
      else rules.push(result);
    }
  }
  return { rules, errors };
}

/**
 * Every expression of these formats' rules (and their conditions), parsed: what the build hands the
 * page (`knowRuleTrees`) so that it need not parse them again at start.
 */
export function ruleTrees(templates: readonly TemplateDef[]): Record<string, Expr> {
  const trees: Record<string, Expr> = {};
  for (const template of templates) {
    for (const rule of compileRuleSet(template).rules) {
      trees[rule.source] = rule.expr;
      const when = rule.when && parseRuleExpression(rule.when.source);
      if (when && when.ok) trees[rule.when!.source] = when.expr;
    }
  }
  return trees;
}

type Binding = Record<string, { id: string; display: string; en: string }>;

function expandFamily(def: RuleDef): Binding[] {
  let bindings: Binding[] = [{}];
  for (const [name, items] of Object.entries(def.each ?? {})) {
    bindings = bindings.flatMap((b) => items.map((item) => ({ ...b, [name]: item })));
  }
  return bindings;
}

function fill(text: string, binding: Binding, part: 'id' | 'symbol' | 'display' | 'en'): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const item = Object.hasOwn(binding, name) ? binding[name] : undefined;
    if (!item) return m;
    if (part === 'symbol') return keyToSymbol(item.id);
    return item[part];
  });
}

function compileOne(def: RuleDef, binding: Binding, symbols: Map<string, string>): CompiledRule | RuleLoadError {
  const id = fill(def.id, binding, 'id');
  const source = fill(def.expr, binding, 'symbol');
  const refuse = (code: RuleErrorCode, detail: MessageParams[string]): RuleLoadError => {
    const why = { msg: code.replace('rule.', 'rule.refused.') as MessageCode };
    const params = { rule: id, title: fill(def.title, binding, 'display'), titleEn: fill(def.titleEn, binding, 'en'), why, detail };
    return { rule: id, code, params, message: formatRuleLoadError({ rule: id, code, params, message: '' }) };
  };
  const leftover = /\{(\w+)\}/.exec(source) ?? /\{(\w+)\}/.exec(id);
  if (leftover) return refuse('rule.placeholder', `{${leftover[1]}}`);

  const parsed = parseRuleExpression(source);
  if (!parsed.ok) {
    const dotted = /\b[a-z]\w*\.\d/.test(source);
    return refuse(parsed.code, dotted ? { msg: 'rule.refused.with-hint', params: { detail: parsed.detail } } : parsed.detail);
  }
  const unknown = symbolsOf(parsed.expr).filter((s) => !symbols.has(s));
  if (unknown.length) return refuse('rule.unknown-name', { cells: unknown });

  let when: CompiledRule['when'];
  if (def.when) {
    const whenSource = fill(def.when, binding, 'symbol');
    const w = parseRuleExpression(whenSource);
    if (!w.ok) return refuse(w.code, { msg: 'rule.refused.when', params: { source: whenSource, detail: w.detail } });
    const wUnknown = symbolsOf(w.expr).filter((s) => !symbols.has(s));
    if (wUnknown.length) return refuse('rule.unknown-name', { cells: wUnknown });
    when = { source: whenSource, evaluate: w.evaluate, cells: symbolsOf(w.expr).map((s) => symbols.get(s)!) };
  }

  const rule: CompiledRule = {
    id,
    familyId: def.id,
    table: def.table,
    title: fill(def.title, binding, 'display'),
    titleEn: fill(def.titleEn, binding, 'en'),
    severity: def.severity,
    tolerance: def.tolerance ?? 0,
    source,
    expr: parsed.expr,
    cells: symbolsOf(parsed.expr).map((s) => symbols.get(s)!),
    evaluate: parsed.evaluate,
    when,
  };
  if (parsed.expr.type === 'compare' && parsed.sides) {
    const [left, right] = parsed.expr.args;
    const l = linearize(left);
    const r = linearize(right);
    const toKeys = (lin: Linear): Linear => ({
      constant: lin.constant,
      terms: lin.terms.map((t) => ({ name: symbols.get(t.name)!, coef: t.coef })),
    });
    rule.comparison = {
      op: parsed.expr.op,
      left,
      right,
      evalLeft: parsed.sides[0],
      evalRight: parsed.sides[1],
      linear: l && r ? { left: toKeys(l), right: toKeys(r) } : undefined,
    };
  }
  return rule;
}
