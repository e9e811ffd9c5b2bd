import type { MakeMath } from '../../core';
import { MATHJS_GLOBAL, MATHJS_SCRIPT_ID } from './lazyIds';
import { runLazyScript } from './lazyScript';

/**
 * The page's src/core/rules/mathjsInstance.ts (swapped in by vite.config.ts lazyModules): mathjs is
 * carried as inert text and run the first time a rule takes a slow path (a condition, a function,
 * a name its scope lacks). The built-in formats' rules, parsed at build time and checked as sums and
 * comparisons of sums, never do: opening and auditing a report never parses its 140 KB.
 */
export const makeMath: MakeMath = () => runLazyScript<{ makeMath: MakeMath }>(MATHJS_SCRIPT_ID, MATHJS_GLOBAL).makeMath();

// for the e2e tests: no report of the built-in formats takes a path that needs mathjs
(globalThis as unknown as { __goujiMakeMath?: MakeMath }).__goujiMakeMath = makeMath;
