import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditTables } from '../support/pipeline';
import { importFile } from '../../src/io';

/**
 * Whole-pipeline cases: each folder here holds `input.<ext>` and `expected.json`, written by hand
 * from the input (see each file's "description"). The input goes through importFile and
 * auditTables, as the CLI reads a file.
 *
 * expected.json:
 * - template: the template id;
 * - valueCount: how many cells are recognised (optional);
 * - findings: every error and warning finding, in order: {rule, severity, status, cells, suspects:[{cell, suggested}]}
 *   (cells compared as a set);
 * - info: the info findings, in order: {rule, cells} or {rule, cellCount};
 * - values: a few key values (null = blank).
 */
interface Expected {
  description: string;
  template: string;
  valueCount?: number;
  findings: Array<{ rule: string; severity: string; status: string; cells: string[]; suspects: Array<{ cell: string; suggested: number | null }> }>;
  info?: Array<{ rule: string; cells?: string[]; cellCount?: number }>;
  values: Record<string, number | null>;
}

const HERE = new URL('.', import.meta.url).pathname;
const cases = readdirSync(HERE)
  .filter((name) => statSync(join(HERE, name)).isDirectory())
  .sort();

it('has the whole-pipeline cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(5);
});

const read = new Map(
  await Promise.all(
    cases.map(async (name) => {
      const dir = join(HERE, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      return [name, { input, imported: await importFile(input, new Uint8Array(readFileSync(join(dir, input)))) }] as const;
    }),
  ),
);

describe.each(cases)('%s', (name) => {
  const dir = join(HERE, name);
  const { input, imported } = read.get(name)!;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const result = auditTables(imported.tables);
  const sorted = (xs: readonly string[]) => [...xs].sort();

  it('reads without import issues and recognises the format', () => {
    expect(input).toBeDefined();
    expect(imported.issues).toEqual([]);
    expect(result.templateId).toBe(expected.template);
    if (expected.valueCount !== undefined) expect(result.values.size).toBe(expected.valueCount);
  });

  it('has the expected values', () => {
    for (const [key, value] of Object.entries(expected.values)) {
      expect(result.values.has(key), key).toBe(true);
      expect(result.values.get(key), key).toBe(value);
    }
  });

  it('has exactly the expected error and warning findings, in order', () => {
    const got = result.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => ({
        rule: f.rule,
        severity: f.severity,
        status: f.status,
        cells: sorted(f.cells),
        suspects: f.suspects.map((s) => ({ cell: s.cell, suggested: s.suggested })),
      }));
    expect(got).toEqual(expected.findings.map((f) => ({ ...f, cells: sorted(f.cells) })));
  });

  it('has the expected info findings', () => {
    const got = result.findings.filter((f) => f.severity === 'info');
    expect(got.map((f) => f.rule)).toEqual((expected.info ?? []).map((i) => i.rule));
    (expected.info ?? []).forEach((i, n) => {
      if (i.cells) expect(sorted(got[n].cells)).toEqual(sorted(i.cells));
      if (i.cellCount !== undefined) expect(got[n].cells).toHaveLength(i.cellCount);
    });
  });
});
