export { compileRuleSet, compiledRules, formatRuleLoadError, ruleTrees, type CompiledRule, type RuleLoadError, type RuleErrorCode } from './compileRules';
export { type Expr, type Linear, type CompareOp, linearize, symbolsOf, ALLOWED_FUNCTIONS } from './expr';
export { knowRuleTrees, type Scope } from './mathRuntime';
export type { MakeMath } from './mathjsInstance';
