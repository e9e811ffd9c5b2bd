import { describe, expect, it } from 'vitest';
import type { Cell, Workbook } from 'exceljs';
import { cellMarks, formatFinding, officialLayout } from '../../../src/core';
import { annotatedXlsx, REVIEW_HEADER, type ExportContext } from '../../../src/io/export';
import { loadExcelJS } from '../../../src/io/export/loadExcelJS';
import { sampleAudit, withReport } from './cases';

/**
 * The 酉阳县 report as submitted with three slips (不予处理·2.重复申请·自然人 15 for 16, 行政复议·结果维持
 * 2 for 1, 复议后起诉·其他结果 left blank), then reviewed: 重复申请 put back to 16 (fixing two
 * findings), 本年新收·自然人 mistyped 61 for 60 (a new error), one finding confirmed, one dismissed.
 */
const submitted = { 't3.ignored.2.natural': 15, 't4.review.upheld': 2, 't4.suit_after.other': '' };
const result = withReport(sampleAudit(submitted, { 't3.ignored.2.natural': '16', 't3.new.natural': '61' }), '酉阳土家族苗族自治县人民政府', 2021);
const review = result.findings.find((f) => f.rule === 't4.group.review')!;
const suitAfter = result.findings.find((f) => f.rule === 't4.group.suit_after')!;
const ctx: ExportContext = {
  fileName: 'youyang-2021.txt',
  date: new Date(2025, 2, 7),
  decisions: {
    [review.fingerprint]: { state: 'confirmed', note: '请核对复议案件台账' },
    [suitAfter.fingerprint]: { state: 'dismissed', note: '该格原表即为 1' },
  },
};

async function read(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const wb = await read(await annotatedXlsx(result, ctx));
const template = result.template!;
const present = new Set(result.raw.keys());
const layoutOf = (id: 't2' | 't3' | 't4') => officialLayout(template, id, 'zh', present);
const A1 = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;
/** The sheet cell of a key: the layout's row and column, below the title row. */
function cellOf(key: string): Cell {
  const table = template.tables.find((t) => t.cells.some((c) => c.key === key))!;
  const pos = layoutOf(table.id).keyPos.get(key)!;
  return wb.getWorksheet(table.short)!.getCell(pos.row + 2, pos.col + 1);
}
const fillOf = (c: Cell) => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb : undefined);
const noteOf = (c: Cell) => (typeof c.note === 'string' ? c.note : (c.note?.texts?.map((t) => t.text).join('') ?? ''));

describe('the annotated workbook of one report', () => {
  it('has the facts, one sheet per table and the 审核意见 sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '主动公开情况表', '依申请公开情况表', '复议诉讼情况表', '审核意见']);
    const facts = Object.fromEntries(wb.getWorksheet('概况')!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1, 3)));
    expect(facts).toMatchObject({ 单位: '酉阳土家族苗族自治县人民政府', 年度: 2021, 审核日期: '2025-03-07', 审核结论: '需退回修改' });
  });

  it('keeps the official layout: every merge, labels and values in place', () => {
    for (const table of template.tables) {
      const layout = layoutOf(table.id);
      const width = layout.rows[0].length;
      const expected = [`A1:${A1(1, width)}`, ...layout.merges.map((m) => `${A1(m.row + 2, m.col + 1)}:${A1(m.row + m.rowspan + 1, m.col + m.colspan)}`)];
      expect(wb.getWorksheet(table.short)!.model.merges.sort()).toEqual(expected.sort());
    }
    expect(cellOf('t3.new.natural').value).toBe(61);
    expect(cellOf('t3.ignored.2.natural').value).toBe(16);
    expect(cellOf('t2.licensing').value).toBe(14166);
    expect(cellOf('t4.suit_after.other').value).toBeNull();
    expect(wb.getWorksheet('依申请公开情况表')!.getCell('A5').value).toBe('一、本年新收政府信息公开申请数量');
  });

  it('fills and comments every cell of a failing relationship, and no other', () => {
    const marks = cellMarks(result.findings);
    expect(marks.size).toBeGreaterThan(10);
    for (const table of template.tables) {
      const keys = [...layoutOf(table.id).keyPos.keys()];
      expect(keys.length).toBe(table.id === 't2' ? 10 : table.id === 't3' ? 175 : 15);
      for (const key of keys) {
        const cell = cellOf(key);
        const mark = marks.get(key);
        const edited = key === 't3.ignored.2.natural';
        if (!mark && !edited) {
          expect([key, fillOf(cell), noteOf(cell)]).toEqual([key, undefined, '']);
          continue;
        }
        expect(fillOf(cell), key).toMatch(/^FF[0-9A-F]{6}$/);
        for (const f of mark?.findings ?? []) expect(noteOf(cell), key).toContain(formatFinding(f, 'zh', template));
      }
    }
  });

  it('marks the most likely wrong cell with the error colour, its suggestion and its original value', () => {
    const cell = cellOf('t3.new.natural');
    expect(fillOf(cell)).toBe('FFD55E00');
    expect(noteOf(cell)).toContain('建议：改为 60。');
    expect(noteOf(cell)).toContain('原值：60；现值：61');
    expect(fillOf(cellOf('t3.new.total'))).toBe('FFF6C3A8'); // the total side
    expect(fillOf(cellOf('t3.new.commercial'))).toBe('FFFBE3D6'); // the parts side
    const blank = cellOf('t4.suit_after.other');
    expect(fillOf(blank)).toBe('FFF3D27A'); // a warning's suspect
    expect(noteOf(blank)).toContain('建议：改为 1。');
    expect(noteOf(blank)).toContain('审核决定：已排除（该格原表即为 1）');
    // Fixed in review: no finding left, the edit still shown.
    expect(noteOf(cellOf('t3.ignored.2.natural'))).toBe('原值：15；现值：16');
  });

  it('lists every finding in 审核意见, then those fixed in review with the original value', () => {
    const rows = wb.getWorksheet('审核意见')!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual([...REVIEW_HEADER]);
    const col = (name: (typeof REVIEW_HEADER)[number]) => REVIEW_HEADER.indexOf(name);
    const open = rows.slice(1).filter((r) => r[col('状态')] !== '已在审核中修正');
    const fixed = rows.slice(1).filter((r) => r[col('状态')] === '已在审核中修正');
    expect(open.map((r) => r[col('规则')])).toEqual(result.findings.map((f) => f.rule));
    expect(open.map((r) => r[col('说明')])).toEqual(result.findings.map((f) => formatFinding(f, 'zh', template)));
    expect(fixed.map((r) => r[col('规则')]).sort()).toEqual(['t3.results.natural', 't3.row.ignored.2']);
    for (const r of fixed) expect([r[col('取值单元格')], r[col('原值')], r[col('现值')]]).toEqual(['不予处理·2.重复申请·自然人', 15, 16]);
    const balance = open.find((r) => r[col('规则')] === 't3.balance.natural')!;
    expect([balance[col('原值')], balance[col('现值')], balance[col('建议值')]]).toEqual([60, 61, 60]);
    const confirmed = open.find((r) => r[col('规则')] === 't4.group.review')!;
    expect([confirmed[col('审核决定')], confirmed[col('备注')]]).toEqual(['已确认', '请核对复议案件台账']);
    expect(open.find((r) => r[col('规则')] === 't4.group.suit_after')![col('审核决定')]).toBe('已排除');
  });

  it('neutralises a formula typed into a cell and keeps it as text', async () => {
    const hostile = sampleAudit({}, { 't3.denied.8.commercial': '=HYPERLINK("http://x","点我")' });
    const book = await read(await annotatedXlsx(hostile, { fileName: 'x.txt' }));
    const pos = officialLayout(hostile.template!, 't3', 'zh', new Set(hostile.raw.keys())).keyPos.get('t3.denied.8.commercial')!;
    const cell = book.getWorksheet('依申请公开情况表')!.getCell(pos.row + 2, pos.col + 1);
    expect(cell.value).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(cell.formula).toBeUndefined();
  });
});
