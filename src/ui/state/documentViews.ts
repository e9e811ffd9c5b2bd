import { locationOfKey, problemsOf, recognise, type AuditResult, type Lang, type Problem, type RawTable, type Reading, type TableId } from '../../core';
import { REPORT_TEMPLATES } from '../../templates';
import { genericModel, reportModel, type GridModel } from '../grid/gridModel';

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

/**
 * A document's tables read in the format chosen (`templateOverride`: a format's id, `generic`, or
 * null to recognise it), a plain table's edits in them: a corrected label may make it a report.
 * The page and its worker read a document this one way.
 */
export function readingOf(doc: { tables: RawTable[]; edits: Record<string, string>; narrative: string[]; templateOverride: string | null }): Reading {
  const override = doc.templateOverride;
  const tables = applyGenericEdits(doc.tables, doc.edits);
  const templates = override === 'generic' ? [] : override ? REPORT_TEMPLATES.filter((t) => t.id === override) : REPORT_TEMPLATES;
  return recognise(tables, templates.length || override === 'generic' ? templates : REPORT_TEMPLATES, { text: doc.narrative });
}

/** What the grid shows for a tab: a report's table in its official layout, or a plain table as it came. */
export function modelOf(result: AuditResult, tables: RawTable[], edits: Record<string, string>, raw: ReadonlyMap<string, string>, tab: string, lang: Lang): GridModel | null {
  if (result.template) {
    if (!result.template.tables.some((t) => t.id === tab)) return null;
    return reportModel(result.template, tab as TableId, raw, lang);
  }
  const i = Number(tab.slice(1));
  const shown = applyGenericEdits(tables, edits);
  return tab.startsWith('G') && shown[i] ? genericModel(shown[i], i) : null;
}

/** The tab that shows a cell: its table in the format, or the plain table its name says (`T1!B7`). */
export function tabOfKey(result: AuditResult | null, tables: readonly RawTable[], key: string): string | undefined {
  const t = result?.template;
  if (t) return t.tables.find((x) => x.cells.some((c) => c.key === key))?.id;
  const name = key.split('!')[0];
  const i = tables.findIndex((x) => x.name === name);
  return i >= 0 ? `G${i}` : undefined;
}
