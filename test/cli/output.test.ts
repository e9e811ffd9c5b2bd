import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutputWriter, type FileOutput } from '../../src/cli/fileOutput';
import { textReport, type AuditedFile } from '../../src/cli/textReport';
import { pairIdentities, pairYears, unitKey } from '../../src/core/previous';
import type { AuditResult, Reading } from '../../src/core';
import { fileReport, fileReportJson } from '../../src/io/export/auditJson';
import { REPORT_TEMPLATES } from '../../src/templates';
import { auditTables } from '../support/pipeline';
import { readCorpusFile } from '../support/corpus';
import { editSample, sampleText } from '../support/youyang';
import { importText } from '../../src/io';
import { audit, recognise } from '../../src/core';

/**
 * The CLI writes its output a file at a time, from the result's maps, and pairs the years from
 * the reports' identities: each the same text or pairing as the plain way (JSON.stringify of the
 * whole document, the pairing that compares every report with every other).
 */
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

async function results(): Promise<Array<{ file: string; result: AuditResult | null; errors: string[] }>> {
  const out: Array<{ file: string; result: AuditResult | null; errors: string[] }> = [];
  for (const name of readdirSync(CORPUS).sort()) {
    const r = await readCorpusFile(join(CORPUS, name));
    out.push({ file: name, result: r.result, errors: r.result ? [] : [r.note] });
  }
  const read = (text: string) => {
    const imported = importText(text);
    return audit(recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative }), { templates: REPORT_TEMPLATES });
  };
  out.push({ file: 'sample.txt', result: read(sampleText()), errors: [] });
  out.push({ file: 'wrong "quoted".txt', result: read(editSample({ 't3.ignored.2.natural': 15, 't3.new.legal': '约20', 't3.carried.research': '' })), errors: [] });
  // a plain table (keys name their places), and one whose cells are keyed by numbers only
  out.push({ file: 'budget.csv', result: auditTables([{ name: 'T1', rows: [['项目', '预算数'], ['基本支出', '120.5'], ['合计', '120.5']], merges: [], geometry: 'exact' }]), errors: [] });
  out.push({ file: 'missing.txt', result: null, errors: ['文件不存在：missing.txt'] });
  return out;
}

describe("the CLI's JSON, a file at a time", () => {
  it('fileReportJson is JSON.stringify(fileReport(…)) for every kind of result', async () => {
    for (const { file, result, errors } of await results()) {
      expect(fileReportJson(file, result, errors)).toBe(JSON.stringify(fileReport(file, result, errors)));
    }
  });

  it('keys that are numbers (an object puts them first) are written in the order an object gives them', async () => {
    const [base] = (await results()).filter((r) => r.result?.templateId === 'generic');
    const result = base.result!;
    const values = new Map<string, number | null>([['b', 1], ['2', 2], ['1', null], ['a', 3]]);
    const odd = { ...result, values, locations: new Map([['b', { table: 1, row: 1, col: 1 }], ['10', { table: 1, row: 2, col: 1 }]]) };
    expect(fileReportJson('x', odd, [])).toBe(JSON.stringify(fileReport('x', odd, [])));
  });

  it('the writer gives the document JSON.stringify gives, compact and indented, and the text report', async () => {
    const all = await results();
    for (const count of [0, 1, all.length]) {
      const files = all.slice(0, count);
      for (const mode of ['json', 'pretty', 'text'] as const) {
        let text = '';
        const writer = new OutputWriter({ write: (t: string | Uint8Array) => (text += typeof t === 'string' ? t : new TextDecoder().decode(t)) }, mode);
        const { fileOutput } = await import('../../src/cli/fileOutput');
        for (const f of files) writer.add(fileOutput(f as AuditedFile, mode) as FileOutput);
        writer.end();
        const doc = { files: files.map((f) => fileReport(f.file, f.result, f.result ? [] : f.errors)) };
        const expected = mode === 'json' ? JSON.stringify(doc) : mode === 'pretty' ? JSON.stringify(doc, null, 2) : textReport(files as AuditedFile[], REPORT_TEMPLATES);
        expect(text).toBe(expected + '\n');
      }
    }
  });
});

/** The pairing as it was written first: each report against every other. */
function pairEveryOther(readings: ReadonlyArray<Reading | null>): Array<Reading | null> {
  return readings.map((r) => {
    if (!r?.report.unit || r.report.year === null) return null;
    const key = unitKey(r.report.unit);
    const found = readings.filter((p) => p && p !== r && p.report.unit && unitKey(p.report.unit) === key && p.report.year === r.report.year! - 1);
    return found.length === 1 ? found[0] : null;
  });
}

describe('pairing the years', () => {
  const unit = fc.constantFrom(null, '', '酉阳县', '酉阳县人民政府', ' 酉阳 县政府', '秀山县', '秀山县政府');
  const year = fc.constantFrom(null, 2019, 2020, 2021, 2022, Number.NaN, 2020.5, Infinity);
  const reading = fc.option(fc.record({ unit, year }), { nil: null }).map((report) => (report ? ({ report } as unknown as Reading) : null));

  it('finds the same previous year as comparing every report with every other', () => {
    fc.assert(
      fc.property(fc.array(reading, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), (readings, repeats) => {
        // the same reading twice in the list (a path given twice) counts twice, as before
        const list = [...readings];
        for (const i of repeats) if (readings.length) list.push(readings[i % readings.length]);
        expect(pairYears(list)).toEqual(pairEveryOther(list));
        expect(pairIdentities(list.map((r) => r?.report ?? null)).map((i) => (i === null ? null : list[i]))).toEqual(pairEveryOther(list));
      }),
      { numRuns: 2000 },
    );
  });
});
