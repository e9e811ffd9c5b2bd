import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { formatFinding, type AuditResult, type Finding, type Lang } from '../../src/core';
import { auditTables } from './pipeline';
import { REPORT_TEMPLATES } from '../../src/templates';
import { importFile, importHtml, importText } from '../../src/io';

/** Helpers that run the whole pipeline (import → recognise → audit) on a text or a file. */

export function auditText(text: string): AuditResult {
  const imported = importText(text);
  expect(imported.issues).toEqual([]);
  return auditTables(imported.tables);
}

export function auditHtml(html: string): AuditResult {
  const imported = importHtml(html);
  expect(imported.issues).toEqual([]);
  return auditTables(imported.tables);
}

export async function auditFile(path: string | URL): Promise<AuditResult> {
  const name = typeof path === 'string' ? path : path.pathname;
  const imported = await importFile(name, new Uint8Array(readFileSync(path)));
  expect(imported.issues).toEqual([]);
  return auditTables(imported.tables);
}

export const fixtureUrl = (name: string): URL => new URL(`../fixtures/${name}`, import.meta.url);

/** What must not change between two forms of one report: rule, cells and suspects of each error. */
export function errorSignature(findings: readonly Finding[]) {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => ({ rule: f.rule, status: f.status, cells: f.cells, suspects: f.suspects.map((s) => ({ cell: s.cell, suggested: s.suggested })) }));
}

export function valuesOf(result: AuditResult): Record<string, number | null> {
  return Object.fromEntries(result.values);
}

export function only(result: AuditResult, prefix: string): Record<string, number | null> {
  return Object.fromEntries([...result.values].filter(([k]) => k.startsWith(prefix)));
}

/**
 * A finding's sentence as the reader sees it (rendered at the edge from the catalogue), with the
 * labels of the format whose keys it names (2021 first; tables 3 and 4 are labelled alike in both).
 */
export function messageOf(f: Finding, lang: Lang = 'zh'): string {
  const template = REPORT_TEMPLATES.find((t) => f.cells.every((k) => t.tables.some((x) => x.cells.some((c) => c.key === k)))) ?? REPORT_TEMPLATES[0];
  return formatFinding(f, lang, template);
}
