/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BASE = 120;

/**
 * A file name Windows, macOS and Linux all accept: illegal characters become `_`, trailing dots and
 * spaces go, a device name (`CON`, `LPT1`) gets a leading `_`, an empty name becomes `未命名`.
 */
export function safeFileName(name: string): string {
  let s = name.replace(ILLEGAL, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  if (!s) s = '未命名';
  const dot = s.lastIndexOf('.');
  const stem = dot > 0 ? s.slice(0, dot) : s;
  if (RESERVED.test(stem)) s = `_${s}`;
  return s;
}

/** A file's own name without its folder and extension: `D:\\报告\\洪泽区.docx` → `洪泽区`. */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The name of one report's export: unit and year as read (`淮安市洪泽区人民政府-2024-审核意见.xlsx`),
 * the file's own name when the unit is unknown (`洪泽区报告-审核意见.xlsx`).
 */
export function exportFileName(
  report: { unit: string | null; year: number | null } | null | undefined,
  sourceName: string,
  suffix: string,
  ext: string,
): string {
  const unit = report?.unit?.trim();
  const parts = unit ? [unit, ...(report?.year ? [String(report.year)] : [])] : [fileStem(sourceName) || '未命名'];
  const base = safeFileName(parts.join('-')).slice(0, MAX_BASE);
  return safeFileName(`${base}-${suffix}.${ext}`);
}

/**
 * Claims a name not yet taken (compared as Windows does, ignoring case): the second `a.xlsx` becomes
 * `a(2).xlsx`, the third `a(3).xlsx`. Adds the name it returns to `taken`.
 */
export function claimFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}(${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Distinct names for a list of exports, in order: the first keeps its name, later ones are numbered. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((n) => claimFileName(n, taken));
}
