import { locationOfKey, type AuditResult, type Problem, type RawTable } from '../../core';

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
