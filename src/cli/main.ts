#!/usr/bin/env node
/**
 * gouji's command line: `npm run --silent audit -- [--json] PATH...`
 * Standard output carries the report (or exactly one JSON document); messages go to standard error.
 * Exit status (keys.md): 2 bad usage, 1 an error finding or an unreadable file, otherwise 0.
 */
import { readFileSync } from 'node:fs';
import { auditTables } from '../core';
import { importFile } from '../io';
import { exitStatus, fileReport, type FileReport } from '../io/export/auditJson';
import { collectPaths } from './collectPaths';
import { textReport } from './textReport';

const USAGE = `用法：npm run --silent audit -- [--json] 路径...
  路径可以是文件或文件夹（递归读取 .txt .html .htm .csv .xlsx .xls .ods），“-” 表示标准输入。
  --json   输出 JSON（格式见 keys.md）
  --help   显示本说明
退出码：0 无错误；1 有“错误”级问题或文件无法读取；2 用法错误。`;

export function run(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr }): number {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stderr.write(USAGE + '\n');
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '-' && a !== '--json');
  if (unknown.length) {
    io.stderr.write(`未知选项：${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const args = argv.filter((a) => a === '-' || !a.startsWith('-'));
  if (!args.length) {
    io.stderr.write(`没有给出要审核的文件。\n${USAGE}\n`);
    return 2;
  }
  const paths = collectPaths(args);
  if (!paths.length) {
    io.stderr.write(`在 ${args.join('、')} 中没有找到可审核的文件。\n`);
    return 2;
  }
  const reports: FileReport[] = paths.map((p) => {
    try {
      return auditPath(p, io.stderr);
    } catch (e) {
      // One file's failure is that file's entry; the others are still audited and reported.
      return fileReport(p, null, [`审核 ${p} 时出错：${(e as Error).message}`]);
    }
  });
  if (json) io.stdout.write(JSON.stringify({ files: reports }, null, 2) + '\n');
  else io.stdout.write(textReport(reports) + '\n');
  return exitStatus(reports);
}

function auditPath(path: string, stderr: NodeJS.WritableStream): FileReport {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path === '-' ? 0 : path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : code === 'EISDIR' ? '这是文件夹' : `读取失败（${code ?? (e as Error).message}）`;
    return fileReport(path, null, [`${why}：${path}`]);
  }
  // Standard input has no name: let the content say what it is.
  const imported = importFile(path === '-' ? 'stdin' : path, bytes);
  const issues = imported.issues.map((i) => i.message);
  if (!imported.tables.length) {
    return fileReport(path, null, issues.length ? issues : [`未在 ${path} 中找到表格`]);
  }
  // keys.md: `errors` says why a file could not be read. This one was read: its notes go to stderr.
  for (const issue of issues) stderr.write(`${path}：${issue}\n`);
  return fileReport(path, auditTables(imported.tables), []);
}

// Run when executed directly (tsx src/cli/main.ts or node dist/cli.js), not when imported by a test.
const invoked = process.argv[1] ?? '';
if (/(^|[\\/])(main\.ts|cli\.js)$/.test(invoked)) {
  // Output piped into `head` that stops reading is no error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = run(process.argv.slice(2));
}
