import {
  audit,
  reauditPlain,
  cellMarks,
  summarise,
  type AuditResult,
  type Problem,
  type CellMark,
  type Finding,
  type Lang,
  type Summary,
  type Reading,
} from '../../core';
import { untrack } from 'svelte';
import { formatIssue, type ImportResult } from '../../io';
import { REPORT_TEMPLATES } from '../../templates';
import { RULEMAKERS } from '../../templates/rulemakers';
import type { GridModel } from '../grid/gridModel';
import { tr } from '../i18n';
import type { GridFocus } from '../keyboard/panes';
import { modelOf, orderProblems, readingOf, tabOfKey, tabsOf, type Tab } from './documentViews';
import { LoadHistory } from './loadHistory';
import { migrateDoc, savedWorkspace, type DocState, type SavedWorkspace } from './docState';
import { save } from './persistence';
import { BIG_INPUT_CELLS, cellCount, pendingPlainResult, type BigInputAuditor } from './bigInput';
import { BigInputAudits, type BigInputHost } from './bigInputAudits';

/** A plain table with more numbers than this is not read again on an edit (see editCells). */
const BIG_PLAIN_TABLE = 5000;

export interface Toast {
  kind: 'info' | 'error';
  text: string;
  /** the same words in another language, when the language changes while the notice shows */
  say?: (lang: Lang) => string;
  undo?: () => void;
}


/**
 * The page's state: the document (input + edits + chosen format), its audit, and what the user is
 * looking at. Components render it and call its methods; the core does the work.
 */
export class Workspace {
  lang = $state<Lang>('zh');
  doc = $state.raw<DocState | null>(null);
  result = $state.raw<AuditResult | null>(null);
  /** current text of every recognised cell (report keys) */
  raw = $state.raw<Map<string, string>>(new Map());
  activeTab = $state('t3');
  selectedKey = $state<string | null>(null);
  hoverKey = $state<string | null>(null);
  hoverFinding = $state.raw<Finding | null>(null);
  /** a request for the grid to select and scroll to a key; the nonce makes repeats count */
  focusRequest = $state.raw<{ key: string; nonce: number } | null>(null);
  /** a request for the grid to put a suggested value into a cell (an undoable edit) */
  applyRequest = $state.raw<{ key: string; text: string } | null>(null);
  /** a request for the grid to paste values into its selected cells (a paste read in the worker as values) */
  pasteRequest = $state.raw<{ html: string; text: string } | null>(null);
  toast = $state.raw<Toast | null>(null);
  restored = $state(false);
  /** a big input is being read and audited in the worker: the status line says so, no verdict yet */
  auditPending = $state(false);
  /** whether the findings panel is shown (it can be folded away on a small screen) */
  panelOpen = $state(true);
  /** the findings panel's width as the reviewer dragged it (CSS px); null: the layout's own */
  panelWidth = $state<number | null>(null);
  /** index in `problems` of the problem last gone to (F8, a click on its card); -1: none */
  currentProblem = $state(-1);
  /** whether the grid has an edit to undo (set by the grid view): Ctrl+Z goes to it first */
  gridCanUndo: () => boolean = () => false;
  gridCanRedo: () => boolean = () => false;
  /** the grid's keyboard, for F6 (set by the grid view) */
  gridFocus: GridFocus | null = null;
  /** documents replaced by a load: Ctrl+Z brings them back, Ctrl+Y loads the other again */
  private history = new LoadHistory<DocState>();
  /** big inputs are read and audited in the page's worker (none: on this thread) */
  private readonly big: BigInputAudits | null;

  marks = $derived<Map<string, CellMark>>(cellMarks(this.result?.findings ?? []));

  /** the verdict, cells read of expected, and the problems: what the status line and badges show */
  summary = $derived<Summary | null>(this.result ? summarise(this.result) : null);

  /** the problems in the order of the findings panel (by table, as the format lists them): what F8 walks */
  problems = $derived<Problem[]>(orderProblems(this.summary?.problems ?? [], this.result));

  tabs = $derived<Tab[]>(this.result && this.doc ? tabsOf(this.result, this.doc.tables, this.lang) : []);

  /** bumped when a new document or format is set: the only document change that rebuilds the grid */
  private epoch = $state(0);

  /**
   * The grid's model for the active tab. Rebuilt when the document, format, tab or language change,
   * never on an edit: the grid keeps its own data (and its undo history) between those.
   */
  model = $derived.by<GridModel | null>(() => {
    const epoch = this.epoch;
    const tab = this.activeTab;
    const lang = this.lang;
    const model = untrack(() => (this.doc && this.result ? modelOf(this.result, this.doc.tables, this.doc.edits, this.raw, tab, lang) : null));
    return model && { ...model, origin: `${epoch}:${tab}` };
  });

  /**
   * Starts from what IndexedDB held (read before the page mounts, so the grid is built with it).
   * A record this page cannot use (an older shape, damage) is set aside, never a reason not to start.
   */
  constructor(
    saved?: SavedWorkspace,
    /** where big inputs are recognised and audited (the page's worker); without one, on this thread */
    bigAuditor: BigInputAuditor | null = null,
  ) {
    this.big = bigAuditor && new BigInputAudits(bigAuditor, this.bigInputHost());
    if (saved) {
      this.lang = saved.lang === 'en' ? 'en' : 'zh';
      if (typeof saved.panelWidth === 'number' && Number.isFinite(saved.panelWidth)) this.panelWidth = saved.panelWidth;
      if (saved.doc) {
        try {
          const doc = migrateDoc(saved.doc);
          if (!doc) throw new Error(tr('savedShape', this.lang));
          this.setDoc(doc, false);
          this.activeTab = this.tabs.some((t) => t.id === saved.activeTab) ? saved.activeTab : this.defaultTab();
        } catch (e) {
          this.doc = null;
          this.result = null;
          this.toast = { kind: 'error', text: tr('savedUnusable', this.lang).replace('{why}', (e as Error).message) };
        }
      }
    }
    applyLang(this.lang);
    this.restored = true;
  }

  /** Loads an import (paste, file, sample) as the new document; the old one can be brought back. */
  loadImport(imported: ImportResult, source: DocState['source']): boolean {
    if (!imported.tables.length) {
      const why = imported.issues.map((i) => formatIssue(i, this.lang)).join(this.lang === 'en' ? '; ' : '；') || tr('noTable', this.lang);
      this.toast = { kind: 'error', text: why };
      return false;
    }
    const previous = this.doc;
    // Loading over a document is one undoable step: Ctrl+Z (or the notice's 撤销) brings it back.
    this.history.replace(previous);
    this.setDoc({
      version: 2,
      source,
      tables: imported.tables,
      narrative: imported.narrative,
      issues: imported.issues,
      templateOverride: null,
      edits: {},
    });
    this.activeTab = this.defaultTab();
    const say = (lang: Lang) => imported.issues.map((i) => formatIssue(i, lang)).join(lang === 'en' ? '; ' : '；') || this.loadedText(source.kind, lang);
    this.offerUndo(previous, say, imported.issues.length ? 'error' : 'info');
    return true;
  }

  /** The tab to show for a new document: the first with errors, else table 3, else the first. */
  private defaultTab(): string {
    return this.tabs.find((t) => t.errors)?.id ?? (this.tabs.some((t) => t.id === 't3') ? 't3' : (this.tabs[0]?.id ?? 't3'));
  }

  private loadedText(kind: DocState['source']['kind'], lang: Lang): string {
    return tr(kind === 'paste' ? 'loadedPaste' : kind === 'file' ? 'loadedFile' : 'loadedSample', lang);
  }

  private offerUndo(previous: DocState | null, say: (lang: Lang) => string, kind: Toast['kind'] = 'info'): void {
    this.toast = {
      kind,
      text: say(this.lang),
      say,
      undo: previous
        ? () => {
            if (this.history.isLast(previous)) this.revertLoad();
            else {
              this.setDoc(previous);
              this.activeTab = this.defaultTab();
              this.toast = null;
            }
          }
        : undefined,
    };
  }

  /**
   * Whether Ctrl+Z should bring back the document a load replaced: there is one, and the grid has no
   * edit of the new document left to undo.
   */
  canRevertLoad(): boolean {
    return this.history.canGoBack && !this.gridCanUndo();
  }

  /** Brings back the document the last load replaced (with its edits); Ctrl+Y loads the other again. */
  revertLoad(): boolean {
    const previous = this.history.back(this.doc);
    if (!previous) return false;
    this.setDoc(previous);
    this.activeTab = this.defaultTab();
    this.toast = { kind: 'info', text: tr('revertedLoad', this.lang) };
    return true;
  }

  redoLoad(): boolean {
    if (this.gridCanRedo()) return false;
    const next = this.history.forward(this.doc);
    if (!next) return false;
    this.setDoc(next);
    this.activeTab = this.defaultTab();
    this.toast = { kind: 'info', text: tr('redoneLoad', this.lang) };
    return true;
  }

  /** Goes to the next (1) or previous (−1) problem, round the list, and selects its cell. */
  goProblem(direction: 1 | -1): Problem | null {
    const ps = this.problems;
    if (!ps.length) return null;
    const at = this.currentProblem;
    const i = at < 0 || at >= ps.length ? (direction > 0 ? 0 : ps.length - 1) : (at + direction + ps.length) % ps.length;
    this.openProblem(i);
    return ps[i];
  }

  /** Makes a problem the current one and selects its cell (the suspect, else the first cell). */
  openProblem(i: number): void {
    const p = this.problems[i];
    if (!p) return;
    this.currentProblem = i;
    this.focusFinding(p.findings[0]);
  }

  clear(): void {
    const previous = this.doc;
    this.history.replace(previous);
    this.doc = null;
    this.result = null;
    this.raw = new Map();
    this.selectedKey = null;
    this.epoch++;
    this.persist();
    this.offerUndo(previous, (lang) => tr('cleared', lang));
  }

  /** Opens a document kept elsewhere (a batch's report, issue 9) as it was left: its reading and edits. */
  openDoc(doc: DocState): void {
    this.setDoc(doc);
    this.activeTab = this.defaultTab();
  }

  /** Last year's report for the document loaded at `at` (a batch pairs them, issue 9): audited with it. */
  private previousFor: { at: string; reading: Reading | null } | null = null;
  setPrevious(at: string, reading: Reading | null): void {
    if (this.previousFor?.at === at && this.previousFor.reading === reading) return;
    this.previousFor = { at, reading };
    if (this.doc?.source.at === at && this.result) this.recompute();
  }
  private previousOf(doc: DocState): Reading | null {
    return this.previousFor?.at === doc.source.at ? this.previousFor.reading : null;
  }

  setOverride(templateId: string | null): void {
    if (!this.doc) return;
    this.setDoc({ ...this.doc, templateOverride: templateId });
    if (!this.tabs.some((t) => t.id === this.activeTab)) this.activeTab = this.tabs[0]?.id ?? 't3';
  }

  /**
   * Edits from the grid (one cell, or a pasted block or an undo of many): recorded, then one
   * re-audit now, on the main thread (a single report is small).
   */
  editCells(changes: ReadonlyArray<readonly [key: string, text: string]>): void {
    const doc = this.doc;
    if (!doc || !this.result || !changes.length) return;
    const edits = { ...doc.edits };
    for (const [key, text] of changes) edits[key] = text;
    this.doc = { ...doc, edits };
    if (this.result.template && doc.reading) {
      this.result = audit(doc.reading, { templates: REPORT_TEMPLATES, edits, previous: this.previousOf(doc), rulemakers: RULEMAKERS });
      this.raw = this.result.raw;
    } else if (this.big && cellCount(doc.tables) > BIG_INPUT_CELLS) {
      // A big plain table: its sums are checked again in the worker, which keeps it.
      if (!this.auditPending) this.big.edit(this.doc, changes.map(([k, v]) => [k, v]));
    } else if (doc.reading && this.result.raw.size > BIG_PLAIN_TABLE) {
      // A big plain table is not read again for an edit (that costs a second or more): its
      // numbers and sums are checked again where they changed.
      this.result = reauditPlain(this.result, changes);
    } else {
      // A plain table is read again with its edits (a corrected label may make it a report).
      this.doc = { ...this.doc, reading: undefined };
      this.recompute();
    }
    this.persist();
  }

  focus(key: string): void {
    const tab = tabOfKey(this.result, this.doc?.tables ?? [], key);
    if (tab) this.activeTab = tab;
    this.selectedKey = key;
    this.focusRequest = { key, nonce: (this.focusRequest?.nonce ?? 0) + 1 };
  }

  focusFinding(f: Finding): void {
    const key = f.suspects[0]?.cell ?? f.cells[0];
    if (key) this.focus(key);
    else if (f.table) this.activeTab = f.table;
    else this.activeTab = 'unplaced';
  }

  applySuggestion(key: string, value: number): void {
    this.focus(key);
    this.applyRequest = { key, text: String(value) };
  }

  /**
   * 改为建议值 by keyboard: the suggestion of the selected cell's problem, else of the current one.
   * Returns whether there was one to apply.
   */
  applyCurrent(): boolean {
    const ps = this.problems;
    const p = ps.find((x) => x.suspect && x.suspect.cell === this.selectedKey) ?? ps[this.currentProblem];
    const s = p?.suspect;
    if (!s || s.suggested === null) return false;
    this.applySuggestion(s.cell, s.suggested);
    return true;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    applyLang(lang);
    this.persist();
  }

  /** The findings panel at a width the reviewer chose (kept with the session). */
  setPanelWidth(px: number | null): void {
    this.panelWidth = px;
    this.persist();
  }

  setTab(id: string): void {
    this.activeTab = id;
    this.persist();
  }

  private setDoc(doc: DocState, persist = true): void {
    this.doc = doc;
    this.selectedKey = null;
    this.currentProblem = -1;
    this.recompute();
    this.epoch++;
    if (persist) this.persist();
  }

  /**
   * Reads the document (once per build and format choice: the reading is kept with it, so reopening
   * the page needs no second recognition) and audits it with its edits.
   */
  private recompute(): void {
    const doc = this.doc;
    if (!doc) return;
    const override = doc.templateOverride;
    let reading = doc.reading && doc.readingBuild === __GOUJI_BUILD__ && doc.readingOverride === override ? doc.reading : null;
    // A big input is read and audited in the worker (a report found in it comes back as its reading).
    if (!reading && this.big && cellCount(doc.tables) > BIG_INPUT_CELLS) {
      // shown at once as the plain table it most likely is, nothing checked yet, the status saying so
      this.result = pendingPlainResult(doc.tables, doc.narrative);
      this.raw = new Map();
      this.auditPending = true;
      this.big.audit(doc);
      return;
    }
    this.auditPending = false;
    if (!reading) {
      this.auditHere();
      return;
    }
    const generic = reading.templateId === null || reading.templateId === 'generic';
    this.result = audit(reading, { templates: REPORT_TEMPLATES, edits: doc.edits, previous: this.previousOf(doc), rulemakers: RULEMAKERS });
    this.raw = generic ? new Map() : this.result.raw;
  }

  /** How the audits of a big input in the worker reach this workspace. */
  private bigInputHost(): BigInputHost {
    return {
      current: () => this.doc,
      pending: () => this.auditPending,
      findings: () => this.result?.findings ?? [],
      showPlain: (result) => {
        this.result = result;
        this.auditPending = false;
      },
      showFindings: (findings) => {
        if (this.result) this.result = { ...this.result, findings };
      },
      adoptReport: (reading) => {
        this.doc = { ...this.doc!, reading, readingBuild: __GOUJI_BUILD__, readingOverride: this.doc!.templateOverride };
        this.recompute();
        this.epoch++;
        this.activeTab = this.defaultTab();
        this.persist();
      },
      auditHere: () => {
        this.auditPending = false;
        this.auditHere();
      },
    };
  }

  /**
   * The audit the exports are made of. A big plain table's audit on the page holds only its findings
   * (the worker has the rest): it is made in full here, once an export asks for it — a user's
   * deliberate step, not the loading or editing that must stay quick.
   */
  resultForExport(): AuditResult | null {
    const doc = this.doc;
    const r = this.result;
    if (!doc || !r || r.template || r.values.size || !this.big || cellCount(doc.tables) <= BIG_INPUT_CELLS) return r;
    return audit(readingOf(doc), { templates: REPORT_TEMPLATES, previous: this.previousOf(doc), rulemakers: RULEMAKERS });
  }

  /**
   * Recognition and audit of the document on this thread (a small input, or no worker). Edits of a
   * plain table (`T1!B7`) count when it is read again (a corrected label may make it a report).
   */
  private auditHere(): void {
    const doc = this.doc;
    if (!doc) return;
    const reading = readingOf(doc);
    this.doc = { ...doc, reading, readingBuild: __GOUJI_BUILD__, readingOverride: doc.templateOverride };
    // A plain table's edits are in its reading (read again with them); a big one's are not (editCells).
    this.result = audit(reading, { templates: REPORT_TEMPLATES, edits: doc.edits, previous: this.previousOf(doc), rulemakers: RULEMAKERS });
    this.raw = reading.templateId === null || reading.templateId === 'generic' ? new Map() : this.result.raw;
  }

  private persistQueued = false;

  /**
   * Saves in a task of its own, after the current one (an edit's re-draw comes first, and IndexedDB's
   * copy of a big table is not added to the load that brought it); several changes make one write.
   */
  persist(): void {
    if (this.persistQueued) return;
    this.persistQueued = true;
    setTimeout(() => {
      this.persistQueued = false;
      void save(savedWorkspace(this.doc, this.lang, this.activeTab, this.panelWidth));
    }, 0);
  }

  templates = REPORT_TEMPLATES;
}

/** The page's language is the document's: screen readers and hyphenation follow `lang`. */
function applyLang(lang: Lang): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = tr('pageTitle', lang);
}
