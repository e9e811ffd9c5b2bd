import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { auditTables, type AuditResult, type Finding } from '../../src/core';
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

export function auditFile(path: string | URL): AuditResult {
  const name = typeof path === 'string' ? path : path.pathname;
  const imported = importFile(name, new Uint8Array(readFileSync(path)));
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
