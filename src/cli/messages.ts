// the messages alone, not the engine: usage prints before the engine is loaded
import type { Lang } from '../core/messages/catalogue';
import { fillTemplate } from '../core/messages/format';

/** Every sentence the command line prints, by code (the findings' own words come from the core's catalogue). */
export const CLI_CATALOGUE = {
  usage: {
    zh: `用法：npm run --silent audit -- [--json [--pretty]] [--previous 上年报告] [--out 文件夹 [--format 格式]] 路径...
  路径可以是文件或文件夹（递归读取 {extensions}），“-” 表示标准输入。
  --json     输出一个 JSON 文档（格式见 keys.md）；--pretty 缩进排版
  --previous 上年报告：与之比较上年结转、现行有效件数等；不给出时，同一单位相邻年度的报告自动配对
  --out      文件夹：为每份报告写出审核结果，并写出审核汇总（.xlsx 与 .csv）
  --format   xlsx（标注错误单元格的工作簿，默认）| csv | json | text | html（可打印的审核意见书）
  --help     显示本说明
退出码：0 全部通过；1 有报告需退回修改、未完整识别、为空白表或无法读取；2 用法错误。`,
    en: `Usage: npm run --silent audit -- [--json [--pretty]] [--previous LAST_YEAR] [--out DIR [--format F]] PATH...
  A path is a file or a folder (read recursively: {extensions}); "-" is standard input.
  --json     print one JSON document (see keys.md); --pretty indents it
  --previous last year's report, to compare carried-over requests, documents in force, …; without it,
             reports of one unit for consecutive years among the paths are paired by themselves
  --out      a folder: each report's audit is written there, with the batch summary (.xlsx and .csv)
  --format   xlsx (a workbook with the failing cells marked; default) | csv | json | text | html (printable)
  --help     show this text
Exit status: 0 every report passed; 1 a report to return, not fully read, blank or unreadable; 2 bad usage.`,
  },
  'out.bad': {
    zh: '--out 后应给出文件夹；--format 只能是 {formats}',
    en: '--out needs a folder; --format must be one of {formats}',
  },
  'out.written': { zh: '已写出 {count} 个文件到 {dir}', en: '{count} files written to {dir}' },
  'unknown-option': { zh: '未知选项：{options}', en: 'Unknown option: {options}' },
  'previous.missing': { zh: '--previous 后面应给出上年报告的文件路径。', en: '--previous needs the path of last year\'s report.' },
  'previous.unreadable': { zh: '无法读取上年报告 {path}：{error}', en: 'Cannot read last year\'s report {path}: {error}' },
  'report.slip': { zh: '→ {cell}：{reason}', en: '→ {cell}: {reason}' },
  'no-paths': { zh: '没有给出要审核的文件。', en: 'No file to audit was given.' },
  'nothing-found': { zh: '在 {paths} 中没有找到可审核的文件。', en: 'No file to audit was found in {paths}.' },
  'read.missing': { zh: '文件不存在：{path}', en: 'No such file: {path}' },
  'read.denied': { zh: '没有读取权限：{path}', en: 'Permission denied: {path}' },
  'read.directory': { zh: '这是文件夹：{path}', en: 'This is a folder: {path}' },
  'read.failed': { zh: '读取失败（{code}）：{path}', en: 'Could not read ({code}): {path}' },
  'audit.crashed': { zh: '审核 {path} 时出错：{error}', en: 'Auditing {path} failed: {error}' },
  'note.issue': { zh: '{path}：{text}', en: '{path}: {text}' },
  'report.format': { zh: '格式：{format}', en: 'Format: {format}' },
  'report.cells': { zh: '识别 {recognised}/{expected} 个单元格', en: '{recognised}/{expected} cells read' },
  'report.tables-missing': { zh: '未读到：{tables}', en: 'not read: {tables}' },
  'report.counts': { zh: '{errors} 个错误，{warnings} 个提示，{infos} 条信息', en: '{errors} errors, {warnings} warnings, {infos} notes' },
  'report.verdict': { zh: '结论：{verdict}', en: 'Verdict: {verdict}' },
  'report.cannot': { zh: '无法审核：{error}', en: 'Cannot audit: {error}' },
  'report.notice': { zh: '注意：{text}', en: 'Note: {text}' },
  'report.columns': { zh: '级别|说明', en: 'Level|Finding' },
  'report.suspect': { zh: '→ 疑似 {cell} 有误，应为 {suggested}', en: '→ {cell} is likely wrong; it should be {suggested}' },
  'report.suspect-unknown': { zh: '→ 疑似 {cell} 有误', en: '→ {cell} is likely wrong' },
  'report.generic': { zh: '普通表格（未识别为年报，按表中的合计、总计、小计审核：{sums} 个合计关系）', en: 'a plain table (not a report; checked against its totals: {sums} relationships)' },
  'report.generic-no-sums': { zh: '普通表格（未识别为年报，表中也没有合计、总计、小计：没有可审核的关系）', en: 'a plain table (not a report, and no total rows or columns: nothing to check)' },
  'severity.error': { zh: '错误', en: 'error' },
  'severity.warning': { zh: '提示', en: 'warning' },
  'severity.info': { zh: '信息', en: 'note' },
  'summary.total': { zh: '共 {count} 个文件：{parts}。', en: '{count} files: {parts}.' },
  'summary.part': { zh: '{verdict} {count} 个', en: '{count} {verdict}' },
  'start.title': { zh: '审核示例报告（酉阳县 2021 年政府信息公开工作年度报告）：', en: 'Auditing the sample report (Youyang county, 2021):' },
  'start.page': { zh: '页面已生成：{path}\n双击该文件，或在浏览器中打开 {url}', en: 'The page is built: {path}\nDouble-click it, or open {url} in a browser' },
  'start.no-page': { zh: '没有找到 {path}：请先运行 npm run build', en: '{path} not found: run npm run build first' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type CliCode = keyof typeof CLI_CATALOGUE;

export function say(code: CliCode, params: Record<string, string | number> = {}, lang: Lang = 'zh'): string {
  return fillTemplate(CLI_CATALOGUE[code][lang], params, lang);
}
