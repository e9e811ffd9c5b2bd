import { columnLetters } from '../table/grid';
import type { CellLocation, RawTable } from '../table/types';
import { parseCellValue } from '../values';

/**
 * Names the numeric cells of a table that is no report, A1-style with the table: `Sheet1!B7` for
 * spreadsheets, `T2!C4` for text and HTML (keys.md, "Any other table").
 */
export function genericCells(tables: readonly RawTable[]): Array<{ key: string; raw: string; loc: CellLocation }> {
  const out: Array<{ key: string; raw: string; loc: CellLocation }> = [];
  tables.forEach((table, t) => {
    table.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        if (parseCellValue(text).kind !== 'number') return;
        out.push({ key: `${table.name}!${columnLetters(c)}${r + 1}`, raw: text, loc: { table: t + 1, row: r + 1, col: c + 1 } });
      });
    });
  });
  return out;
}
