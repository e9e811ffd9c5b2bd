import { T3_COLS, T3_PARENTS, T3_ROWS, T4_COLS, T4_GROUPS } from './youyang';

/**
 * Builds the report's tables in the official layout of the 2021 form, from cell texts, as a
 * spreadsheet copy (TSV: a merged cell is its value followed by empty cells) or as Word-style HTML
 * (rowspan/colspan). Used to make perturbed forms of the sample.
 */

export interface Span {
  t: string;
  cs?: number;
  rs?: number;
}
export type LayoutCell = string | Span;
export type Layout = LayoutCell[][];

export interface RenderOptions {
  /** applied to every label and header text (not to values) */
  label?: (text: string) => string;
  /** applied to every value text */
  value?: (text: string, key: string) => string;
  /** table 3 without its three header rows */
  noHeader3?: boolean;
  /** table-3 rows in this order (ids); default the form's order */
  rowOrder?: string[];
  /** write every row's parent labels in the row itself (no rowspans): needed when rows are shuffled */
  fillDown?: boolean;
  /** extra table-3 rows after the given row id: [labels..., values...] */
  extraRows3?: Array<{ after: string; cells: LayoutCell[] }>;
  /** an extra column at the right of table 3: header text, and a value per row id */
  extraColumn3?: { header: string; values: Record<string, string> };
  /** table-3 row ids left out */
  dropRows3?: string[];
}

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function table2Layout(v: Record<string, string>, o: RenderOptions = {}): Layout {
  const L = o.label ?? ((s: string) => s);
  const V = (k: string) => (o.value ? o.value(v[k], k) : v[k]);
  return [
    [{ t: L('第二十条第（一）项'), cs: 4 }],
    [L('信息内容'), L('本年制发件数'), L('本年废止件数'), L('现行有效件数')],
    [L('规章'), V('t2.rules.made'), V('t2.rules.repealed'), V('t2.rules.valid')],
    [L('行政规范性文件'), V('t2.normative.made'), V('t2.normative.repealed'), V('t2.normative.valid')],
    [{ t: L('第二十条第（五）项'), cs: 4 }],
    [L('信息内容'), { t: L('本年处理决定数量'), cs: 3 }],
    [L('行政许可'), { t: V('t2.licensing'), cs: 3 }],
    [{ t: L('第二十条第（六）项'), cs: 4 }],
    [L('信息内容'), { t: L('本年处理决定数量'), cs: 3 }],
    [L('行政处罚'), { t: V('t2.punishment'), cs: 3 }],
    [L('行政强制'), { t: V('t2.coercion'), cs: 3 }],
    [{ t: L('第二十条第（八）项'), cs: 4 }],
    [L('信息内容'), { t: L('本年收费金额（单位：万元）'), cs: 3 }],
    [L('行政事业性收费'), { t: V('t2.fees'), cs: 3 }],
  ];
}

export function table3Layout(v: Record<string, string>, o: RenderOptions = {}): Layout {
  const L = o.label ?? ((s: string) => s);
  const V = (k: string) => (o.value ? o.value(v[k], k) : v[k]);
  const extraCol = o.extraColumn3;
  const rows: Layout = [];
  if (!o.noHeader3) {
    rows.push([{ t: L(NOTE), cs: 3, rs: 3 }, { t: L('申请人情况'), cs: 7 }, ...(extraCol ? [{ t: L(extraCol.header), rs: 3 }] : [])]);
    rows.push([{ t: L('自然人'), rs: 2 }, { t: L('法人或其他组织'), cs: 5 }, { t: L('总计'), rs: 2 }]);
    rows.push([L('商业企业'), L('科研机构'), L('社会公益组织'), L('法律服务机构'), L('其他')]);
  }
  const order = (o.rowOrder ?? T3_ROWS.map((r) => r.id)).filter((id) => !o.dropRows3?.includes(id));
  const labelOf = new Map(T3_ROWS.map((r) => [r.id, r.label]));
  // Paths of labels per row; consecutive rows sharing a parent share its merged cell.
  const paths = order.map((id) => [...T3_PARENTS[id], labelOf.get(id)!]);
  const bodies: Array<{ cells: LayoutCell[]; after?: string }> = [];
  paths.forEach((path, i) => {
    const id = order[i];
    const cells: LayoutCell[] = [];
    for (let level = 0; level < path.length; level++) {
      const isLast = level === path.length - 1;
      const cs = isLast ? 3 - level : 1;
      if (!o.fillDown && !isLast) {
        const samePrefix = (j: number) =>
          j >= 0 && j < paths.length && paths[j].length > level + 1 && paths[j].slice(0, level + 1).join('|') === path.slice(0, level + 1).join('|');
        if (samePrefix(i - 1)) continue; // covered by the rowspan from above
        let rs = 1;
        while (samePrefix(i + rs)) rs++;
        cells.push(rs > 1 ? { t: L(path[level]), rs } : L(path[level]));
        continue;
      }
      cells.push(cs > 1 ? { t: L(path[level]), cs } : L(path[level]));
    }
    for (const c of T3_COLS) cells.push(V(`t3.${id}.${c}`));
    if (extraCol) cells.push(extraCol.values[id] ?? '');
    bodies.push({ cells });
    for (const extra of o.extraRows3 ?? []) if (extra.after === id) bodies.push({ cells: extra.cells });
  });
  rows.push(...bodies.map((b) => b.cells));
  return rows;
}

export function table4Layout(v: Record<string, string>, o: RenderOptions = {}): Layout {
  const L = o.label ?? ((s: string) => s);
  const V = (k: string) => (o.value ? o.value(v[k], k) : v[k]);
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map(L);
  return [
    [{ t: L('行政复议'), cs: 5 }, { t: L('行政诉讼'), cs: 10 }],
    [...results.map((t) => ({ t, rs: 2 })), { t: L('未经复议直接起诉'), cs: 5 }, { t: L('复议后起诉'), cs: 5 }],
    [...results, ...results],
    T4_GROUPS.flatMap((g) => T4_COLS.map((c) => V(`t4.${g}.${c}`))),
  ];
}

/** Lays a layout out on a grid: each anchor's text at its place, covered cells empty. */
export function toGrid(layout: Layout): string[][] {
  const grid: string[][] = [];
  const taken: boolean[][] = [];
  layout.forEach((row, r) => {
    grid[r] ??= [];
    taken[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (taken[r][c]) c++;
      const span = typeof cell === 'string' ? { t: cell } : cell;
      const rs = span.rs ?? 1;
      const cs = span.cs ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) {
          taken[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? span.t : '';
        }
      }
      c += cs;
    }
  });
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** Excel's clipboard TSV: a cell with a tab, line break or quote is quoted, quotes doubled. */
export function toTsv(grid: string[][]): string {
  const cell = (s: string) => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return grid.map((row) => row.map(cell).join('\t')).join('\r\n') + '\r\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word-style clipboard HTML of one table: spans kept, line breaks as <br>, empty cells as &nbsp;. */
export function toHtmlTable(layout: Layout): string {
  const rows = layout.map((row) => {
    const tds = row.map((cell) => {
      const span = typeof cell === 'string' ? { t: cell } : cell;
      const attrs = `${span.cs && span.cs > 1 ? ` colspan=${span.cs}` : ''}${span.rs && span.rs > 1 ? ` rowspan=${span.rs}` : ''}`;
      const text = span.t === '' ? '&nbsp;' : esc(span.t).replace(/\n/g, '<br>');
      return `<td${attrs} style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span lang=EN-US>${text}</span></p></td>`;
    });
    return `<tr style='height:20.0pt'>${tds.join('')}</tr>`;
  });
  return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\n${rows.join('\n')}\n</table>`;
}

export const CAPTIONS = {
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/** The three tables as a Word HTML document, each after its heading paragraph. */
export function reportHtml(v: Record<string, string>, o: RenderOptions = {}): string {
  const L = o.label ?? ((s: string) => s);
  const parts = [
    [CAPTIONS.t2, table2Layout(v, o)],
    [CAPTIONS.t3, table3Layout(v, o)],
    [CAPTIONS.t4, table4Layout(v, o)],
  ] as const;
  const body = parts.map(([cap, layout]) => `<p class=MsoNormal><b>${esc(L(cap))}</b></p>\n${toHtmlTable(layout)}`).join('\n<p class=MsoNormal>&nbsp;</p>\n');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n<head><meta charset="utf-8"></head>\n<body lang=ZH-CN>\n<!--StartFragment-->\n${body}\n<!--EndFragment-->\n</body>\n</html>\n`;
}

/** Cell texts from numbers. */
export function texts(values: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, n]) => [k, String(n)]));
}

/** `1234567` → `1,234,567` (sep `,`) or with another separator. */
export function withThousands(text: string, sep = ','): string {
  return text.replace(/\d+/g, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, sep));
}

/** ASCII digits (and `,`) → full-width. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9,]/g, (ch) => (ch === ',' ? '，' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}

/** A label broken over two lines, as a narrow Word or Excel cell wraps it. */
export function breakLabel(text: string): string {
  const chars = [...text];
  if (chars.length < 4) return text;
  const mid = Math.ceil(chars.length / 2);
  return `${chars.slice(0, mid).join('')}\n${chars.slice(mid).join('')}`;
}

/** `（一）` → `(一)`: half-width brackets as some typists write them. */
export function halfWidthBrackets(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')');
}

/** A deterministic shuffle (a small LCG), so a failure can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
