/**
 * The libraries the page carries as inert text and runs when first needed (vite.config.ts
 * lazyModules): the element each is put in, and the global it leaves when run.
 */
export const MATHJS_SCRIPT_ID = 'gouji-mathjs';
export const MATHJS_GLOBAL = '__goujiMathjs';
export const HTMLPARSER_SCRIPT_ID = 'gouji-htmlparser2';
export const HTMLPARSER_GLOBAL = '__goujiHtmlparser2';
