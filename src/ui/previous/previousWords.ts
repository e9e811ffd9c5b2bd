import type { Lang } from '../../core';

/** The words of last year's report, the report's text and the card's extras (issue 8), Chinese first. */
export const PREVIOUS_WORDS = {
  previous: { zh: '上年报告', en: 'Last year' },
  previousTitle: { zh: '载入上年报告，与本报告对照（上年结转、现行有效、是否照抄）', en: "Load last year's report to compare with (carried over, in force, copied)" },
  openFile: { zh: '选择上年报告文件…', en: "Choose last year's file…" },
  pasteText: { zh: '粘贴上年报告…', en: "Paste last year's report…" },
  remove: { zh: '移除上年报告', en: "Remove last year's report" },
  showTab: { zh: '查看上年报告', en: "Show last year's report" },
  pasteTitle: { zh: '粘贴上年报告', en: "Paste last year's report" },
  pasteHint: {
    zh: '在 Word、WPS、PDF 阅读器或网页中复制上年报告（正文和表格），粘贴到下面，再按“读取”。',
    en: "Copy last year's report (text and tables) from Word, WPS, a PDF reader or a web page, paste it below and press Read.",
  },
  pasteRead: { zh: '读取', en: 'Read' },
  cancel: { zh: '取消', en: 'Cancel' },
  reading: { zh: '正在读取上年报告 {name}…', en: "Reading last year's report {name}…" },
  loaded: { zh: '已载入上年报告：{who}，已与本报告对照', en: "Last year's report loaded: {who}; compared with this one" },
  removed: { zh: '已移除上年报告', en: "Last year's report removed" },
  notReport: { zh: '{name} 中未识别出政府信息公开年报表格，未作为上年报告载入', en: 'No annual report tables were recognised in {name}; not loaded as last year' },
  readFailed: { zh: '无法读取上年报告 {name}：{why}', en: "Could not read last year's report {name}: {why}" },
  noDoc: { zh: '请先打开本年报告，再载入上年报告', en: "Open this year's report first, then last year's" },
  pastedName: { zh: '粘贴的上年报告', en: "Pasted last year's report" },
  status: { zh: '上年报告', en: 'Last year' },
  unknownUnit: { zh: '单位未识别', en: 'unit not read' },
  yearOf: { zh: '{year} 年度', en: '{year}' },
  unknownYear: { zh: '年度未识别', en: 'year not read' },
  tabTitle: { zh: '上年报告（只读）', en: "Last year's report (read-only)" },
  tabNote: { zh: '仅供对照，不可编辑；本报告的“上年结转”等按此核对。', en: "For comparison only, not editable; this report's carried-over figures are checked against it." },
  tabNone: { zh: '未载入上年报告。', en: "No report of last year is loaded." },
  tableMissing: { zh: '上年报告中未读到此表', en: "This table was not read in last year's report" },
  text: { zh: '报告正文', en: 'Report text' },
  textNone: { zh: '本报告没有读到正文（只粘贴了表格时如此）。', en: 'No text of the report was read (as when only its tables were pasted).' },
  textQuote: { zh: '标出的句子：', en: 'The sentence marked:' },
  textQuoteMissing: { zh: '正文中未找到该句：', en: 'The sentence was not found in the text:' },
  showInText: { zh: '在报告正文中查看', en: 'Show in the report text' },
  lastVsThis: { zh: '上年 {last} · 本年 {value}', en: 'last year {last} · this year {value}' },
  expected: { zh: '应为 {expected}', en: 'should be {expected}' },
  possible: { zh: '可能', en: 'possibly' },
  possibleTitle: { zh: '仅凭数字推测，并非确定的错误单元格', en: 'A guess from the digits, not a certain wrong cell' },
} as const;

export type PreviousWord = keyof typeof PREVIOUS_WORDS;

export function pw(key: PreviousWord, lang: Lang, params: Record<string, string | number> = {}): string {
  let s: string = PREVIOUS_WORDS[key][lang === 'en' ? 'en' : 'zh'];
  for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}
