import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/io/docx';
import { auditTables } from '../../support/pipeline';
import { docx, para, type Style } from './buildDocx';
import { DELETED_GRANTED, T3_COLUMNS, YOUYANG_T3, youyangTable3 } from './youyangTable3';

const expected = new Map(YOUYANG_T3.flatMap(([key, , values]) => values.map((v, i) => [`t3.${key}.${T3_COLUMNS[i]}`, v] as const)));

function report(style: Style): Uint8Array {
  return docx(
    para('酉阳土家族苗族自治县人民政府2021年政府信息公开工作年度报告') +
      para('三、收到和处理政府信息公开申请情况') +
      youyangTable3(style) +
      para('四、政府信息公开行政复议、行政诉讼情况'),
  );
}

describe.each([
  ['Word', 'word' as const],
  ['WPS (explicit vMerge continue, no tblGrid, tblPrEx in every row)', 'wps' as const],
])('docx: 酉阳 2021 table 3 as %s writes it', (_, style) => {
  const r = readDocx('酉阳2021.docx', report(style));
  const t = r.tables[0];

  it('reads one exact table on the 10-column grid, captioned by its heading', () => {
    expect(r.issues).toEqual([]);
    expect(r.tables.map((x) => [x.name, x.caption, x.rows.length, x.rows[0].length, x.geometry])).toEqual([
      ['T1', '三、收到和处理政府信息公开申请情况', 28, 10, 'exact'],
    ]);
    expect(r.narrative).toEqual([
      '酉阳土家族苗族自治县人民政府2021年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('turns the vertical and horizontal merges into spans', () => {
    expect(t.merges).toContainEqual({ row: 0, col: 3, rowspan: 1, colspan: 7 }); // 申请人情况
    expect(t.merges).toContainEqual({ row: 1, col: 4, rowspan: 1, colspan: 5 }); // 法人或其他组织
    expect(t.merges).toContainEqual({ row: 1, col: 3, rowspan: 2, colspan: 1 }); // 自然人
    expect(t.merges).toContainEqual({ row: 5, col: 0, rowspan: 22, colspan: 1 }); // 三、本年度办理结果
    expect(t.merges).toContainEqual({ row: 7, col: 1, rowspan: 8, colspan: 1 }); // （三）不予公开
    expect(t.rows[0][3]).toBe('申请人情况');
    expect(t.rows[6][0]).toBe(''); // covered by 三、本年度办理结果
    expect(t.rows[14]).toEqual(['', '', '8.属于行政查询事项', '2', '0', '0', '0', '0', '0', '2']);
  });

  it('reads the tracked change as accepted and the formula field as its result', () => {
    expect(t.rows[5]).toEqual(['三、本年度办理结果', '（一）予以公开', '', '24', '0', '0', '0', '0', '0', '24']);
    expect(t.rows[26][9]).toBe('68');
  });

  it('audits to the report’s own figures', () => {
    const audit = auditTables(r.tables);
    expect(audit.templateId).toBe('gov-disclosure-2021');
    expect(audit.tables).toEqual(['t3']);
    const t3 = new Map([...audit.values].filter(([k]) => k.startsWith('t3.')));
    expect(t3).toEqual(expected);
    expect(t3.get('t3.granted.natural')).not.toBe(DELETED_GRANTED);
    // the figures balance, so no rule of table 3 may fail
    expect(audit.findings.filter((f) => f.cells.some((c) => c.startsWith('t3.')))).toEqual([]);
  });
});
