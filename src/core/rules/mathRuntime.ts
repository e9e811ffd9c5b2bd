import {
  create,
  parseDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  equalDependencies,
  unequalDependencies,
  smallerDependencies,
  smallerEqDependencies,
  largerDependencies,
  largerEqDependencies,
  andDependencies,
  orDependencies,
  notDependencies,
  absDependencies,
  roundDependencies,
  minDependencies,
  maxDependencies,
} from 'mathjs/number';
import { ALLOWED_FUNCTIONS, type AllowedFunction, type ArithOp, type CompareOp, type Expr } from './expr';

/**
 * The only module that touches mathjs. It is built from `mathjs/number` with just the functions the
 * rule language needs; `import`, `createUnit`, `evaluate` and the like are never reachable from a
 * rule, and every parsed tree is checked against an allow-list before it is compiled.
 */
const math = create({
  parseDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  equalDependencies,
  unequalDependencies,
  smallerDependencies,
  smallerEqDependencies,
  largerDependencies,
  largerEqDependencies,
  andDependencies,
  orDependencies,
  notDependencies,
  absDependencies,
  roundDependencies,
  minDependencies,
  maxDependencies,
});

export type Scope = Map<string, number>;
export type Evaluator = (scope: Scope) => number | boolean;

export type ParseOutcome =
  | { ok: true; expr: Expr; evaluate: Evaluator; sides?: [Evaluator, Evaluator] }
  | { ok: false; code: 'rule.syntax' | 'rule.forbidden-function' | 'rule.forbidden-syntax'; detail: string };

const ARITH: Record<string, ArithOp> = { add: '+', subtract: '-', multiply: '*', divide: '/' };
const COMPARE: Record<string, CompareOp> = {
  equal: '==',
  unequal: '!=',
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
};

class Refusal extends Error {
  constructor(
    readonly code: 'rule.forbidden-function' | 'rule.forbidden-syntax',
    readonly detail: string,
  ) {
    super(detail);
  }
}

// mathjs nodes are typed loosely here on purpose: they never leave this module.
type MNode = {
  type: string;
  fn?: string | { name?: string };
  name?: string;
  op?: string;
  value?: unknown;
  args?: MNode[];
  content?: MNode;
  compile(): { evaluate(scope?: Scope): unknown };
};

/** Parses a rule expression, checks it against the allow-list and compiles it once. */
export function parseRuleExpression(source: string): ParseOutcome {
  let node: MNode;
  try {
    node = math.parse(source) as unknown as MNode;
  } catch (e) {
    return { ok: false, code: 'rule.syntax', detail: (e as Error).message };
  }
  let expr: Expr;
  try {
    expr = toExpr(node);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, code: e.code, detail: e.detail };
    throw e;
  }
  const evaluate = evaluator(node);
  let top = node;
  while (top.type === 'ParenthesisNode' && top.content) top = top.content;
  const sides =
    top.type === 'OperatorNode' && typeof top.fn === 'string' && COMPARE[top.fn] && top.args?.length === 2
      ? ([evaluator(top.args[0]), evaluator(top.args[1])] as [Evaluator, Evaluator])
      : undefined;
  return { ok: true, expr, evaluate, sides };
}

function evaluator(node: MNode): Evaluator {
  const code = node.compile();
  return (scope) => code.evaluate(scope) as number | boolean;
}

function toExpr(node: MNode): Expr {
  switch (node.type) {
    case 'ParenthesisNode':
      return toExpr(node.content!);
    case 'ConstantNode':
      if (typeof node.value !== 'number') throw new Refusal('rule.forbidden-syntax', `常量 ${String(node.value)}`);
      return { type: 'num', value: node.value };
    case 'SymbolNode':
      return { type: 'sym', name: node.name! };
    case 'OperatorNode': {
      const fn = node.fn as string;
      const args = (node.args ?? []).map(toExpr);
      if (fn === 'unaryMinus') return { type: 'neg', arg: args[0] };
      if (fn === 'unaryPlus') return args[0];
      if (ARITH[fn]) return { type: 'arith', op: ARITH[fn], args: [args[0], args[1]] };
      if (COMPARE[fn]) return { type: 'compare', op: COMPARE[fn], args: [args[0], args[1]] };
      if (fn === 'and' || fn === 'or' || fn === 'not') return { type: 'logic', op: fn, args };
      throw new Refusal('rule.forbidden-syntax', `运算符 ${node.op ?? fn}`);
    }
    case 'FunctionNode': {
      const fnNode = node.fn as { name?: string };
      const name = fnNode?.name ?? '';
      if (!(ALLOWED_FUNCTIONS as readonly string[]).includes(name)) throw new Refusal('rule.forbidden-function', name || '?');
      return { type: 'call', fn: name as AllowedFunction, args: (node.args ?? []).map(toExpr) };
    }
    default:
      throw new Refusal('rule.forbidden-syntax', node.type.replace(/Node$/, ''));
  }
}
