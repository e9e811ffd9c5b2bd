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
  const slow: Evaluator = (scope) => code.evaluate(scope) as number | boolean;
  const fast = arithmetic(node);
  if (!fast) return slow;
  // A sum of cells is the most of every rule set: computed here as mathjs/number would (x + y, in
  // the tree's order), without its dispatch. A name the scope lacks is left to mathjs (its error).
  return (scope) => {
    const v = fast(scope);
    return v === undefined ? slow(scope) : v;
  };
}

type Arith = (scope: Scope) => number | undefined;

/** Numbers, names and + − × ÷ (what mathjs/number does with two numbers is JavaScript's own arithmetic); undefined for anything else. */
function arithmetic(node: MNode): Arith | undefined {
  switch (node.type) {
    case 'ParenthesisNode':
      return node.content ? arithmetic(node.content) : undefined;
    case 'ConstantNode': {
      const value = node.value;
      return typeof value === 'number' ? () => value : undefined;
    }
    case 'SymbolNode': {
      const name = node.name!;
      return (scope) => {
        const v = scope.get(name);
        return typeof v === 'number' ? v : undefined;
      };
    }
    case 'OperatorNode': {
      const args = (node.args ?? []).map(arithmetic);
      if (args.some((a) => !a)) return undefined;
      const [a, b] = args as Arith[];
      if (args.length === 1 && node.fn === 'unaryMinus') return (s) => {
        const x = a(s);
        return x === undefined ? undefined : -x;
      };
      if (args.length === 1 && node.fn === 'unaryPlus') return a;
      if (args.length !== 2) return undefined;
      const op = node.fn === 'add' ? 0 : node.fn === 'subtract' ? 1 : node.fn === 'multiply' ? 2 : node.fn === 'divide' ? 3 : -1;
      if (op < 0) return undefined;
      return (s) => {
        const x = a(s);
        const y = b(s);
        if (x === undefined || y === undefined) return undefined;
        return op === 0 ? x + y : op === 1 ? x - y : op === 2 ? x * y : x / y;
      };
    }
    default:
      return undefined;
  }
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
