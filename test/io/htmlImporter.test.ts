import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../src/io/htmlImporter';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('HTML: the Shanghai 2019 report page', () => {
  const r = importHtml(fixture('shanghai-govoffice-2019.html'));

  it('yields three exact tables with the section headings as captions', () => {
    expect(r.format).toBe('html');
    expect(r.issues).toEqual([]);
    expect(r.tables.map((t) => [t.name, t.caption, t.rows.length, t.rows[0].length, t.geometry])).toEqual([
      ['T1', '二、主动公开政府信息情况', 18, 5, 'exact'],
      ['T2', '三、收到和处理政府信息公开申请情况', 26, 10, 'exact'],
      // the caption paragraph is `<p><br />四、…</p>`: the <br> must not hide it
      ['T3', '四、政府信息公开行政复议、行政诉讼情况', 4, 15, 'exact'],
    ]);
  });

  it('reads table 2: <br> inside a cell is a line break, colspans leave blanks', () => {
    const t = r.tables[0];
    expect(t.rows[0]).toEqual(['第二十条第（一）项', '', '', '', '']);
    expect(t.rows[1]).toEqual(['信息内容', '本年新\n制作数量', '本年新\n公开数量', '', '对外公开总数量']);
    expect(t.rows[2]).toEqual(['规章', '13', '13', '', '524']);
    // the source's colspans do not line up between header and data rows (Word's misaligned columns)
    expect(t.rows[5]).toEqual(['信息内容', '上一年项目数量', '本年增/减', '', '处理决定数量']);
    expect(t.rows[6]).toEqual(['行政许可', '0', '', '0', '0']);
    expect(t.rows[17]).toEqual(['政府集中采购', '6', '', '251000元', '']);
  });

  it('reads table 3 rows; &nbsp; cells are empty strings', () => {
    const t = r.tables[1];
    expect(t.rows[2]).toEqual(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    expect(t.rows[3]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '821', '35', '', '', '2', '1', '859']);
    expect(t.rows[5]).toEqual(['三、本年度办理结果', '（一）予以公开', '', '258', '12', '', '', '1', '1', '']);
    expect(t.rows[7]).toEqual(['', '（三）不予公开', '1.属于国家秘密', '14', '', '', '', '', '', '']);
    expect(t.rows[24]).toEqual(['', '（七）总计', '', '767', '35', '', '', '2', '1', '805']);
    expect(t.rows[25]).toEqual(['四、结转下年度继续办理', '', '', '72', '', '', '', '', '', '72']);
  });

  it('turns the table-3 header spans into merges', () => {
    const m = r.tables[1].merges;
    expect(m.slice(0, 5)).toEqual([
      { row: 0, col: 0, rowspan: 3, colspan: 3 },
      { row: 0, col: 3, rowspan: 1, colspan: 7 },
      { row: 1, col: 3, rowspan: 2, colspan: 1 },
      { row: 1, col: 4, rowspan: 1, colspan: 5 },
      { row: 1, col: 9, rowspan: 2, colspan: 1 },
    ]);
    expect(m).toContainEqual({ row: 5, col: 0, rowspan: 20, colspan: 1 }); // 三、本年度办理结果
    expect(m).toContainEqual({ row: 7, col: 1, rowspan: 8, colspan: 1 }); // （三）不予公开
    expect(m).toContainEqual({ row: 18, col: 1, rowspan: 5, colspan: 1 }); // （五）不予处理
    expect(m).toContainEqual({ row: 25, col: 0, rowspan: 1, colspan: 3 }); // 四、结转下年度继续办理
    expect(m).toHaveLength(16);
  });

  it('turns the table-4 header spans into merges', () => {
    const t = r.tables[2];
    expect(t.merges).toEqual([
      { row: 0, col: 0, rowspan: 1, colspan: 5 },
      { row: 0, col: 5, rowspan: 1, colspan: 10 },
      { row: 1, col: 0, rowspan: 2, colspan: 1 },
      { row: 1, col: 1, rowspan: 2, colspan: 1 },
      { row: 1, col: 2, rowspan: 2, colspan: 1 },
      { row: 1, col: 3, rowspan: 2, colspan: 1 },
      { row: 1, col: 4, rowspan: 2, colspan: 1 },
      { row: 1, col: 5, rowspan: 1, colspan: 5 },
      { row: 1, col: 10, rowspan: 1, colspan: 5 },
    ]);
    expect(t.rows[1].slice(0, 6)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉']);
    expect(t.rows[2].slice(0, 6)).toEqual(['', '', '', '', '', '结果维持']);
    expect(t.rows[3]).toEqual(['5', '', '', '2', '7', '8', '', '', '1', '9', '', '', '', '', '']);
  });

  it('keeps the paragraphs outside tables as narrative, entities decoded', () => {
    expect(r.narrative[0]).toBe('2019年上海市人民政府办公厅政府信息公开工作年度报告');
    expect(r.narrative).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(r.narrative.at(-1)).toBe('无。');
    expect(r.narrative.some((l) => l.includes('《上海市贯彻<长江三角洲区域一体化发展规划纲要>实施方案》'))).toBe(true);
    expect(r.narrative).toHaveLength(36);
  });
});

describe('HTML: Word clipboard fragment (2021 table 3, youyang numbers)', () => {
  const r = importHtml(fixture('word-clipboard-table3.html'));
  const t = r.tables[0];

  it('yields one table, captioned by the paragraph before it; the head, styles and comments are ignored', () => {
    expect(r.issues).toEqual([]);
    expect(r.tables).toHaveLength(1);
    expect(t.caption).toBe('三、收到和处理政府信息公开申请情况');
    expect(r.narrative).toEqual(['三、收到和处理政府信息公开申请情况']);
  });

  it('drops Word’s zero-height spacer row and lays out 28 × 10', () => {
    expect(t.rows).toHaveLength(28);
    expect(t.rows.every((row) => row.length === 10)).toBe(true);
  });

  it('reads header cells: source line wraps inside Chinese text vanish, <p> and <br> make line breaks', () => {
    expect(t.rows[0][0]).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(t.rows[1]).toEqual(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    expect(t.rows[2]).toEqual(['', '', '', '', '商业\n企业', '科研\n机构', '社会公益组织', '法律服务机构', '其他', '']);
  });

  it('places cells after rowspans correctly', () => {
    expect(t.rows[3]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '60', '0', '0', '0', '0', '0', '60']);
    expect(t.rows[5]).toEqual(['三、本年度办理结果', '（一）予以公开', '', '24', '0', '0', '0', '0', '0', '24']);
    expect(t.rows[8]).toEqual(['', '', '2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0']);
    expect(t.rows[19]).toEqual(['', '', '2.重复申请', '16', '0', '0', '0', '0', '0', '16']);
    expect(t.rows[26]).toEqual(['', '（七）总计', '', '68', '0', '0', '0', '0', '0', '68']);
    // a trailing <p><o:p>&nbsp;</o:p></p> in the cell adds nothing
    expect(t.rows[27]).toEqual(['四、结转下年度继续办理', '', '', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('has the merges of the 2021 layout', () => {
    expect(t.merges).toContainEqual({ row: 0, col: 0, rowspan: 3, colspan: 3 });
    expect(t.merges).toContainEqual({ row: 5, col: 0, rowspan: 22, colspan: 1 });
    expect(t.merges).toContainEqual({ row: 23, col: 1, rowspan: 3, colspan: 1 }); // （六）其他处理
    expect(t.merges).toHaveLength(16);
  });

  it('ignores a Windows clipboard header in front of the HTML', () => {
    const withHeader = 'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000099999\r\n' + fixture('word-clipboard-table3.html');
    const again = importHtml(withHeader);
    expect(again.tables).toEqual(r.tables);
    expect(again.narrative).toEqual(r.narrative);
  });
});

describe('HTML: structure', () => {
  it('shifts a cell placed after a rowspan from above to the right', () => {
    const r = importHtml('<table><tr><td rowspan=2>A</td><td>B</td><td rowspan="2">C</td></tr><tr><td>D</td></tr></table>');
    expect(r.tables[0].rows).toEqual([
      ['A', 'B', 'C'],
      ['', 'D', ''],
    ]);
    expect(r.tables[0].merges).toEqual([
      { row: 0, col: 0, rowspan: 2, colspan: 1 },
      { row: 0, col: 2, rowspan: 2, colspan: 1 },
    ]);
  });

  it('treats absent, 0 and garbage spans as 1 and cuts a rowspan at the last row', () => {
    const r = importHtml(
      '<table><thead><tr><th colspan="x">a</th><th rowspan="0">b</th><th colspan="2abc">c</th></tr></thead>' +
        '<tbody><tr><td rowspan=9>d</td><td>e</td></tr></tbody></table>',
    );
    expect(r.tables[0].rows).toEqual([
      ['a', 'b', 'c', ''],
      ['d', 'e', '', ''],
    ]);
    expect(r.tables[0].merges).toEqual([{ row: 0, col: 2, rowspan: 1, colspan: 2 }]);
  });

  it('gives a nested table’s text to its own table, after the outer one', () => {
    const r = importHtml(
      '<table><tr><td>外层<div>说明</div><table><tr><td>内1</td></tr></table>尾</td><td>x</td></tr></table>' +
        '<p>下一张</p><table><tr><td>T3</td></tr></table>',
    );
    expect(r.tables.map((t) => [t.name, t.rows, t.caption])).toEqual([
      ['T1', [['外层\n说明\n尾', 'x']], undefined],
      ['T2', [['内1']], '说明'],
      ['T3', [['T3']], '下一张'],
    ]);
  });

  it('prefers <caption>, decodes entities, collapses spaces, ignores script/style', () => {
    const r = importHtml(
      '<html><head><title>标题</title><style>td{color:red}</style></head><body>' +
        '<script>document.write("<table><tr><td>假</td></tr></table>")</script>' +
        '<h2>某个标题</h2><table><caption>表 1 收费</caption><tr><td>  a&amp;b \n  c&#x4E00;&nbsp;</td></tr></table></body></html>',
    );
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].caption).toBe('表 1 收费');
    expect(r.tables[0].rows).toEqual([['a&b c一']]);
    expect(r.narrative).toEqual(['某个标题']);
  });

  it('does not take a long paragraph as caption', () => {
    const r = importHtml(`<p>${'很长的一段话'.repeat(20)}</p><table><tr><td>1</td></tr></table>`);
    expect(r.tables[0].caption).toBeUndefined();
  });

  it('reports HTML without a table', () => {
    const r = importHtml('<p>只有文字</p>');
    expect(r.tables).toEqual([]);
    expect(r.narrative).toEqual(['只有文字']);
    expect(r.issues.map((i) => i.code)).toEqual(['import.no-table']);
  });
});

describe('HTML: hostile input', () => {
  it('caps a huge colspan and rowspan', () => {
    const r = importHtml('<table><tr><td colspan="99999999" rowspan="99999999">x</td><td>y</td></tr><tr><td>z</td></tr></table>');
    const t = r.tables[0];
    expect(t.rows).toHaveLength(2);
    expect(t.rows[0]).toHaveLength(201);
    expect(t.rows[0][200]).toBe('y');
    expect(t.rows[1][200]).toBe('z');
    expect(t.merges).toEqual([{ row: 0, col: 0, rowspan: 2, colspan: 200 }]);
  });

  it('truncates a table wider than the limit with an issue', () => {
    const r = importHtml(`<table><tr>${'<td colspan=200>x</td>'.repeat(10)}</tr></table>`);
    expect(r.tables[0].rows[0]).toHaveLength(1000);
    expect(r.issues.map((i) => i.code)).toEqual(['import.table-truncated']);
  });

  it('survives unclosed tags, 10 000 nested divs and 2 000 nested tables', () => {
    const unclosed = importHtml('<table><tr><td>a<td>b<tr><td>c<p>d<span>e');
    expect(unclosed.tables[0].rows).toEqual([
      ['a', 'b'],
      ['c\nde', ''],
    ]);

    const deep = importHtml(`${'<div>'.repeat(10_000)}<table><tr><td>深</td></tr></table>${'</div>'.repeat(10_000)}`);
    expect(deep.tables[0].rows).toEqual([['深']]);

    const nested = importHtml(`${'<table><tr><td>n'.repeat(2000)}${'</td></tr></table>'.repeat(2000)}`);
    expect(nested.tables).toHaveLength(2000);
    expect(nested.tables[1999].rows).toEqual([['n']]);
  });

  it('returns an issue, not an exception, for junk', () => {
    for (const junk of ['', '<<<>>>', '<table', '<table></table>', '\u0000\u0001<td>', '<tr><td>孤立单元格</td></tr>']) {
      const r = importHtml(junk);
      expect(r.format).toBe('html');
      expect(Array.isArray(r.issues)).toBe(true);
    }
  });
});
