import { audit, recognise, type RawTable, type Reading } from '../../core';
import { formatIssue, importFile, type ImportIssue, type InputFormat } from '../../io';
import { filesInZip } from '../../io/zipArchive';
import { REPORT_TEMPLATES } from '../../templates';
import { RULEMAKERS } from '../../templates/rulemakers';
import { factsOf, type BatchFacts } from './batchFacts';

/** One report of a batch as the worker read, recognised and audited it (plain data, structured clone). */
export interface BatchEntry {
  /** the file's name; a file from a .zip: `archive.zip/folder/file.pdf` */
  name: string;
  format: InputFormat;
  tables: RawTable[];
  narrative: string[];
  issues: ImportIssue[];
  /** null: no table could be read (`errors` says why) */
  reading: Reading | null;
  errors: string[];
  facts: BatchFacts;
}

/**
 * Reads one file of a batch (a .zip: every report in it) and audits each on its own (last year's
 * report is paired later, by the page, once the whole batch is known). Never throws.
 */
export async function readBatchFile(name: string, bytes: Uint8Array): Promise<BatchEntry[]> {
  if (/\.zip$/i.test(name)) {
    const { files, issues } = filesInZip(name, bytes);
    const out: BatchEntry[] = [];
    for (const f of files) out.push(await readOne(`${name}/${f.name}`, f.bytes));
    if (!out.length) out.push(unreadable(name, 'unknown', issues));
    return out;
  }
  return [await readOne(name, bytes)];
}

async function readOne(name: string, bytes: Uint8Array): Promise<BatchEntry> {
  const imported = await importFile(name, bytes);
  if (!imported.tables.length) return unreadable(name, imported.format, imported.issues);
  try {
    const reading = recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative });
    const result = audit(reading, { templates: REPORT_TEMPLATES, rulemakers: RULEMAKERS });
    return { name, format: imported.format, tables: imported.tables, narrative: imported.narrative, issues: imported.issues, reading, errors: [], facts: factsOf(result) };
  } catch (e) {
    return unreadable(name, imported.format, imported.issues, { zh: `审核时出错：${(e as Error).message}`, en: `The audit failed: ${(e as Error).message}` });
  }
}

/** A file with no report in it: why, from its reader's issues (or `why`), in Chinese and English. */
function unreadable(name: string, format: InputFormat, issues: ImportIssue[], why?: { zh: string; en: string }): BatchEntry {
  const say = (lang: 'zh' | 'en') =>
    why ? [why[lang]] : issues.length ? issues.map((i) => formatIssue(i, lang)) : [lang === 'zh' ? '未找到可读取的表格' : 'No table could be read'];
  const errors = say('zh');
  return { name, format, tables: [], narrative: [], issues, reading: null, errors, facts: factsOf(null, errors, say('en')) };
}
