import { recognise, type Lang, type Reading } from '../../core';
import { MAX_FILE_BYTES } from '../../io';
import { REPORT_TEMPLATES } from '../../templates';
import { decidePaste } from '../input/pasteDecision';
import type { DocState } from '../state/docState';
import type { Workspace } from '../state/workspace.svelte';
import type { ReadClient } from '../worker/readClient';
import { readFailureText } from '../worker/readMessages';
import { describeReport, isReportReading } from './previousFacts';
import { deletePrevious, loadPrevious, previousKey, savePrevious, type SavedPrevious } from './previousStore';
import { pw } from './previousWords';

/** The id of last year's read-only tab (beside the tables' tabs). */
export const PREVIOUS_TAB = 'previous';

/**
 * Last year's report of the document on screen (issue 8): read from a file (in the reading worker,
 * as a batch request, so it supersedes nothing) or a paste, kept with the document in IndexedDB,
 * and handed to the workspace, which audits this year's report with it (`previous`).
 */
export class PreviousYear {
  /** the document it belongs to (previousKey), and what was loaded for it */
  owner = $state<string | null>(null);
  saved = $state.raw<SavedPrevious | null>(null);
  busy = $state(false);
  /** the toolbar's menu, opened by the button or by its shortcut */
  menuOpen = $state(false);
  pasteOpen = $state(false);

  get reading(): Reading | null {
    return this.saved?.reading ?? null;
  }

  /** Who last year's report is: `酉阳土家族苗族自治县人民政府 2020 年度` (empty when none). */
  describe(lang: Lang): string {
    return this.saved ? describeReport(this.saved.reading, lang) : '';
  }

  /** The document on screen changed: bring back what was kept with it (an older answer is dropped). */
  async sync(ws: Workspace, doc: DocState | null): Promise<void> {
    const key = doc ? previousKey(doc) : null;
    if (key === this.owner) return;
    this.owner = key;
    this.saved = null;
    if (!doc || !key) return;
    const saved = await loadPrevious(key);
    if (this.owner !== key || !saved) return;
    this.saved = saved;
    ws.setPrevious(doc.source.at, saved.reading);
  }

  async loadFile(ws: Workspace, reader: ReadClient, file: File): Promise<void> {
    const doc = ws.doc;
    if (!doc) return this.tell(ws, 'error', pw('noDoc', ws.lang));
    if (file.size > MAX_FILE_BYTES) return this.tell(ws, 'error', pw('readFailed', ws.lang, { name: file.name, why: `> ${MAX_FILE_BYTES / 1048576} MB` }));
    this.busy = true;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.tell(ws, 'info', pw('reading', ws.lang, { name: file.name }));
      const outcome = await reader.readBatchFile(file.name, bytes);
      if (outcome.kind === 'stale') return;
      if (outcome.kind === 'failed') return this.tell(ws, 'error', pw('readFailed', ws.lang, { name: file.name, why: readFailureText(outcome.why, ws.lang) }));
      if (outcome.kind !== 'batch') return;
      // A .zip gives several reports: the first that is one.
      const entry = outcome.entries.find((e) => isReportReading(e.reading));
      if (!entry?.reading) {
        const why = outcome.entries.flatMap((e) => e.errors).join('；');
        return this.tell(ws, 'error', why ? pw('readFailed', ws.lang, { name: file.name, why }) : pw('notReport', ws.lang, { name: file.name }));
      }
      await this.accept(ws, doc, file.name, entry.reading);
    } catch (e) {
      this.tell(ws, 'error', pw('readFailed', ws.lang, { name: file.name, why: (e as Error).message }));
    } finally {
      this.busy = false;
    }
  }

  /** A paste of last year's report (its text and tables), read in the worker where it can run. */
  async loadPaste(ws: Workspace, reader: ReadClient, html: string, text: string): Promise<void> {
    const doc = ws.doc;
    if (!doc) return this.tell(ws, 'error', pw('noDoc', ws.lang));
    const name = pw('pastedName', ws.lang);
    this.busy = true;
    try {
      const outcome = await reader.readPaste(html, text, false);
      const decision = outcome.kind === 'paste' ? outcome.decision : outcome.kind === 'failed' ? decidePaste(html, text, false) : null;
      if (!decision) return;
      const reading = decision.kind === 'table' ? recognise(decision.imported.tables, REPORT_TEMPLATES, { text: decision.imported.narrative }) : null;
      if (!isReportReading(reading)) return this.tell(ws, 'error', pw('notReport', ws.lang, { name }));
      await this.accept(ws, doc, name, reading);
    } finally {
      this.busy = false;
    }
  }

  /** Keeps last year's report with the document and audits this year's with it. */
  private async accept(ws: Workspace, doc: DocState, name: string, reading: Reading): Promise<void> {
    const key = previousKey(doc);
    const saved: SavedPrevious = { name, reading, at: new Date().toISOString() };
    await savePrevious(key, saved);
    ws.setPrevious(doc.source.at, reading);
    if (this.owner === key) this.saved = saved;
    this.tell(ws, 'info', pw('loaded', ws.lang, { who: describeReport(reading, ws.lang) }));
  }

  async remove(ws: Workspace): Promise<void> {
    const doc = ws.doc;
    if (!doc || !this.saved) return;
    const key = previousKey(doc);
    this.saved = null;
    ws.setPrevious(doc.source.at, null);
    await deletePrevious(key);
    if (ws.activeTab === PREVIOUS_TAB) ws.setTab(ws.tabs[0]?.id ?? 't3');
    this.tell(ws, 'info', pw('removed', ws.lang));
  }

  private tell(ws: Workspace, kind: 'info' | 'error', text: string): void {
    ws.toast = { kind, text };
  }
}

/** The page has one. */
export const previousYear = new PreviousYear();
