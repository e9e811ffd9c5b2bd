import { formatFinding, formatNumber, formatSuspect, summarise, type AuditResult, type Finding } from '../../core';
import { cellNotes } from './cellNotes';
import { DECISION_ZH, SEVERITY_ZH, editedCells, fixedFindings, type ExportContext } from './exportContext';
import { esc } from './htmlEscape';
import { exportVerdict, reportFacts, verdictZh } from './reportFacts';
import { REVIEW_CSS } from './reviewHtmlStyle';
import { label, tableName } from './reviewRows';
import { LEGEND_HTML, reviewTablesHtml } from './reviewTablesHtml';

/** A report to print in a batch; `result` null is a file from which nothing could be read. */
export interface ReviewItem {
  result: AuditResult | null;
  ctx: ExportContext;
  /** why the file could not be read (in Chinese) */
  errors?: readonly string[];
}

/**
 * The printable 审核意见书 of one report: a self-contained HTML document (no script, no outside
 * resource) with print CSS for A4. Every input text is escaped.
 */
export function reviewHtml(result: AuditResult, ctx: ExportContext): string {
  return htmlDocument(title(result.reading.report.unit), reviewSection({ result, ctx }));
}

/** Many reports' 意见书 in one document, each starting on a new page: what a city office sends back. */
export function batchReviewHtml(items: readonly ReviewItem[]): string {
  return htmlDocument(`审核意见书（${items.length} 份）`, items.map(reviewSection).join('\n'));
}

function title(unit: string | null): string {
  return unit ? `${unit}政府信息公开工作年度报告审核意见书` : '政府信息公开工作年度报告审核意见书';
}

/**
 * The letter's own policy: no script, no request. Spelled in parts so that the page's build, which
 * checks the page's policy by looking for such a tag in the whole file, does not take this one for it.
 */
const POLICY = ['Content', 'Security', 'Policy'].join('-');

function htmlDocument(heading: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="${POLICY}" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(heading)}</title><style>${REVIEW_CSS}</style></head>
<body>
${body}
</body></html>
`;
}

function reviewSection({ result, ctx, errors }: ReviewItem): string {
  if (!result || result.templateId === null) {
    const why = (errors?.length ? errors : ['未找到可读取的表格']).map((e) => `<li>${esc(e)}</li>`).join('');
    return `<section class="report"><h1>${esc(title(null))}</h1>
<dl class="facts"><dt>文件</dt><dd>${esc(ctx.fileName)}</dd></dl>
<p class="verdict v-unreadable">审核结论：无法读取</p><ul>${why}</ul></section>`;
  }
  const verdict = exportVerdict(result, ctx);
  const facts = reportFacts(result, ctx)
    .filter(([k]) => k !== '审核结论')
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('');
  const problems = summarise(result).problems;
  // Problem numbers per cell, for the marks in the tables.
  const refs = new Map<string, number[]>();
  problems.forEach((p, i) => {
    const cells = new Set(p.findings.flatMap((f) => f.cells));
    for (const k of cells) refs.set(k, [...(refs.get(k) ?? []), i + 1]);
  });
  const infos = result.findings.filter((f) => f.severity === 'info');
  let n = 0;
  const head = (text: string) => `<h2>${'一二三四五'[n++]}、${esc(text)}</h2>`;
  return `<section class="report">
<h1>${esc(title(result.reading.report.unit))}</h1>
<dl class="facts">${facts}</dl>
<p class="verdict v-${esc(verdict)}">审核结论：${esc(verdictZh(verdict))}</p>
${head(`需要核实修改的问题（${problems.length} 个）`)}
${problems.length ? `<ol class="problems">${problems.map((p) => problemHtml(result, ctx, p)).join('\n')}</ol>` : '<p>未发现表内勾稽关系问题。</p>'}
${fixedHtml(result, ctx, head)}
${infos.length ? `${head('其他提示')}<ul>${infos.map((f) => `<li>${findingLine(result, ctx, f)}</li>`).join('')}</ul>` : ''}
<div class="tables">${head('报表及标记')}${LEGEND_HTML}
${reviewTablesHtml(result, cellNotes(result, ctx), refs)}
</div>
</section>`;
}

function problemHtml(result: AuditResult, ctx: ExportContext, p: ReturnType<typeof summarise>['problems'][number]): string {
  const t = result.template;
  const where = esc(tableName(t, p.table));
  let suggestion = '';
  if (p.suspect) {
    const current = result.raw.get(p.suspect.cell) ?? '';
    const s = p.findings[0].suspects[0];
    suggestion =
      `<p class="suggest">${esc(label(t, p.suspect.cell))}：现填 ${esc(current || '（空）')}` +
      `${p.suspect.suggested !== null ? `，建议改为 ${esc(formatNumber(p.suspect.suggested))}` : ''}</p>` +
      (s ? `<p class="why">${esc(formatSuspect(s, 'zh', t))}</p>` : '');
  }
  const lines = p.findings.map((f) => `<li>${findingLine(result, ctx, f)}</li>`).join('');
  return `<li class="p-${esc(p.severity)}"><span class="sev ${esc(p.severity)}">${esc(SEVERITY_ZH[p.severity])}</span> ${where}
${suggestion}<ul>${lines}</ul></li>`;
}

/** A finding's sentence (its equation with the values) and the reviewer's decision and note. */
function findingLine(result: AuditResult, ctx: ExportContext, f: Finding): string {
  const d = ctx.decisions?.[f.fingerprint];
  const decision = d ? `<span class="decision">${esc(DECISION_ZH[d.state])}${d.note ? `：${esc(d.note)}` : ''}</span>` : '';
  const quote = f.quote ? `<br><span class="why">原文：${esc(f.quote)}</span>` : '';
  return `<span class="eq">${esc(formatFinding(f, 'zh', result.template))}</span>${decision}${quote}`;
}

function fixedHtml(result: AuditResult, ctx: ExportContext, head: (t: string) => string): string {
  const edited = editedCells(result, ctx);
  if (edited.size === 0) return '';
  const fixed = fixedFindings(result, ctx);
  const rows = [...edited]
    .map(([k, e]) => `<tr><td>${esc(label(result.template, k))}</td><td>${esc(e.original || '（空）')}</td><td>${esc(e.current || '（空）')}</td></tr>`)
    .join('');
  const list = fixed.map((f) => `<li><span class="eq">${esc(formatFinding(f, 'zh', result.template))}</span></li>`).join('');
  return `${head('已在审核中修正')}
${fixed.length ? `<p>以下问题在审核中改正单元格后不再存在（原报送值见下表）：</p><ul>${list}</ul>` : ''}
<table class="list"><thead><tr><th>单元格</th><th>原值</th><th>现值</th></tr></thead><tbody>${rows}</tbody></table>`;
}
