import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { audit, recognise, summarise, type AuditResult, type Summary } from '../../src/core';
import { formatIssue, importFile } from '../../src/io';
import { REPORT_TEMPLATES } from '../../src/templates';

/** A corpus report read as the CLI reads it, and compared with the values transcribed by hand. */
export interface CorpusReading {
  result: AuditResult | null;
  summary: Summary;
  /** why nothing could be read */
  note: string;
}

export async function readCorpusFile(path: string): Promise<CorpusReading> {
  const imported = await importFile(path, new Uint8Array(readFileSync(path)));
  if (!imported.tables.length) {
    return { result: null, summary: summarise(null), note: imported.issues.map((i) => formatIssue(i)).join('；') || '无表格' };
  }
  const result = audit(recognise(imported.tables, REPORT_TEMPLATES, { text: imported.narrative }), { templates: REPORT_TEMPLATES });
  return { result, summary: summarise(result), note: '' };
}

export interface HandValues {
  source: string;
  template: string;
  values: Record<string, number | null>;
  unreadable?: string[];
  /** cells where the source itself allows two readings (`accept`: the other value, or null for blank) */
  accept?: Record<string, number | null>;
}

const HAND = resolve(import.meta.dirname, '../fixtures/corpus-expected');

/** The hand transcription of a corpus file: `huaian-2024.pdftotext.txt` shares `huaian-2024.json`. */
export function handValuesFor(file: string): HandValues | null {
  const stem = basename(file).replace(/\.(pdftotext(-layout)?\.txt|txt|md|pdf|html)$/, '');
  const path = resolve(HAND, `${stem}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as HandValues) : null;
}

/** Every cell read against the hand values: right, wrong (read, but another value), not read. */
export function compareWithHand(result: AuditResult | null, hand: HandValues) {
  const wrong: Array<{ key: string; read: number | null; hand: number | null }> = [];
  let right = 0;
  let notRead = 0;
  for (const [key, want] of Object.entries(hand.values)) {
    if (!result?.values.has(key)) {
      notRead++;
      continue;
    }
    const got = result.values.get(key)!;
    if (got === want || (hand.accept && key in hand.accept && hand.accept[key] === got)) right++;
    else wrong.push({ key, read: got, hand: want });
  }
  // a cell read that the hand transcription does not have at all (read where nothing is) is wrong too
  for (const key of result?.values.keys() ?? []) {
    if (!(key in hand.values) && !(hand.unreadable ?? []).includes(key)) wrong.push({ key, read: result!.values.get(key)!, hand: null });
  }
  return { right, wrong, notRead };
}
