import { keyToSymbol, templateKeys } from '../template/keys';
import type { RuleDef, Severity, TableId, TemplateDef } from '../template/types';
import { linearize, symbolsOf, type CompareOp, type Expr, type Linear } from './expr';
import { parseRuleExpression, type Evaluator } from './mathRuntime';

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

/** Why a rule was refused at load; the message names the rule. */
export interface RuleLoadError {
  rule: string;
  code: RuleErrorCode;
  message: string;
}

const ERROR_TEXT: Record<RuleErrorCode, string> = {
  'rule.syntax': '表达式语法错误',
  'rule.unknown-name': '使用了本格式中不存在的单元格',
  'rule.forbidden-function': '使用了不允许的函数（只允许 abs、round、min、max）',
  'rule.forbidden-syntax': '使用了不允许的写法（只允许数字、单元格、四则运算、比较和 and/or/not）',
  'rule.placeholder': '占位符没有对应的 each 取值',
};

/**
 * Expands rule families, parses each expression once with the restricted mathjs and checks every
 * name against the template's keys. A bad rule is refused with a message naming it; the others load.
 */
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
      errors.push({ rule: def.id, code: 'rule.placeholder', message: `规则 ${def.id}（${def.title}）已拒绝：占位符 {${empty[0]}} 的取值列表为空` });
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
  const refuse = (code: RuleErrorCode, detail: string): RuleLoadError => ({
    rule: id,
    code,
    message: `规则 ${id}（${fill(def.title, binding, 'display')}）已拒绝：${ERROR_TEXT[code]}：${detail}`,
  });
  const leftover = /\{(\w+)\}/.exec(source) ?? /\{(\w+)\}/.exec(id);
  if (leftover) return refuse('rule.placeholder', `{${leftover[1]}}`);

  const parsed = parseRuleExpression(source);
  if (!parsed.ok) {
    const hint = /\b[a-z]\w*\.\d/.test(source) ? '（表达式中的键名请用 _ 代替 .，如 t3_denied_8_natural）' : '';
    return refuse(parsed.code, `${parsed.detail}${hint}`);
  }
  const unknown = symbolsOf(parsed.expr).filter((s) => !symbols.has(s));
  if (unknown.length) return refuse('rule.unknown-name', unknown.join('、'));

  let when: CompiledRule['when'];
  if (def.when) {
    const whenSource = fill(def.when, binding, 'symbol');
    const w = parseRuleExpression(whenSource);
    if (!w.ok) return refuse(w.code, `条件 ${whenSource}：${w.detail}`);
    const wUnknown = symbolsOf(w.expr).filter((s) => !symbols.has(s));
    if (wUnknown.length) return refuse('rule.unknown-name', wUnknown.join('、'));
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
