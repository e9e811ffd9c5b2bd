import type { CellLocation, RawTable, StructureNote, TableId, Unplaced } from '../../core';
import type { ImportIssue } from '../../io';

/**
 * What the page keeps of the user's work, saved in IndexedDB as it changes: the input as imported,
 * the chosen format and every edit. Recognition and the audit are recomputed from it.
 */
export interface DocState {
  version: 1;
  source: { kind: 'sample' | 'paste' | 'file'; name: string; at: string };
  tables: RawTable[];
  narrative: string[];
  issues: ImportIssue[];
  /** null: recognise automatically; a template id; or 'generic' */
  templateOverride: string | null;
  /** edited cells: report keys (`t3.new.natural`) or generic cell names (`T1!B7`) → text */
  edits: Record<string, string>;
  /** what recognition found, kept so that reopening the page needs no second recognition */
  recognition?: CachedRecognition;
}

export interface CachedRecognition {
  /** the build that made it (a rebuilt page recognises again) and the format override it was made under */
  build: string;
  override: string | null;
  templateId: string;
  raw: Record<string, string>;
  locations: Record<string, CellLocation>;
  notes: StructureNote[];
  unplaced: Unplaced[];
  tables: TableId[];
}

export interface SavedWorkspace {
  doc: DocState | null;
  lang: 'zh' | 'en';
  activeTab: string;
}
