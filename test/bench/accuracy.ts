import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type AuditResult } from '../../src/core';
import { auditTables } from '../support/pipeline';
import { importFile } from '../../src/io';

/**
 * `npm run bench:accuracy [-- --check]`: reads every report of ../shared/corpus and tells what the
 * engine made of it: the format, how many of the format's cells it recognised, what it found.
 * With --check, only the files listed as required in corpusExpectations.json are read, and any
 * departure from what they require fails the run (exit 1): .ci/run uses this.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.GOUJI_CORPUS ?? resolve(ROOT, '../shared/corpus'));
const EXPECTED: { required: Record<string, { template: string; cells: number; tables: string[]; errors: number }> } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, 'corpusExpectations.json'), 'utf8'),
);
const FULL: Record<string, number> = { 'gov-disclosure-2021': 200, 'gov-disclosure-2019': 198 };

const check = process.argv.includes('--check');
if (!existsSync(CORPUS)) {
  console.error(`没有找到语料库 ${CORPUS}（设置 GOUJI_CORPUS 指定位置）。`);
  process.exit(check ? 1 : 0);
}

const files = check ? Object.keys(EXPECTED.required) : walk(CORPUS).map((f) => relative(CORPUS, f)).sort();
const rows: string[][] = [];
let failures = 0;
let checked = 0;
for (const file of files) {
  const path = join(CORPUS, file);
  let result: AuditResult | null = null;
  let note = '';
  try {
    const imported = await importFile(file, new Uint8Array(readFileSync(path)));
    if (imported.tables.length) result = auditTables(imported.tables);
    else note = imported.issues[0]?.message.slice(0, 40) ?? '无表格';
  } catch (e) {
    note = `异常：${(e as Error).message}`;
  }
  const count = (s: string) => result?.findings.filter((f) => f.severity === s).length ?? 0;
  const cells = result?.values.size ?? 0;
  const full = result?.templateId ? FULL[result.templateId] : undefined;
  const want = EXPECTED.required[file];
  let verdict = '';
  if (want) {
    checked++;
    const problems: string[] = [];
    if (result?.templateId !== want.template) problems.push(`格式 ${result?.templateId ?? '无'} ≠ ${want.template}`);
    if (cells !== want.cells) problems.push(`单元格 ${cells} ≠ ${want.cells}`);
    if (JSON.stringify(result?.tables ?? []) !== JSON.stringify(want.tables)) problems.push(`表 ${result?.tables.join('') ?? ''}`);
    if (count('error') !== want.errors) problems.push(`错误 ${count('error')} ≠ ${want.errors}`);
    verdict = problems.length ? `✗ ${problems.join('；')}` : '✓';
    if (problems.length) failures++;
  }
  rows.push([
    file,
    result?.templateId ?? '—',
    full ? `${cells}/${full} (${Math.round((100 * cells) / full)}%)` : String(cells),
    result?.tables.join(' ') ?? '',
    `${count('error')}/${count('warning')}/${count('info')}`,
    verdict || note,
  ]);
}

const header = ['文件', '识别格式', '单元格', '表', '错/提/信', '检查'];
const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
const recognised = rows.filter((r) => r[1].startsWith('gov-')).length;
console.log(`\n${files.length} 个文件：${recognised} 个识别为年报格式；必需检查 ${checked - failures}/${checked} 通过。`);
process.exitCode = failures ? 1 : 0;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name.startsWith('.') || name === 'README.md') return [];
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}
