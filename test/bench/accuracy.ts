import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compareWithHand, handValuesFor, readCorpusFile } from '../support/corpus';
import { beyondTheTablesBench } from './beyondTheTablesBench';

/**
 * `npm run bench:accuracy [-- --check]`: reads every report of ../shared/corpus as the CLI does and
 * tells what the engine made of it: the format, cells read of those the format expects, the verdict,
 * the findings, and — where a hand transcription exists (test/fixtures/corpus-expected) — how many
 * cells are right, wrong or not read. With --check, only the files listed as required in
 * corpusExpectations.json are read, and any departure fails the run (exit 1): .ci/run uses this.
 */
interface Required {
  template: string;
  cells: number;
  expected?: number;
  verdict?: string;
  tables: string[];
  errors: number;
  /** every cell read must equal the hand transcription */
  hand?: boolean;
}
const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.GOUJI_CORPUS ?? resolve(ROOT, '../shared/corpus'));
const EXPECTED: { required: Record<string, Required> } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'corpusExpectations.json'), 'utf8'));

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
  let reading;
  try {
    reading = await readCorpusFile(join(CORPUS, file));
  } catch (e) {
    rows.push([file, '—', '', '', '', '', `异常：${(e as Error).message}`]);
    failures += EXPECTED.required[file] ? 1 : 0;
    continue;
  }
  const { result, summary, note } = reading;
  const count = (s: string) => result?.findings.filter((f) => f.severity === s).length ?? 0;
  const hand = handValuesFor(file);
  const cmp = hand && result ? compareWithHand(result, hand) : null;
  const want = EXPECTED.required[file];
  let verdict = '';
  if (want) {
    checked++;
    const problems: string[] = [];
    if (result?.templateId !== want.template) problems.push(`格式 ${result?.templateId ?? '无'} ≠ ${want.template}`);
    if (summary.cells.recognised !== want.cells) problems.push(`单元格 ${summary.cells.recognised} ≠ ${want.cells}`);
    if (want.expected !== undefined && summary.cells.expected !== want.expected) problems.push(`应有 ${summary.cells.expected} ≠ ${want.expected}`);
    if (want.verdict && summary.verdict !== want.verdict) problems.push(`结论 ${summary.verdict} ≠ ${want.verdict}`);
    if (JSON.stringify(result?.tables ?? []) !== JSON.stringify(want.tables)) problems.push(`表 ${result?.tables.join('') ?? ''}`);
    if (count('error') !== want.errors) problems.push(`错误 ${count('error')} ≠ ${want.errors}`);
    if (want.hand && (!cmp || cmp.wrong.length)) problems.push(`与手工录入不符 ${cmp?.wrong.map((w) => `${w.key} ${w.read}≠${w.hand}`).join(' ') ?? '无手工录入'}`);
    verdict = problems.length ? `✗ ${problems.join('；')}` : '✓';
    if (problems.length) failures++;
  }
  rows.push([
    file,
    result?.templateId ?? '—',
    result ? `${summary.cells.recognised}/${summary.cells.expected}` : '',
    summary.verdict,
    `${count('error')}/${count('warning')}/${count('info')}`,
    cmp ? `${cmp.right}✓ ${cmp.wrong.length}✗ ${cmp.notRead}未读` : '',
    verdict || note.slice(0, 40),
  ]);
}

const header = ['文件', '识别格式', '单元格', '结论', '错/提/信', '对照手工录入', '检查'];
const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
const recognised = rows.filter((r) => r[1].startsWith('gov-')).length;
console.log(`\n${files.length} 个文件：${recognised} 个识别为年报格式；必需检查 ${checked - failures}/${checked} 通过。`);
process.exitCode = failures ? 1 : 0;

// Issue 8: slips, two wrong cells, and the warnings beyond the tables (not part of --check).
if (!check) await beyondTheTablesBench(files.map((f) => join(CORPUS, f)));

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
