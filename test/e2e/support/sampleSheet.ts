import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { officialLayout } from '../../../src/core';
import { auditTables } from '../../support/pipeline';
import { importText } from '../../../src/io';
import { ROOT } from './browser';

/** Table 3 of the bundled sample in its official layout, as the cells and merges of a spreadsheet. */
export function tsvOfSample() {
  const result = auditTables(importText(readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8')).tables);
  const layout = officialLayout(result.template!, 't3');
  const cells = layout.rows.map((row) => row.map((c) => (c.kind === 'value' && c.key ? (result.raw.get(c.key) ?? '') : c.text)));
  return { cells, merges: layout.merges };
}
