import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, recognise, type Reading } from '../../src/core';
import { importHtml, importText } from '../../src/io';
import { REPORT_TEMPLATES } from '../../src/templates';

/**
 * A certain suspect is a claim a reviewer acts on: for any one to three cells of tables 3 and 4
 * retyped at random, every suspect that is not marked possible names one of them, with the value
 * it had. Three real reports: the 酉阳 sample (filled in, mostly 0), 上海科委 2024 (结转下年度·总计
 * left blank) and 上海市政府办公厅 2019 (126 blank cells of table 3, the 总计 column blank).
 */
const here = (p: string) => readFileSync(resolve(import.meta.dirname, p), 'utf8');
const readings: Array<[string, Reading]> = [
  ['youyang', read(importText(here('../../src/samples/youyang-2021.txt')))],
  ['stcsm', read(importText(here('../fixtures/corpus/shanghai-stcsm-2024.md')))],
  ['shanghai-2019', read(importHtml(here('../fixtures/shanghai-govoffice-2019.html')))],
];

function read(imported: { tables: Parameters<typeof recognise>[0]; narrative: string[] }): Reading {
  return recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative });
}

describe('no certain suspect is wrong', () => {
  for (const [name, reading] of readings) {
    it(name, () => {
      const counts = Object.keys(reading.raw).filter((k) => /^t[34]\./.test(k) && /^\d+$/.test(reading.raw[k].trim()));
      expect(counts.length).toBeGreaterThan(30);
      let named = 0;
      fc.assert(
        fc.property(fc.uniqueArray(fc.constantFrom(...counts), { minLength: 1, maxLength: 3 }), fc.array(fc.nat(500), { minLength: 3, maxLength: 3 }), (cells, values) => {
          const edits = Object.fromEntries(cells.map((k, i) => [k, String(values[i])]).filter(([k, v]) => v !== reading.raw[k].trim()));
          const result = audit(reading, { templates: REPORT_TEMPLATES, edits });
          for (const f of result.findings) {
            const s = f.suspects[0];
            // a blank's fill is what the other cells call for, not a claim that a written cell is wrong
            if (!s || s.possible || s.code === 'suspect.blank' || f.rule.startsWith('value.') || !/^t[34]\./.test(s.cell)) continue;
            named++;
            expect({ cell: s.cell, suggested: s.suggested, changed: s.cell in edits }).toEqual({ cell: s.cell, suggested: Number(reading.raw[s.cell]), changed: true });
          }
        }),
        { numRuns: 300, seed: 20261130 },
      );
      expect(named).toBeGreaterThan(100); // the claims were made, not avoided
    });
  }
});
