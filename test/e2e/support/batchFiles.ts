import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { audit, recognise } from '../../../src/core';
import { importText } from '../../../src/io';
import { exportTables, type ExportTable } from '../../../src/io/export/exportTables';
import { REPORT_TEMPLATES } from '../../../src/templates';
import { docx, para, table, type CellSpec } from '../../io/docx/buildDocx';
import { ROOT } from './browser';

/**
 * Twenty submissions as a city office receives them, built from the repository's real reports:
 * the 酉阳 2021 sample (and its one-error copy, sent first and then corrected: a resubmission), the
 * same report for 2020 (a pair of consecutive years), the 酉阳 tables renamed for other counties in
 * other formats (Word, Excel, a web page, CSV, a .zip with a GBK name), some with a slip typed in,
 * the 淮安 PDF, the blank 2021 template, the 上海 2019 page, tables alone, a budget CSV that is no
 * report, and two files that cannot be read.
 */
export interface BatchFile {
  name: string;
  path: string;
  /** the verdict it must get, known from how it was made */
  verdict: 'pass' | 'fail' | 'incomplete' | 'blank' | 'not-report' | 'unreadable';
  /** replaced in the list by a later file of the same unit and year */
  replacedBy?: string;
}

const SAMPLE = readFileSync(resolve(ROOT, 'src/samples/youyang-2021.txt'), 'utf8');
const YOUYANG = '酉阳土家族苗族自治县';

/** The sample's tables in the official layout, for a county renamed, with cells changed (key → text). */
function tablesOf(edits: Record<string, string> = {}): ExportTable[] {
  const imported = importText(SAMPLE);
  const reading = recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative });
  return exportTables(audit(reading, { templates: REPORT_TEMPLATES, edits }));
}

/** Anchor (rowspan/colspan) or covered, per cell of a laid-out table. */
function spans(t: ExportTable) {
  const anchor = new Map<string, { rowspan: number; colspan: number }>();
  const covered = new Map<string, { row: number; col: number; colspan: number }>();
  for (const m of t.merges) {
    anchor.set(`${m.row},${m.col}`, m);
    for (let r = m.row; r < m.row + m.rowspan; r++)
      for (let c = m.col; c < m.col + m.colspan; c++) if (r !== m.row || c !== m.col) covered.set(`${r},${c}`, { row: m.row, col: m.col, colspan: m.colspan });
  }
  return { anchor, covered };
}

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function html(title: string, tables: ExportTable[]): string {
  const body = tables
    .map((t) => {
      const { anchor, covered } = spans(t);
      const rows = t.rows
        .map((row, r) => `<tr>${row.map((c, col) => {
          if (covered.has(`${r},${col}`)) return '';
          const a = anchor.get(`${r},${col}`);
          return `<td${a && a.rowspan > 1 ? ` rowspan="${a.rowspan}"` : ''}${a && a.colspan > 1 ? ` colspan="${a.colspan}"` : ''}>${escHtml(c.text)}</td>`;
        }).join('')}</tr>`)
        .join('\n');
      return `<p>${escHtml(t.title)}</p><table border="1">${rows}</table>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escHtml(title)}</title></head><body><h1>${escHtml(title)}</h1>${body}</body></html>`;
}

function word(title: string, tables: ExportTable[]): Uint8Array {
  const body = tables.map((t) => {
    const { anchor, covered } = spans(t);
    const rows = t.rows.map((row, r) => {
      const out: CellSpec[] = [];
      row.forEach((c, col) => {
        const cov = covered.get(`${r},${col}`);
        if (cov) {
          if (cov.col === col) out.push({ text: '', span: cov.colspan, vMerge: 'continue' });
          return;
        }
        const a = anchor.get(`${r},${col}`);
        out.push({ text: c.text, span: a?.colspan, vMerge: a && a.rowspan > 1 ? 'restart' : undefined });
      });
      return out;
    });
    return para(t.title) + table(rows, 'word', t.rows[0].length);
  });
  return docx(para(title) + body.join(''));
}

async function workbook(tables: ExportTable[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.short);
    t.rows.forEach((row) => ws.addRow(row.map((c) => (c.kind === 'value' && /^-?\d+(\.\d+)?$/.test(c.text) ? Number(c.text) : c.text))));
    for (const m of t.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowspan, m.col + m.colspan);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function buildBatchFiles(dir: string): Promise<BatchFile[]> {
  mkdirSync(dir, { recursive: true });
  const files: BatchFile[] = [];
  const put = (name: string, data: string | Uint8Array, verdict: BatchFile['verdict'], replacedBy?: string) => {
    writeFileSync(resolve(dir, name), data);
    files.push({ name, path: resolve(dir, name), verdict, replacedBy });
  };
  const copy = (from: string, name: string, verdict: BatchFile['verdict']) => {
    copyFileSync(resolve(ROOT, from), resolve(dir, name));
    files.push({ name, path: resolve(dir, name), verdict });
  };
  const county = (unit: string) => SAMPLE.replaceAll(YOUYANG, unit);
  const title = (unit: string) => `${unit}2021年政府信息公开工作年度报告`;

  // 酉阳: the first submission with a wrong cell, then the corrected one (a resubmission), and 2020.
  put('01-酉阳县-2021-初次报送.txt', readFileSync(resolve(ROOT, 'src/samples/youyang-2021-one-error.txt')), 'fail', '02-酉阳县-2021.txt');
  put('02-酉阳县-2021.txt', SAMPLE, 'pass');
  put('03-酉阳县-2020.txt', SAMPLE.replaceAll('2021', '2020'), 'pass');
  copy('test/fixtures/pdf/huaian-2024.pdf', '04-淮安市-2024.pdf', 'pass');
  copy('test/fixtures/docx/template-2021-blank.docx', '05-空白模板.docx', 'blank');
  copy('test/fixtures/pdf/broken.pdf', '06-下载中断.pdf', 'unreadable');
  copy('test/fixtures/pdf/image-only.pdf', '07-扫描件.pdf', 'unreadable');
  copy('test/samples/generic-budget-csv/input.csv', '08-部门预算.csv', 'not-report');
  copy('test/fixtures/shanghai-govoffice-2019.html', '09-上海市政府办公厅-2019.html', 'pass');
  copy('test/samples/table3-alone-tsv/input.tsv', '10-表三.tsv', 'fail');
  copy('test/samples/table4-alone/input.txt', '11-表四.txt', 'fail');
  copy('test/fixtures/word-clipboard-table3.html', '12-表三-Word复制.html', 'incomplete');
  copy('test/fixtures/e2e/huaian-2024-table3.pdftotext-layout.txt', '13-表三-PDF复制.txt', 'incomplete');
  // other counties: the same figures, renamed; a slip typed into some
  put('14-秀山县-2021.txt', county('秀山土家族苗族自治县').replace('\t60\n', '\t600\n'), 'fail');
  put('15-彭水县-2021.docx', word(title('彭水苗族土家族自治县'), tablesOf()), 'pass');
  put('16-黔江区-2021.html', html(title('黔江区'), tablesOf({ 't3.granted.natural': '42' })), 'fail');
  put('17-石柱县-2021.xlsx', await workbook(tablesOf()), 'pass');
  put('18-武隆区-2021.html', html(title('武隆区'), tablesOf({ 't4.review.upheld': '' })), 'pass');
  put('19-宿迁市-2024.md', readFileSync(resolve(ROOT, 'test/fixtures/text/huaian-pdf-markdown.md'), 'utf8').replaceAll('淮安市', '宿迁市'), 'pass');
  // a .zip as Windows writes it: the name inside in GBK, no UTF-8 flag
  const inner = county('城口县');
  put('20-城口县.zip', windowsZip('城口县-2021.txt', strToU8(inner)), 'pass');
  return files;
}

/** GBK bytes of a string, from the reverse of the platform's GBK decoder (TextEncoder writes only UTF-8). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let a = 0x81; a <= 0xfe && !found; a++)
      for (let b = 0x40; b <= 0xfe && !found; b++)
        if (decoder.decode(Uint8Array.of(a, b)) === ch) {
          out.push(a, b);
          found = true;
        }
  }
  return Uint8Array.from(out);
}

/** A zip of one file as Windows' own zip writes it: the name in GBK, the UTF-8 flag off. */
function windowsZip(name: string, data: Uint8Array): Uint8Array {
  const gbk = encodeGbk(name);
  const standIn = 'x'.repeat(gbk.length);
  const zip = zipSync({ [standIn]: data });
  const from = strToU8(standIn);
  for (let p = 0; p + from.length <= zip.length; p++) if (from.every((b, k) => zip[p + k] === b)) zip.set(gbk, p);
  return zip;
}
