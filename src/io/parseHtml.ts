import { parseDocument } from 'htmlparser2';

/**
 * HTML as a DOM tree (htmlparser2, entities decoded). Its own module: the page's build carries
 * htmlparser2 outside the page's first script and runs it when the first HTML is read (a paste;
 * files are read in the worker): vite.config.ts lazyModules, src/ui/lazy/parseHtml.page.ts.
 */
export const parseHtml = (html: string) => parseDocument(html, { decodeEntities: true });

export type ParseHtml = typeof parseHtml;
