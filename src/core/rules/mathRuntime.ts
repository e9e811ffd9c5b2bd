import { makeMath } from './mathjsInstance';
import { ALLOWED_FUNCTIONS, type AllowedFunction, type ArithOp, type CompareOp, type Expr } from './expr';

/**
 * mathjs, made when first needed: a page whose rules were parsed at build time may never need it
 * (and the page carries it outside its first script: src/ui/lazy).
 */
let mathInstance: ReturnType<typeof makeMath> | undefined;
const mathjs = () => (mathInstance ??= makeMath());

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

/**
 * Trees of the built-in formats' expressions, parsed when the page was built (vite.config.ts): at
 * start the page takes them instead of parsing every rule again, which was most of the cost of
 * auditing the first report. Only what `parseRuleExpression` itself made of the same text is put here.
 */
const knownTrees = new Map<string, Expr>();
export function knowRuleTrees(trees: Readonly<Record<string, Expr>>): void {
  for (const [source, expr] of Object.entries(trees)) knownTrees.set(source, expr);
}

/** Parses a rule expression, checks it against the allow-list and compiles it once. */
export function parseRuleExpression(source: string): ParseOutcome {
  const known = knownTrees.get(source);
  if (known) return fromTree(source, known);
  let node: MNode;
  try {
    node = mathjs().parse(source) as unknown as MNode;
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
  return outcomeOf(expr, () => node);
}

/** A tree parsed at build time: evaluated from it; mathjs parses the text only when a slow path needs it. */
function fromTree(source: string, expr: Expr): ParseOutcome {
  let node: MNode | undefined;
  return outcomeOf(expr, () => (node ??= mathjs().parse(source) as unknown as MNode));
}

/** The evaluators of a checked expression: of the whole, and of each side of a comparison. */
function outcomeOf(expr: Expr, nodeOf: () => MNode): ParseOutcome {
  const evaluate = evaluator(nodeOf, arithmeticOf(expr));
  const side = (i: 0 | 1) => evaluator(() => unwrapped(nodeOf()).args![i], arithmeticOf((expr as Extract<Expr, { type: 'compare' }>).args[i]));
  return { ok: true, expr, evaluate, sides: expr.type === 'compare' ? [side(0), side(1)] : undefined };
}

function unwrapped(node: MNode): MNode {
  let top = node;
  while (top.type === 'ParenthesisNode' && top.content) top = top.content;
  return top;
}

function evaluator(nodeOf: () => MNode, fast: Arith | undefined): Evaluator {
  // mathjs compiles a tree only when it is first needed: a sum of cells never needs it (see below),
  // and compiling every rule at start-up was most of the cost of opening a report.
  let code: ReturnType<MNode['compile']> | undefined;
  const slow: Evaluator = (scope) => (code ??= nodeOf().compile()).evaluate(scope) as number | boolean;
  if (!fast) return slow;
  // A sum of cells is the most of every rule set: computed here as mathjs/number would (x + y, in
  // the tree's order), without its dispatch. A name the scope lacks is left to mathjs (its error).
  return (scope) => {
    const v = fast(scope);
    return v === undefined ? slow(scope) : v;
  };
}

type Arith = (scope: Scope) => number | undefined;

/**
 * Numbers, names and + − × ÷ (what mathjs/number does with two numbers is JavaScript's own
 * arithmetic), from the rule language's tree; undefined for anything else.
 */
function arithmeticOf(expr: Expr): Arith | undefined {
  switch (expr.type) {
    case 'num': {
      const value = expr.value;
      return () => value;
    }
    case 'sym': {
      const name = expr.name;
      return (scope) => {
        const v = scope.get(name);
        return typeof v === 'number' ? v : undefined;
      };
    }
    case 'neg': {
      const a = arithmeticOf(expr.arg);
      return a && ((s) => {
        const x = a(s);
        return x === undefined ? undefined : -x;
      });
    }
    case 'arith': {
      const a = arithmeticOf(expr.args[0]);
      const b = arithmeticOf(expr.args[1]);
      if (!a || !b) return undefined;
      const op = expr.op === '+' ? 0 : expr.op === '-' ? 1 : expr.op === '*' ? 2 : 3;
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
