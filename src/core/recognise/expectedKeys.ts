import type { TemplateDef } from '../template/types';

/**
 * The keys a report of this format has as the input prints it. Where a row may stand for others
 * (2021's 三（六）其他处理 printed as one row), the input's form decides: if it holds a key of the short
 * row, the rows it stands for are not expected, otherwise the short row is not.
 *
 * @example expectedKeys(GOV_DISCLOSURE_2021, ['t3.other.natural']).length  // 186
 * @example expectedKeys(GOV_DISCLOSURE_2021, []).length                    // 200
 */
export function expectedKeys(template: TemplateDef, present: Iterable<string>): string[] {
  const have = new Set(present);
  const out: string[] = [];
  for (const table of template.tables) {
    const dropped = new Set<string>();
    for (const row of table.rows) {
      if (!row.standsFor?.length) continue;
      const shortUsed = table.cells.some((c) => c.row === row.id && have.has(c.key));
      if (shortUsed) for (const id of row.standsFor) dropped.add(id);
      else dropped.add(row.id);
    }
    for (const c of table.cells) if (!dropped.has(c.row)) out.push(c.key);
  }
  return out;
}
