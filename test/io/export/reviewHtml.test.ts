import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { formatFinding, officialLayout, summarise, type AuditResult } from '../../../src/core';
import { batchReviewHtml, reviewHtml, type ExportContext } from '../../../src/io/export';
import { sampleAudit, withReport } from './cases';

const HOSTILE = '<img src=x onerror=alert(1)>';
/** The 酉阳县 report with three slips, a hostile unit name, a hostile cell text and a hostile note. */
const result = withReport(
  sampleAudit({ 't3.ignored.2.natural': 15, 't4.review.upheld': 2, 't4.suit_after.other': '' }, { 't3.denied.8.commercial': HOSTILE }),
  HOSTILE,
  2021,
);
const ctx: ExportContext = {
  fileName: `${HOSTILE}.docx`,
  date: new Date(2025, 2, 7),
  decisions: { [result.findings[0].fingerprint]: { state: 'dismissed', note: `<script>alert(2)</script>` } },
};
const html = reviewHtml(result, ctx);
const doc = parseDocument(html);
const all = (name: string, root: Element | typeof doc = doc) => DomUtils.getElementsByTagName(name, root, true);
/** The text a reader sees: elements apart, styles left out. */
function text(node: Element | typeof doc): string {
  const parts: string[] = [];
  const walk = (n: { type: string; children?: unknown[]; data?: string; name?: string }) => {
    if (n.type === 'text') parts.push(n.data ?? '');
    else if (n.name !== 'style') for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
  };
  walk(node as never);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('the printable 审核意见书 of one report', () => {
  it('escapes every input text: no element comes from the input', () => {
    expect(all('img')).toHaveLength(0);
    expect(all('script')).toHaveLength(0);
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(doc)).toContain(`单位 ${HOSTILE}`);
    expect(text(doc)).toContain('<script>alert(2)</script>');
  });

  it('states unit, year, date and verdict', () => {
    const t = text(doc);
    for (const s of ['年度 2021', '审核日期 2025-03-07', '审核结论：需退回修改', `文件 ${HOSTILE}.docx`]) expect(t).toContain(s);
  });

  it('contains every finding with its equation and values, and every problem', () => {
    const t = text(doc);
    expect(result.findings.length).toBeGreaterThanOrEqual(6);
    for (const f of result.findings) expect(t).toContain(formatFinding(f, 'zh', result.template).replace(/\s+/g, ' '));
    const problems = summarise(result).problems;
    const items = all('li').filter((li) => /^p-/.test(li.attribs.class ?? ''));
    expect(items).toHaveLength(problems.length);
    expect(t).toContain('不予处理·2.重复申请·自然人：现填 15，建议改为 16');
    expect(t).toMatch(/已排除 ?： ?<script>alert\(2\)<\/script>/);
  });

  it('draws every table whole: every column, every value cell, widths that fit the page', () => {
    const grids = all('table').filter((e) => e.attribs.class?.startsWith('grid'));
    const present = new Set(result.raw.keys());
    expect(grids).toHaveLength(3);
    grids.forEach((grid, i) => {
      const layout = officialLayout(result.template!, result.template!.tables[i].id, 'zh', present);
      const width = layout.rows[0].length;
      const cols = all('col', grid);
      expect(cols).toHaveLength(width);
      const total = cols.reduce((s, c) => s + parseFloat(/width:([\d.]+)%/.exec(c.attribs.style)![1]), 0);
      expect(total).toBeCloseTo(100, 0);
      const t = text(grid);
      for (const row of layout.rows) for (const c of row) if (c.kind !== 'value' && c.text) expect(t).toContain(c.text);
      expect(all('td', grid).filter((td) => td.attribs.class?.startsWith('value'))).toHaveLength(layout.keyPos.size);
      // Every row spans the full width once merges are counted: no column lost.
      const rows = all('tr', grid);
      expect(rows).toHaveLength(layout.rows.length);
      const filled = layout.rows.map(() => 0);
      rows.forEach((tr, r) =>
        all('td', tr).forEach((td) => {
          const span = Number(td.attribs.colspan ?? 1);
          for (let k = 0; k < Number(td.attribs.rowspan ?? 1); k++) filled[r + k] += span;
        }),
      );
      expect(filled).toEqual(layout.rows.map(() => width));
    });
  });

  it('marks the suspect with its suggestion and problem number, on A4 with the tables landscape', () => {
    const suspect = all('td').find((td) => td.attribs.class === 'value m-error r-suspect')!;
    expect(DomUtils.textContent(suspect)).toMatch(/^15→16\[\d+(,\d+)*\]$/);
    expect(html).toContain('size: A4;');
    expect(html).toContain('size: A4 landscape');
  });
});

describe('the batch 审核意见书', () => {
  it("holds each report's 意见书 on its own pages, unreadable files included", () => {
    const clean: AuditResult = withReport(sampleAudit(), '酉阳县人民政府', 2021);
    const out = batchReviewHtml([
      { result, ctx },
      { result: clean, ctx: { fileName: 'clean.txt' } },
      { result: null, ctx: { fileName: '损坏.docx' }, errors: ['文件已损坏，无法解压'] },
    ]);
    const d = parseDocument(out);
    const sections = DomUtils.getElementsByTagName('section', d, true);
    expect(sections).toHaveLength(3);
    expect(out).toContain('.report + .report { break-before: page; }');
    expect(text(sections[1])).toContain('审核结论：通过');
    expect(text(sections[2])).toContain('审核结论：无法读取');
    expect(text(sections[2])).toContain('文件已损坏，无法解压');
    expect(DomUtils.getElementsByTagName('img', d, true)).toHaveLength(0);
  });
});
