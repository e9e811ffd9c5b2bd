import { locationOfKey, problemsOf, type AuditResult, type Lang, type Problem, type RawTable } from '../../core';

/** Pure views of the document the workspace shows: the order of its problems, a plain table's edits. */

/** Problems by table, in the format's order (problems of the whole input first), as the panel lists them. */
export function orderProblems(problems: Problem[], result: AuditResult | null): Problem[] {
  const order = ['', ...(result?.template?.tables.map((t) => t.id) ?? [])];
  const rank = (p: Problem) => {
    const i = order.indexOf(p.table ?? '');
    return i < 0 ? order.length : i;
  };
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);
}

/** Edits of a table shown as it came (`T1!B7` → text) applied to a copy of the input. */
export function applyGenericEdits(tables: RawTable[], edits: Record<string, string>): RawTable[] {
  if (!Object.keys(edits).length) return tables;
  return tables.map((t) => {
    const rows = t.rows.map((r) => [...r]);
    for (const [k, v] of Object.entries(edits)) {
      if (!k.startsWith(`${t.name}!`)) continue;
      const loc = locationOfKey(k, [t.name]);
      if (!loc) continue;
      const [row, col] = [loc.row - 1, loc.col - 1];
      while (rows.length <= row) rows.push([]);
      while (rows[row].length <= col) rows[row].push('');
      rows[row][col] = v;
    }
    return { ...t, rows };
  });
}

export interface Tab {
  id: string;
  label: string;
  errors: number;
  warnings: number;
}

/**
 * The tabs of a document: each table of its format that was read, with badges counting problems
 * (one wrong cell breaking two relationships is one problem); a plain table's own tables; and
 * 未能放置 when something could not be placed.
 */
export function tabsOf(r: AuditResult, tables: readonly RawTable[], lang: Lang): Tab[] {
  const tabs: Tab[] = [];
  if (r.template) {
    for (const t of r.template.tables) {
      if (!r.tables.includes(t.id)) continue;
      const ps = problemsOf(r.findings.filter((f) => f.table === t.id));
      tabs.push({
        id: t.id,
        label: lang === 'en' ? t.shortEn : t.short,
        errors: ps.filter((p) => p.severity === 'error').length,
        warnings: ps.filter((p) => p.severity === 'warning').length,
      });
    }
  } else {
    tables.forEach((t, i) => tabs.push({ id: `G${i}`, label: t.name, errors: 0, warnings: 0 }));
  }
  const odd = r.unplaced.length + r.notes.length;
  if (odd) tabs.push({ id: 'unplaced', label: '', errors: 0, warnings: odd });
  return tabs;
}
