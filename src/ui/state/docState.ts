import type { RawTable, Reading } from '../../core';
import type { ImportIssue } from '../../io';

/**
 * What the page keeps of the user's work, saved in IndexedDB as it changes: the input as imported,
 * the chosen format, every edit, and the reading made of it (so reopening needs no second
 * recognition). The audit is recomputed from these.
 */
export interface DocState {
  version: 2;
  source: { kind: 'sample' | 'paste' | 'file'; name: string; at: string };
  tables: RawTable[];
  narrative: string[];
  issues: ImportIssue[];
  /** null: recognise automatically; a template id; or 'generic' */
  templateOverride: string | null;
  /** edited cells: report keys (`t3.new.natural`) or generic cell names (`T1!B7`) → text */
  edits: Record<string, string>;
  /** the reading of the tables, with the build and format choice it was made under */
  reading?: Reading;
  readingBuild?: string;
  readingOverride?: string | null;
}

export interface SavedWorkspace {
  doc: unknown;
  lang: 'zh' | 'en';
  activeTab: string;
  /** the findings panel's width in CSS pixels, when the reviewer dragged it (else the layout's own) */
  panelWidth?: number | null;
  /** when it was saved (ms, increasing within a session): tells a stale opening copy (openingCopy.ts) from the record */
  savedAt?: number;
}

/**
 * A saved document in this page's shape, or null when it cannot be used. Version 1 (before the
 * reading was a value) kept the same input and edits: it is read again.
 */
export function migrateDoc(x: unknown): DocState | null {
  const d = x as Partial<DocState> & { version?: number };
  if (!d || typeof d !== 'object') return null;
  const tablesOk = Array.isArray(d.tables) && d.tables.every((t) => Array.isArray(t?.rows) && Array.isArray(t?.merges));
  if (!tablesOk || typeof d.edits !== 'object' || d.edits === null || !d.source) return null;
  if (d.version === 2) return d as DocState;
  if (d.version === 1) {
    return {
      version: 2,
      source: d.source,
      tables: d.tables!,
      narrative: Array.isArray(d.narrative) ? d.narrative : [],
      issues: Array.isArray(d.issues) ? d.issues : [],
      templateOverride: d.templateOverride ?? null,
      edits: d.edits,
    };
  }
  return null;
}

/**
 * What is saved of the workspace. The document is raw state (no proxy): saved as it is, without a
 * deep copy on the page's thread (IndexedDB makes its own). A plain table's reading is left out:
 * reading it again on reopening costs less than copying it at every save.
 */
export function savedWorkspace(doc: DocState | null, lang: SavedWorkspace['lang'], activeTab: string, panelWidth: number | null): SavedWorkspace {
  const plain = !!doc?.reading && (doc.reading.templateId === null || doc.reading.templateId === 'generic');
  return { doc: plain ? { ...doc, reading: undefined } : doc, lang, activeTab, panelWidth };
}
