/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Handsontable licence key, set at build time; defaults to 'non-commercial-and-evaluation' */
  readonly VITE_HANDSONTABLE_LICENSE_KEY?: string;
}

declare module '*.txt?raw' {
  const text: string;
  export default text;
}

/** A new value for every build of the page (see vite.config.ts). */
declare const __GOUJI_BUILD__: string;

/** The built-in formats' rule expressions, parsed at build time (vite.config.ts): JSON of expression → tree. */
declare const __GOUJI_RULE_TREES__: string;
