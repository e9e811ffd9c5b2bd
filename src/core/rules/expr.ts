/**
 * The rule language's own syntax tree: what the rest of the core sees of a rule expression.
 * mathjs parses and evaluates; no mathjs type leaves mathRuntime.ts.
 */
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithOp = '+' | '-' | '*' | '/';
export type LogicOp = 'and' | 'or' | 'not';

export type Expr =
  | { type: 'num'; value: number }
  | { type: 'sym'; name: string }
  | { type: 'neg'; arg: Expr }
  | { type: 'arith'; op: ArithOp; args: [Expr, Expr] }
  | { type: 'compare'; op: CompareOp; args: [Expr, Expr] }
  | { type: 'logic'; op: LogicOp; args: Expr[] }
  | { type: 'call'; fn: AllowedFunction; args: Expr[] };

/** The only functions a rule may call. */
export const ALLOWED_FUNCTIONS = ['abs', 'round', 'min', 'max'] as const;
export type AllowedFunction = (typeof ALLOWED_FUNCTIONS)[number];

/** Names in order of first appearance. */
export function symbolsOf(expr: Expr, out: string[] = []): string[] {
  switch (expr.type) {
    case 'sym':
      if (!out.includes(expr.name)) out.push(expr.name);
      break;
    case 'neg':
      symbolsOf(expr.arg, out);
      break;
    case 'arith':
    case 'compare':
    case 'logic':
    case 'call':
      for (const a of expr.args) symbolsOf(a, out);
      break;
  }
  return out;
}

/** A linear combination Σ coef·symbol + constant, or null when the expression is not linear. */
export interface Linear {
  terms: Array<{ name: string; coef: number }>;
  constant: number;
}

export function linearize(expr: Expr): Linear | null {
  switch (expr.type) {
    case 'num':
      return { terms: [], constant: expr.value };
    case 'sym':
      return { terms: [{ name: expr.name, coef: 1 }], constant: 0 };
    case 'neg': {
      const a = linearize(expr.arg);
      return a && scale(a, -1);
    }
    case 'arith': {
      const [l, r] = expr.args.map(linearize);
      if (!l || !r) return null;
      if (expr.op === '+') return add(l, r);
      if (expr.op === '-') return add(l, scale(r, -1));
      if (expr.op === '*') {
        if (!l.terms.length) return scale(r, l.constant);
        if (!r.terms.length) return scale(l, r.constant);
        return null;
      }
      if (!r.terms.length && r.constant !== 0) return scale(l, 1 / r.constant);
      return null;
    }
    default:
      return null;
  }
}

function scale(a: Linear, k: number): Linear {
  return { terms: a.terms.map((t) => ({ name: t.name, coef: t.coef * k })), constant: a.constant * k };
}

function add(a: Linear, b: Linear): Linear {
  const terms = a.terms.map((t) => ({ ...t }));
  for (const t of b.terms) {
    const same = terms.find((x) => x.name === t.name);
    if (same) same.coef += t.coef;
    else terms.push({ ...t });
  }
  return { terms: terms.filter((t) => t.coef !== 0), constant: a.constant + b.constant };
}
