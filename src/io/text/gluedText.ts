/**
 * Text of web pages whose table cells ran together with no separator at all (the 平潭 reports):
 * `…现行有效件数规章000行政规范性文件8855698第二十条第（五）项…行政许可10690…`.
 *
 * Only the cut between a label and its digits is made here: a row starts at a numbering (`一、`,
 * `（三）`, `2.`) or where digits give way to text. How a run of digits splits into values is left
 * to recognition, which knows how many values each row has and reads the run only when that count
 * leaves one split (`000` as three values; `8855698` as three is no single split, so unreadable).
 */

/** A line of this many characters mentioning the report's tables is a page's text run together. */
const GLUED_MIN = 300;
const TABLE_START = /第二十条第|申请人情况|收到和处理政府信息公开申请情况/;
const TABLE_END = /[五六]、\s*(?:政府信息公开工作)?(?:存在的主要问题|存在问题|主要问题)/;

export function isGluedLine(line: string): boolean {
  return line.length >= GLUED_MIN && TABLE_START.test(line);
}

/** The line cut into narrative before, rows of cells, narrative after. */
export function splitGluedLine(line: string): { before: string; rows: string[][]; after: string } {
  const start = tableStart(line);
  const endMatch = TABLE_END.exec(line.slice(start));
  const end = endMatch ? start + endMatch.index : line.length;
  const region = line.slice(start, end);
  const rows: string[][] = [];
  for (const segment of region.split(ROW_START)) {
    if (!segment.trim()) continue;
    // A table's title runs into its header (`四、政府信息公开行政复议、行政诉讼情况行政复议…`): cut after it.
    const title = /^[一二三四五六]、[^\d]{4,30}?情况(?=[^\d）)])/.exec(segment);
    if (title) rows.push([title[0]]);
    rows.push(...labelsAndDigits(title ? segment.slice(title[0].length) : segment));
  }
  return { before: line.slice(0, start).trim(), rows, after: line.slice(end).trim() };
}

function tableStart(line: string): number {
  // The tables' own markers, not the introduction that names them (`本报告包括…收到和处理…情况`).
  const a = line.indexOf('第二十条第');
  const first = a >= 0 ? a : Math.max(0, line.indexOf('申请人情况'));
  // Back to the table's title when it is just before (`二、主动公开政府信息情况第二十条…`).
  const title = line.lastIndexOf('主动公开政府信息情况', first);
  return title >= 0 && first - title < 40 ? Math.max(0, title - 2) : first;
}

// Before a numbering: `一、` `（三）` (not `第（五）项`) `2.` `2、` (a digit then a mark then no digit).
const ROW_START = /(?=[一二三四五六七八九十]+、)|(?<!第)(?=[（(][一二三四五六七八九十]+[）)])|(?=\d[.、．](?![\d\s]))|(?=第二十条)/;

/**
 * One segment → rows: each text run with the digit runs that follow it
 * (`规章000行政规范性文件8855698` → [规章, 000], [行政规范性文件, 8855698]).
 */
function labelsAndDigits(segment: string): string[][] {
  const rows: string[][] = [];
  // numbering at the start belongs to the label: `2.其他法律…` is text, not the value 2
  // A dash between digits (`2648-18538`) is a sign or a blank cell: which, the text cannot tell, so it
  // stays inside the run and the run is read as no value at all (the row is then unreadable).
  const re = /((?:^\d[.、．])?(?:[^\d\-—–]|[\-—–](?!\d))+)|([\d][\d\s.,]*(?:[\-—–]+\d[\d\s.,]*)*(?:万元|元)?)/g;
  let row: string[] | null = null;
  for (const m of segment.matchAll(re)) {
    if (m[1] !== undefined) {
      const text = m[1].trim();
      if (!text) continue;
      if (row) rows.push(row);
      row = [text];
    } else {
      const tokens = m[2].trim().split(/\s+/).filter((x) => x);
      if (!row) row = [];
      row.push(...tokens);
    }
  }
  if (row) rows.push(row);
  return rows;
}
