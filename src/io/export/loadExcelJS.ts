/**
 * exceljs, loaded only when a workbook is written (it is about 1 MB): in Node its own build, in the
 * browser the `browser` build its package.json names (dist/exceljs.min.js, no Node built-ins).
 */
export type ExcelJSModule = typeof import('exceljs');

export async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
  // A CommonJS module: its exports arrive as the default export (Node, bundlers) or as the namespace.
  return mod.default?.Workbook ? mod.default : mod;
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, not taken yet. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, '_').trim() || '表').slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}(${n})`;
  taken.add(name);
  return name;
}
