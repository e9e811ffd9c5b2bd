import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/io/docx';
import { docx, run, W_NS, withDocumentXml } from './buildDocx';

/** Raw WordprocessingML pieces, as Word writes them. */
const p = (content: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
const tc = (content: string, tcPr = '') => `<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>${tcPr}</w:tcPr>${content}</w:tc>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string, cols = 0) =>
  `<w:tbl><w:tblPr/>${cols ? `<w:tblGrid>${'<w:gridCol w:w="900"/>'.repeat(cols)}</w:tblGrid>` : ''}${rows}</w:tbl>`;
const cellOf = (text: string) => tc(p(run(text)));
const del = (content: string) => `<w:del w:id="1" w:author="a" w:date="2022-01-01T00:00:00Z">${content}</w:del>`;
const ins = (content: string) => `<w:ins w:id="2" w:author="a" w:date="2022-01-01T00:00:00Z">${content}</w:ins>`;
const field = (code: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

const read = (body: string) => readDocx('测试.docx', docx(body));
/** the first table's cells */
const cells = (body: string) => read(body).tables[0]?.rows;

describe('docx: run content as Word shows it', () => {
  it('turns tabs into spaces and breaks into line breaks, ignores symbols, keeps spaces', () => {
    const runs =
      '<w:r><w:t>本年</w:t><w:tab/><w:t>新收</w:t><w:br/><w:t>申请</w:t><w:cr/>' +
      '<w:sym w:font="Wingdings" w:char="F0FC"/><w:t xml:space="preserve"> 60 件 </w:t></w:r>';
    const tabStops = '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'; // a tab stop, not a tab
    expect(cells(tbl(tr(tc(p(runs, tabStops)))))).toEqual([['本年 新收\n申请\n 60 件 ']]);
    expect(read(p(runs, tabStops)).narrative).toEqual(['本年 新收\n申请\n 60 件']);
  });

  it('joins a cell’s paragraphs with "\\n", dropping the empty ones at its start and end', () => {
    expect(cells(tbl(tr(tc(p('') + p(run('商业')) + p('') + p(run('企业')) + p('')))))).toEqual([['商业\n\n企业']]);
    expect(cells(tbl(tr(tc(p(run('　　'))) + cellOf('1'))))).toEqual([['　　', '1']]); // WPS's blank cells
  });

  it('decodes the XML entities and character references, and nothing else', () => {
    // a DOCTYPE's own entities are never expanded (no "billion laughs"); &nbsp; is no XML entity
    const body = `<w:t>A&amp;B &lt;5&gt; &#x4E00;&#20108; &lol; &nbsp;</w:t>`;
    const bomb =
      '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>';
    const r = readDocx('t.docx', withDocumentXml(`${bomb}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r>${body}</w:r></w:p></w:body></w:document>`));
    expect(r.narrative).toEqual(['A&B <5> 一二 &lol; &nbsp;']);
  });

  it('drops hidden text', () => {
    const hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏说明</w:t></w:r>';
    const shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>';
    expect(read(p(run('24') + hidden + shown)).narrative).toEqual(['24显示']);
  });
});

describe('docx: tracked changes read as accepted', () => {
  it('keeps insertions and moved-to text, drops deletions and moved-from text', () => {
    const content =
      run('本年新收') + del('<w:r><w:delText>58</w:delText></w:r>') + ins(run('60')) + run('件') +
      '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>（旧位置）</w:t></w:r></w:moveFrom>' +
      '<w:moveTo w:id="4" w:author="a"><w:r><w:t>（新位置）</w:t></w:r></w:moveTo>';
    expect(read(p(content)).narrative).toEqual(['本年新收60件（新位置）']);
  });

  it('ignores the old formatting in property changes, including an old gridSpan', () => {
    const changed = '<w:gridSpan w:val="2"/><w:tcPrChange w:id="5" w:author="a"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>';
    const rPrChange = '<w:r><w:rPr><w:b/><w:rPrChange w:id="6" w:author="a"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>加粗</w:t></w:r>';
    expect(cells(tbl(tr(tc(p(rPrChange), changed) + cellOf('9')) + tr(cellOf('1') + cellOf('2') + cellOf('3')), 3))).toEqual([
      ['加粗', '', '9'],
      ['1', '2', '3'],
    ]);
  });

  it('joins a paragraph whose mark was deleted with the next one', () => {
    const deletedMark = '<w:rPr><w:del w:id="7" w:author="a"/></w:rPr>';
    expect(read(p(run('收到申请'), deletedMark) + p(run('60件。'))).narrative).toEqual(['收到申请60件。']);
  });

  it('drops a deleted table row and a deleted cell', () => {
    const deletedRow = '<w:del w:id="8" w:author="a"/>';
    const rows = tr(cellOf('自然人') + cellOf('总计')) + tr(cellOf('58') + cellOf('58'), deletedRow) + tr(cellOf('60') + cellOf('60'));
    expect(cells(tbl(rows, 2))).toEqual([
      ['自然人', '总计'],
      ['60', '60'],
    ]);
    const deletedCell = tc(p(run('旧')), '<w:cellDel w:id="9" w:author="a"/>');
    expect(cells(tbl(tr(cellOf('a') + deletedCell + cellOf('b'))))).toEqual([['a', 'b']]);
  });
});

describe('docx: fields, content controls, alternate content', () => {
  it('shows a field’s result, never its code, nested fields too', () => {
    const nested = field(' IF 1 = 1 ', field(' =60+8 ', run('68')));
    expect(read(p(run('总计') + nested + run('件'))).narrative).toEqual(['总计68件']);
    const simple = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>';
    expect(read(p(run('第') + simple + run('页'))).narrative).toEqual(['第3页']);
  });

  it('reads text inside content controls at block, run, row and cell level', () => {
    const sdt = (content: string) => `<w:sdt><w:sdtPr><w:alias w:val="数字"/><w:tag w:val="n"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    expect(read(sdt(p(run('一、总体情况'))) + p(run('共') + sdt(run('60')) + run('件'))).narrative).toEqual(['一、总体情况', '共60件']);
    const rows = tr(cellOf('自然人') + sdt(cellOf('总计'))) + sdt(tr(cellOf('60') + cellOf('60')));
    expect(cells(tbl(rows))).toEqual([
      ['自然人', '总计'],
      ['60', '60'],
    ]);
  });

  it('reads a text box once, from mc:Choice, not again from mc:Fallback', () => {
    const box = (text: string) => `<w:txbxContent>${p(run(text))}</w:txbxContent>`;
    const alternate =
      '<w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box('注：数据截至12月31日')}</wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box('注：数据截至12月31日')}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r>';
    expect(read(p(run('正文') + alternate) + p(run('下一段'))).narrative).toEqual(['正文', '注：数据截至12月31日', '下一段']);
    const fallbackOnly = `<w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox>${box('仅后备')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(read(p(fallbackOnly)).narrative).toEqual(['仅后备']);
  });
});

describe('docx: table layout', () => {
  it('lines up rows that skip grid columns (gridBefore / gridAfter)', () => {
    const rows =
      tr(cellOf('名称') + cellOf('数量') + cellOf('备注')) +
      tr(cellOf('12'), '<w:gridBefore w:val="1"/><w:wBefore w:w="900" w:type="dxa"/><w:gridAfter w:val="1"/>') +
      tr(cellOf('合计') + cellOf('12'), '<w:gridAfter w:val="1"/>');
    expect(cells(tbl(rows))).toEqual([
      ['名称', '数量', '备注'],
      ['', '12', ''],
      ['合计', '12', ''],
    ]);
  });

  it('merges down from a restart cell; a continue cell’s own text is not shown; a stray continue starts afresh', () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const cont = '<w:vMerge/>';
    const rows =
      tr(tc(p(run('组')), restart) + cellOf('a')) +
      tr(tc(p(run('残留')), cont) + cellOf('b')) +
      tr(cellOf('x') + tc(p(run('孤立')), cont)) +
      tr(cellOf('y') + tc(p(''), cont));
    const r = read(tbl(rows, 2)).tables[0];
    expect(r.rows).toEqual([
      ['组', 'a'],
      ['', 'b'],
      ['x', '孤立'],
      ['y', ''],
    ]);
    expect(r.merges).toEqual([
      { row: 0, col: 0, rowspan: 2, colspan: 1 },
      { row: 2, col: 1, rowspan: 2, colspan: 1 },
    ]);
  });

  it('reads legacy horizontal merges (w:hMerge) as a colspan', () => {
    const rows = tr(tc(p(run('申请人情况')), '<w:hMerge w:val="restart"/>') + tc(p(''), '<w:hMerge w:val="continue"/>')) + tr(cellOf('1') + cellOf('2'));
    const r = read(tbl(rows, 2)).tables[0];
    expect(r.rows).toEqual([
      ['申请人情况', ''],
      ['1', '2'],
    ]);
    expect(r.merges).toEqual([{ row: 0, col: 0, rowspan: 1, colspan: 2 }]);
  });

  it('puts a nested table after its parent, captioned by the paragraph before it in the cell', () => {
    const inner = tbl(tr(cellOf('内1') + cellOf('内2')));
    const body =
      p(run('二、主动公开政府信息情况')) +
      tbl(tr(tc(p(run('说明')) + inner + p(run('尾'))) + cellOf('外2'))) +
      p('') +
      tbl(tr(cellOf('第三张')));
    const r = read(body);
    expect(r.tables.map((t) => [t.name, t.caption, t.rows])).toEqual([
      ['T1', '二、主动公开政府信息情况', [['说明\n尾', '外2']]],
      ['T2', '说明', [['内1', '内2']]],
      // only an empty paragraph since the last table: no caption, and never the first table's
      ['T3', undefined, [['第三张']]],
    ]);
  });

  it('resolves namespace prefixes instead of assuming w:', () => {
    const body = p(run('三、收到和处理政府信息公开申请情况')) + tbl(tr(cellOf('自然人') + cellOf('60')));
    const r = readDocx('t.docx', docx(body, { prefix: 'ns0' }));
    expect(r.tables.map((t) => [t.caption, t.rows])).toEqual([['三、收到和处理政府信息公开申请情况', [['自然人', '60']]]]);
    // a table of another namespace (DrawingML's a:tbl) is no Word table
    const other = `<w:p><w:r><w:drawing><a:tbl xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:tr><a:tc><a:txBody><a:p><a:r><a:t>图</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></w:drawing></w:r></w:p>`;
    expect(read(other).tables).toEqual([]);
  });
});
