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

/**
 * The only module that touches mathjs. It is built from `mathjs/number` with just the functions the
 * rule language needs; `import`, `createUnit`, `evaluate` and the like are never reachable from a
 * rule, and every parsed tree is checked against an allow-list before it is compiled. mathRuntime
 * makes it when first needed. The page's build swaps this module for one that runs it from the
 * page's inert text when asked (vite.config.ts lazyModules): opening the page never parses mathjs.
 */
export const makeMath = () =>
  create({
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

/** What makes the rule language's mathjs (the page's build makes it another way: see above). */
export type MakeMath = typeof makeMath;
