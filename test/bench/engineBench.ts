import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit as auditReading, recognise } from '../../src/core';
import { auditTables } from '../support/pipeline';
import { importText } from '../../src/io';
import { REPORT_TEMPLATES } from '../../src/templates';
import { fmt, median, timePerCall } from './stats';

/**
 * The engine on the bundled sample, timed in one process with the stages interleaved (each round
 * times every stage once, so drift and warm-up hit them alike). Reported as medians of rounds.
 *   parse     = text → tables (the importer)
 *   recognise = tables → named cells (which format, which key each value is)
 *   check     = named cells → findings (rules, suspects, messages)
 *   audit     = recognise + check (what auditTables does after parsing)
 */
export function engineBench(): string[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../src/samples/youyang-2021.txt'), 'utf8');
  const tables = importText(text).tables;
  const first = auditTables(tables);
  const reading = first.reading;

  // Warm-up: JIT, caches of label lookups and compiled rules.
  for (let i = 0; i < 200; i++) {
    importText(text);
    auditTables(tables);
  }
  const rounds = 25;
  const reps = 40;
  const parse: number[] = [];
  const recog: number[] = [];
  const check: number[] = [];
  const audit: number[] = [];
  for (let r = 0; r < rounds; r++) {
    parse.push(timePerCall(() => importText(text), reps));
    recog.push(timePerCall(() => recognise(tables, REPORT_TEMPLATES), reps));
    check.push(timePerCall(() => auditReading(reading, { templates: REPORT_TEMPLATES }), reps));
    audit.push(timePerCall(() => auditTables(tables), reps));
  }

  // Audits per second over 1,000 copies (each copy a fresh import of the text, as a batch would be).
  const copies = Array.from({ length: 1000 }, (_, i) => importText(text.replace('60', String(60 + (i % 3)))).tables);
  const perSecond: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const c of copies) auditTables(c);
    perSecond.push(1000 / ((performance.now() - t0) / 1000));
  }

  const p = median(parse);
  const a = median(audit);
  const c = median(check);
  const g = median(recog);
  return [
    '== 审核引擎（示例报告 youyang-2021.txt，中位数）',
    `parse（文本→表格）            ${fmt(p)} ms`,
    `recognise（表格→键值）        ${fmt(g)} ms`,
    `check（规则+定位+消息）       ${fmt(c)} ms`,
    `audit = recognise + check     ${fmt(a)} ms`,
    `audit ÷ parse                 ${fmt(a / p, 2)}   （目标 < 1）`,
    `check ÷ (parse + recognise)   ${fmt(c / (p + g), 2)}   （规则审核 ÷ 读入并识别）`,
    `audits per second, 1,000 copies: ${Math.round(median(perSecond))} /s （含识别，不含导入）`,
  ];
}
