/** Where the page's build puts mathjs as inert text, and the global it leaves when run (vite.config.ts, mathjsInstance.page.ts). */
export const MATHJS_SCRIPT_ID = 'gouji-mathjs';
export const MATHJS_GLOBAL = '__goujiMathjs';
