import type { Finding, Lang, Reading } from '../../core';
import { pw } from './previousWords';

/** Which report is last year's, as the status line says it: `酉阳土家族苗族自治县人民政府 2020 年度`. */
export function describeReport(reading: Reading, lang: Lang): string {
  const { unit, year } = reading.report;
  return `${unit ?? pw('unknownUnit', lang)} ${year !== null ? pw('yearOf', lang, { year }) : pw('unknownYear', lang)}`;
}

/** The same, year first (the status line may cut its end): `2020 年度 · 酉阳土家族苗族自治县人民政府`. */
export function describeYearFirst(reading: Reading, lang: Lang): string {
  const { unit, year } = reading.report;
  return `${year !== null ? pw('yearOf', lang, { year }) : pw('unknownYear', lang)} · ${unit ?? pw('unknownUnit', lang)}`;
}

/** Whether a reading holds a report's tables (a plain table cannot be last year's report). */
export function isReportReading(reading: Reading | null | undefined): reading is Reading {
  return !!reading && reading.templateId !== null && reading.templateId !== 'generic' && reading.tables.found.length > 0;
}

export interface LastAndThis {
  last: number;
  value: number;
  /** what this year's value should be, where it is not last year's value itself (现行有效) */
  expected?: number;
}

/**
 * Last year's value and this year's, from a `previous.*` finding's parameters (keys.md): the card
 * shows both as numbers. Null for a finding that compares no single value (copied, not consecutive).
 */
export function lastAndThis(f: Finding): LastAndThis | null {
  if (!f.rule.startsWith('previous.')) return null;
  const { last, value, expected } = f.params as Record<string, unknown>;
  if (typeof last !== 'number' || typeof value !== 'number') return null;
  return typeof expected === 'number' ? { last, value, expected } : { last, value };
}
