import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/io/importText';
import { importWordText } from '../../src/io/wordTextImporter';

const sample = readFileSync(new URL('../../src/samples/youyang-2021.txt', import.meta.url), 'utf8');

describe('Word text export: the youyang 2021 sample', () => {
  const result = importText(sample);

  it('is detected as a Word text export and yields exactly three tables', () => {
    expect(result.format).toBe('word-text');
    expect(result.issues).toEqual([]);
    expect(result.tables.map((t) => t.name)).toEqual(['T1', 'T2', 'T3']);
    expect(result.tables.map((t) => t.caption)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    for (const t of result.tables) {
      expect(t.geometry).toBe('ragged');
      expect(t.merges).toEqual([]);
    }
  });

  it('reads table 2 (主动公开) as one table of 14 ragged rows', () => {
    const t = result.tables[0];
    expect(t.rows.slice(0, 4)).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '8', '10', '69'],
    ]);
    expect(t.rows).toHaveLength(14);
    expect(t.rows[13]).toEqual(['行政事业性收费', '1506']);
  });

  it('reads table 3 with empty placeholder cells and labels broken over lines', () => {
    const t = result.tables[1];
    expect(t.rows.slice(0, 3)).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
      ['', '自然人', '法人或其他组织', '总计'],
      ['', '', '商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他', ''],
    ]);
    expect(t.rows[3]).toEqual(['一、本年新收政府信息公开申请数量', '60', '0', '0', '0', '0', '0', '60']);
    expect(t.rows[5]).toEqual(['三、本年度办理结果', '（一）予以公开', '24', '0', '0', '0', '0', '0', '24']);
    expect(t.rows[7]).toEqual(['', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
    expect(t.rows[26]).toEqual(['', '（七）总计', '68', '0', '0', '0', '0', '0', '68']);
    expect(t.rows[27]).toEqual(['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0']);
    expect(t.rows).toHaveLength(28);
  });

  it('reads table 4 (复议诉讼) header and values', () => {
    const t = result.tables[2];
    expect(t.rows).toEqual([
      ['行政复议', '行政诉讼'],
      ['结果维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计', '未经复议直接起诉', '复议后起诉'],
      [
        '', '', '', '', '',
        '结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计',
        '结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计',
      ],
      ['1', '2', '0', '0', '3', '1', '12', '5', '2', '20', '0', '0', '1', '0', '1'],
    ]);
  });

  it('keeps all narrative lines in order, trimmed', () => {
    expect(result.narrative[0]).toBe('酉阳土家族苗族自治县2021年政府信息公开工作年度报告');
    expect(result.narrative).toContain('一、总体情况');
    expect(result.narrative).toContain('五、存在的主要问题及改进情况');
    expect(result.narrative.at(-2)).toBe('六、其他需要报告的事项');
    expect(result.narrative).toHaveLength(24);
    expect(result.narrative.every((l) => l === l.trim() && l !== '')).toBe(true);
  });

  it('reads the same tables from \\r\\n line ends', () => {
    const crlf = importText(sample.replace(/\n/g, '\r\n'));
    expect(crlf.tables).toEqual(result.tables);
    expect(crlf.narrative).toEqual(result.narrative);
  });
});

describe('Word text export: rules', () => {
  it('ends a table at a narrative line that follows a row end, and at two blank lines', () => {
    const text = ['标题一', '\tA', '\tB', '', '\t1', '\t2', '', '说明文字', '\tC', '', '', '\tD', ''].join('\n');
    const r = importWordText(text);
    expect(r.tables.map((t) => [t.caption, t.rows])).toEqual([
      ['标题一', [['A', 'B'], ['1', '2']]],
      ['说明文字', [['C']]],
      [undefined, [['D']]],
    ]);
    expect(r.narrative).toEqual(['标题一', '说明文字']);
  });

  it('continues a cell over several lines, also an empty one', () => {
    const r = importWordText('\t申请人\n逾期\n未补正\n\t\n企业\n');
    expect(r.tables[0].rows).toEqual([['申请人\n逾期\n未补正', '企业']]);
  });
});
