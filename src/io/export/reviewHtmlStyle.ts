/**
 * The 审核意见书's styles: A4, Chinese fonts first, the text portrait and the tables on landscape
 * pages (a named page; where that is not supported the fixed table layout still fits the width, so
 * no column is ever cut). Marks keep their colours on paper and never rely on colour alone.
 */
export const REVIEW_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@page tables { size: A4 landscape; margin: 10mm 10mm; }
* { box-sizing: border-box; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif;
  color: #1b2733; font-size: 10.5pt; line-height: 1.55; margin: 0; }
.report { max-width: 270mm; margin: 0 auto; padding: 8mm 0; }
.report + .report { break-before: page; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; border-bottom: 1px solid #8a99a8; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
dl.facts { display: grid; grid-template-columns: 6em 1fr 6em 1fr; gap: 1mm 3mm; margin: 0 0 3mm; }
dl.facts dt { font-weight: 700; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.verdict { font-size: 12pt; font-weight: 700; padding: 2mm 3mm; border: 1.5pt solid #1b2733; display: inline-block; }
.verdict.v-fail { border-color: #d55e00; color: #a34400; }
.verdict.v-pass { border-color: #009e73; color: #00664a; }
ol.problems { padding-left: 7mm; } ol.problems > li { margin: 0 0 3mm; break-inside: avoid; }
.sev { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; font-size: 9pt; font-weight: 700; }
.sev.error { background: #d55e00; color: #fff; } .sev.warning { background: #f3d27a; color: #4a3600; } .sev.info { background: #e8f2fb; color: #0b4f7c; }
.eq { font-family: inherit; } .why { color: #52606d; margin: 0.5mm 0; }
.suggest { font-weight: 700; }
.decision { display: inline-block; margin-left: 2mm; padding: 0 1.5mm; border: 1px solid #0072b2; color: #0b4f7c; font-size: 9pt; }
table.list { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.list th, table.list td { border: 0.5pt solid #8a99a8; padding: 1mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.tables { page: tables; break-before: page; }
.tables h2 { margin-top: 0; }
.table-block { break-inside: avoid-page; margin-bottom: 5mm; }
table.grid { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; line-height: 1.3; }
table.grid td { border: 0.5pt solid #5b6b7b; padding: 0.8mm 1mm; overflow-wrap: anywhere; vertical-align: middle; }
table.grid td.header, table.grid td.section { font-weight: 700; text-align: center; background: #eef2f7; }
table.grid td.value { text-align: right; white-space: nowrap; overflow: hidden; }
table.grid tr { break-inside: avoid; }
td.m-error.r-parts { background: #fbe3d6; }
td.m-error.r-total { background: #f6c3a8; font-weight: 700; box-shadow: inset 3px 0 0 #d55e00; }
td.m-error.r-suspect, td.m-error.r-invalid { background: #d55e00; color: #fff; font-weight: 700; outline: 1.5pt double #7a2e00; outline-offset: -2pt; }
td.m-warning.r-parts, td.m-warning.r-total { background: #fff4cc; }
td.m-warning.r-blank { background: repeating-linear-gradient(135deg, #fff8dd 0 4px, #f6e2a6 4px 6px); }
td.m-warning.r-suspect { background: #f3d27a; font-weight: 700; outline: 1.5pt dashed #7a5600; outline-offset: -2pt; }
td.edited:not(.m-error):not(.m-warning) { background: #d7ecf9; }
.was { text-decoration: line-through; opacity: 0.8; font-size: 7.5pt; margin-right: 0.8mm; }
.to { font-size: 7.5pt; }
sup.refs { font-size: 6.5pt; font-weight: 400; margin-left: 0.5mm; }
.legend { font-size: 8.5pt; color: #52606d; }
.legend span { display: inline-block; padding: 0 1.5mm; margin-right: 2mm; border: 0.5pt solid #8a99a8; }
@media screen { body { background: #f5f7fa; } .report { background: #fff; padding: 10mm 12mm; margin: 6mm auto; box-shadow: 0 1px 4px #0002; } }
`;
