import type { ParseHtml } from '../../io/parseHtml';
import { HTMLPARSER_GLOBAL, HTMLPARSER_SCRIPT_ID } from './lazyIds';
import { runLazyScript } from './lazyScript';

/**
 * The page's src/io/parseHtml.ts (swapped in by vite.config.ts lazyModules): htmlparser2 is carried
 * as inert text and run the first time HTML is read on this thread (a paste; files are read in the
 * worker). Opening the page never parses it.
 */
export const parseHtml: ParseHtml = (html) => runLazyScript<{ parseHtml: ParseHtml }>(HTMLPARSER_SCRIPT_ID, HTMLPARSER_GLOBAL).parseHtml(html);
