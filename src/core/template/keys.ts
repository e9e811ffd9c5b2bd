import type { CellDef, TableDef, TemplateDef } from './types';

/** `t3.denied.8.natural` → `t3_denied_8_natural`: how a key is written inside a rule expression. */
export function keyToSymbol(key: string): string {
  return key.replaceAll('.', '_');
}

/** Every key of a template, in template order. */
export function templateKeys(template: TemplateDef): string[] {
  return template.tables.flatMap((t) => t.cells.map((c) => c.key));
}

const cellIndex = new WeakMap<TemplateDef, Map<string, { table: TableDef; cell: CellDef }>>();

export function findCell(template: TemplateDef, key: string): { table: TableDef; cell: CellDef } | undefined {
  let index = cellIndex.get(template);
  if (!index) {
    index = new Map(template.tables.flatMap((table) => table.cells.map((cell) => [cell.key, { table, cell }] as const)));
    cellIndex.set(template, index);
  }
  return index.get(key);
}

const labelCache = new WeakMap<TemplateDef, Map<string, { zh: string; en: string }>>();

/**
 * A cell's name for messages: `（七）总计·自然人`, `不予公开·8.属于行政查询事项·自然人`, `行政复议·结果维持`.
 */
export function cellLabel(template: TemplateDef, key: string, lang: 'zh' | 'en' = 'zh'): string {
  let map = labelCache.get(template);
  if (!map) {
    map = buildLabels(template);
    labelCache.set(template, map);
  }
  return map.get(key)?.[lang] ?? key;
}

function buildLabels(template: TemplateDef): Map<string, { zh: string; en: string }> {
  const map = new Map<string, { zh: string; en: string }>();
  for (const table of template.tables) {
    const cols = new Map<string, { zh: string[]; en: string[] }>();
    for (const set of table.columnSets) collectColumnPaths(set.roots, [], [], cols);
    for (const cell of table.cells) {
      const row = table.rows.find((r) => r.id === cell.row);
      const group = row?.group ? table.groups.find((g) => g.id === row.group) : undefined;
      const col = cols.get(cell.col);
      const zh: string[] = [];
      const en: string[] = [];
      if (group && group.parent) {
        zh.push(strip(group.display));
        en.push(group.en);
      }
      if (row && !table.singleRow) {
        zh.push(row.short ?? row.display);
        en.push(row.en);
      }
      // Column paths of one node (`自然人`) are enough; t4 needs its group (`行政复议·结果维持`).
      if (col) {
        const keep = table.singleRow ? col.zh.length : 1;
        zh.push(...col.zh.slice(-keep));
        en.push(...col.en.slice(-keep));
      }
      map.set(cell.key, { zh: zh.join('·'), en: en.join(' · ') });
    }
  }
  return map;
}

function collectColumnPaths(
  nodes: { id?: string; display: string; en: string; children?: unknown[] }[],
  zh: string[],
  en: string[],
  out: Map<string, { zh: string[]; en: string[] }>,
): void {
  for (const node of nodes) {
    const z = [...zh, node.display];
    const e = [...en, node.en];
    if (node.id) out.set(node.id, { zh: z, en: e });
    if (node.children) collectColumnPaths(node.children as typeof nodes, z, e, out);
  }
}

function strip(display: string): string {
  return display.replace(/^[（(][一二三四五六七八九十]+[)）]/, '');
}
