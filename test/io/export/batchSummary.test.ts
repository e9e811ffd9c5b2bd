import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/core';
import { BATCH_HEADER, batchSummaryCsv, batchSummaryRows, batchSummaryXlsx, reviewedVerdict, type BatchItem } from '../../../src/io/export';
import { loadExcelJS } from '../../../src/io/export/loadExcelJS';
import { genericAudit, sampleAudit, withReport } from './cases';

const clean = withReport(sampleAudit(), '酉阳土家族苗族自治县人民政府', 2021);
const slips = sampleAudit({ 't3.ignored.2.natural': 15, 't4.review.upheld': 2, 't4.suit_after.other': '' });
const oneSlip = withReport(sampleAudit({ 't4.review.upheld': 2 }), '酉阳县', 2022);
const HOSTILE_FILE = `=cmd|' /C calc'!A0.docx`;
const items: BatchItem[] = [
  { file: 'clean.txt', result: clean },
  { file: HOSTILE_FILE, result: slips },
  // Its only failing finding dismissed by the reviewer: 通过.
  { file: 'dismissed.txt', result: oneSlip, decisions: { [oneSlip.findings.find((f) => f.rule === 't4.group.review')!.fingerprint]: { state: 'dismissed', note: '复议台账核实无误' } } },
  { file: '损坏.docx', result: null, errors: ['文件已损坏，无法解压'] },
  { file: '名单.csv', result: genericAudit('项目\t数量\n甲\t5\n乙\t-3\n') },
];

describe('the batch summary', () => {
  const rows = batchSummaryRows(items);

  it('gives each file its verdict in Chinese and its counts', () => {
    expect(rows.map((r) => [r.file, r.verdictZh])).toEqual([
      ['clean.txt', '通过'],
      [HOSTILE_FILE, '需退回修改'],
      ['dismissed.txt', '通过'],
      ['损坏.docx', '无法读取'],
      ['名单.csv', '非年报表格'],
    ]);
    expect(rows[0]).toMatchObject({ unit: '酉阳土家族苗族自治县人民政府', year: 2021, format: '2021 格式', recognised: 200, expected: 200, errors: 0, warnings: 0, firstFinding: '' });
    // 15 for 16 breaks two sums (one problem), 行政复议 one, the blank 其他结果 a warning.
    expect(rows[1]).toMatchObject({ errors: 2, warnings: 1, firstFinding: formatFinding(slips.findings.find((f) => f.severity !== 'info')!, 'zh', slips.template) });
    expect(rows[3]).toMatchObject({ format: '', recognised: 0, firstFinding: '文件已损坏，无法解压' });
  });

  it('never turns a report not read in full into 通过 by dismissing findings', () => {
    const partial = { ...oneSlip, reading: { ...oneSlip.reading, expectedCells: 210 } };
    const dismissAll = Object.fromEntries(partial.findings.map((f) => [f.fingerprint, { state: 'dismissed' as const }]));
    expect(reviewedVerdict(partial)).toBe('fail');
    expect(reviewedVerdict(partial, dismissAll)).toBe('incomplete');
  });

  it('as CSV: BOM, CRLF, numbers bare, the hostile file name neutralised', () => {
    const csv = batchSummaryCsv(items);
    expect(csv.startsWith('\ufeff"文件"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(items.length + 2); // header, rows, the final CRLF
    expect(lines[1]).toBe('"clean.txt","酉阳土家族苗族自治县人民政府",2021,"2021 格式",200,200,0,0,,"通过"');
    expect(lines[2].startsWith(`"'=cmd|' /C calc'!A0.docx",`)).toBe(true);
  });

  it('as .xlsx: the same rows, numbers as numbers, texts neutralised', async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await batchSummaryXlsx(items)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('汇总')!;
    const got = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(got[0]).toEqual([...BATCH_HEADER]);
    expect(got[1]).toEqual(['clean.txt', '酉阳土家族苗族自治县人民政府', 2021, '2021 格式', 200, 200, 0, 0, undefined, '通过']);
    expect(got[2][0]).toBe(`'=cmd|' /C calc'!A0.docx`);
    expect(sheet.getCell('A3').formula).toBeUndefined();
    expect(got.slice(1).map((r) => r[9])).toEqual(rows.map((r) => r.verdictZh));
  });
});
