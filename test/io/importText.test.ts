import { describe, expect, it } from 'vitest';
import { detectTextKind, importText } from '../../src/io/importText';

// the style of corpus excerpt 020 (a web page turned into text by a converter)
const pipeText = [
  '二、主动公开政府信息情况',
  '| 第二十条第(一)项 | |||',
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | ',
  '|---|---|---|---|',
  '| 规章 | 2 | 0 | 2 | ',
  '| 行政规范性文件 | 2 | 0 | 2 | ',
  '',
  '三、收到和处理政府信息公开申请情况',
  '| 行政许可 | 0 | ||',
  '| 信息内容 | 本年收费金额(单位:万',
].join('\n');

describe('importText: detection', () => {
  it('tells Word text, TSV, pipe tables and plain prose apart', () => {
    expect(detectTextKind('标题\n\t信息内容\n\t本年制发件数\n\n\t规章\n\t0\n')).toBe('word-text');
    expect(detectTextKind('信息内容\t本年制发件数\n规章\t0\n')).toBe('tsv');
    expect(detectTextKind('\t自然人\t法人\n一、本年新收\t60\t0\n')).toBe('tsv');
    expect(detectTextKind(pipeText)).toBe('pipe');
    expect(detectTextKind('一、总体情况\n2021年，本机关…')).toBe('none');
  });

  it('reads pipe tables line by line into one ragged table, skipping separator lines and keeping empty cells', () => {
    // Converters interleave pipe rows with prose (a label above its values): recognition joins them,
    // so the text is kept whole, one row a line, rather than cut into blocks.
    const r = importText(pipeText);
    expect(r.issues).toEqual([]);
    expect(r.tables).toEqual([
      {
        name: 'T1',
        geometry: 'ragged',
        merges: [],
        rows: [
          ['二、主动公开政府信息情况'],
          ['第二十条第(一)项', '', '', ''],
          ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
          ['规章', '2', '0', '2'],
          ['行政规范性文件', '2', '0', '2'],
          ['三、收到和处理政府信息公开申请情况'],
          ['行政许可', '0', '', ''],
          ['信息内容', '本年收费金额(单位:万'],
        ],
      },
    ]);
    expect(r.narrative).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  });

  it('reports text without any table, keeping it as narrative', () => {
    const r = importText('一、总体情况\n\n本年度共收到申请60件。\n');
    expect(r.tables).toEqual([]);
    expect(r.narrative).toEqual(['一、总体情况', '本年度共收到申请60件。']);
    expect(r.issues.map((i) => i.code)).toEqual(['import.no-table']);
    expect(r.issues[0].message).toMatch(/^未在文本中找到表格/);
  });

  it('reports empty text', () => {
    expect(importText(' \n\t\n').issues.map((i) => i.code)).toEqual(['import.empty']);
  });
});
