import type { FileReport } from '../io/export/auditJson';
import { REPORT_TEMPLATES } from '../templates';

const SEVERITY_ZH = { error: '错误', warning: '提示', info: '信息' } as const;

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The format's own name; a table that is no report says so. */
function formatName(id: string): string {
  if (id === 'generic') return '普通表格（未识别为年报，暂不审核）';
  return REPORT_TEMPLATES.find((t) => t.id === id)?.name ?? id;
}

/** The readable Chinese report the CLI prints without --json. */
export function textReport(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`■ ${r.file}`);
    if (r.template === null) {
      for (const e of r.errors) lines.push(`  无法审核：${e}`);
      lines.push('');
      continue;
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of r.findings) counts[f.severity]++;
    lines.push(
      `  格式：${formatName(r.template)}；识别 ${Object.keys(r.values).length} 个单元格；` +
        `${counts.error} 个错误，${counts.warning} 个提示，${counts.info} 条信息`,
    );
    for (const e of r.errors) lines.push(`  注意：${e}`);
    if (r.findings.length) {
      const rows = r.findings.map((f) => [
        SEVERITY_ZH[f.severity] + (f.status === 'uncertain' ? '?' : ''),
        f.rule,
        f.message + (f.suspects[0] ? `  → 疑似 ${f.suspects[0].cell}${f.suspects[0].suggested !== null ? ` 应为 ${f.suspects[0].suggested}` : ''}` : ''),
      ]);
      const w0 = rows.reduce((w, x) => Math.max(w, displayWidth(x[0])), 4);
      const w1 = rows.reduce((w, x) => Math.max(w, displayWidth(x[1])), 4);
      lines.push(`  ${pad('级别', w0)}  ${pad('规则', w1)}  说明`);
      for (const [a, b, c] of rows) lines.push(`  ${pad(a, w0)}  ${pad(b, w1)}  ${c}`);
    }
    lines.push('');
  }
  const bad = reports.filter((r) => r.template === null || r.findings.some((f) => f.severity === 'error' && f.status === 'fail'));
  lines.push(`共 ${reports.length} 个文件，${bad.length} 个需要退回修改。`);
  return lines.join('\n');
}
