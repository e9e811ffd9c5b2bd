import { cellLabel, formatFinding, type AuditResult } from '../../core';

const SEVERITY_ZH = { error: '错误', warning: '提示', info: '信息' } as const;

/**
 * Findings as CSV for Excel/WPS: a UTF-8 BOM (so Excel reads the Chinese), CRLF line ends, every
 * field quoted. One row per finding, the cells and suspects named by label and key.
 */
export function findingsCsv(file: string, result: AuditResult): string {
  const header = ['文件', '表格', '级别', '状态', '规则', '说明', '涉及单元格', '疑似出错单元格', '建议值', '指纹'];
  const rows = result.findings.map((f) => {
    const table = result.template?.tables.find((t) => t.id === f.table);
    const name = (k: string) => (result.template ? `${cellLabel(result.template, k)}（${k}）` : k);
    const s = f.suspects[0];
    return [
      file,
      table?.short ?? '',
      SEVERITY_ZH[f.severity],
      f.status === 'uncertain' ? '待确认' : f.status === 'error' ? '无法计算' : '不成立',
      f.rule,
      formatFinding(f, 'zh', result.template),
      f.cells.map(name).join('；'),
      s ? name(s.cell) : '',
      s && s.suggested !== null ? String(s.suggested) : '',
      f.fingerprint,
    ];
  });
  return '\ufeff' + [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(s: string): string {
  // A leading = + - @ would be read as a formula by Excel: prefix a quote mark.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return `"${safe.replaceAll('"', '""')}"`;
}
