import type { AuditResult, Finding, Reading } from '../../core';
import type { BigInputAuditor } from './bigInput';
import type { DocState } from './docState';

/** What the workspace lets the audits of a big input see and change. */
export interface BigInputHost {
  /** the document shown now */
  current(): DocState | null;
  /** whether the worker is still reading the document shown */
  pending(): boolean;
  /** its findings as shown */
  findings(): readonly Finding[];
  /** a plain table's audit came back from the worker */
  showPlain(result: AuditResult): void;
  /** an edit's findings came back (only when they differ from those shown) */
  showFindings(findings: Finding[]): void;
  /** the big input is a report after all: keep its reading and audit it on the page (a report is small) */
  adoptReport(reading: Reading): void;
  /** no worker after all: read and audit the document on the page */
  auditHere(): void;
}

/**
 * The conversation with the worker about a big input (more than BIG_INPUT_CELLS cells): the page
 * sends the document once, then only the cells an edit changed; an answer for a document no longer
 * shown is dropped. The workspace shows what comes back.
 */
export class BigInputAudits {
  constructor(
    private readonly auditor: BigInputAuditor,
    private readonly host: BigInputHost,
  ) {}

  /** Has the worker read and audit a document (the workspace shows it as pending meanwhile). */
  audit(doc: DocState): void {
    const same = (d: DocState | null) => !!d && d.source.at === doc.source.at && d.templateOverride === doc.templateOverride;
    // Sent in a task of its own: copying a big table into the message is not added to its loading.
    const sent = nextTask();
    const job = { doc: doc.source.at, tables: doc.tables, narrative: doc.narrative, edits: doc.edits, override: doc.templateOverride };
    void sent.then(() => (same(this.host.current()) ? this.auditor.audit(job) : null)).then((answer) => {
      if (answer === null) return; // another document (or format) before it was sent
      const now = this.host.current();
      if (!now || !same(now)) return; // another document (or format) since
      if (answer === 'failed') this.host.auditHere();
      else if (answer.kind === 'report') this.host.adoptReport(answer.reading);
      else {
        this.host.showPlain(answer.result);
        // Edits made while it was being read: checked in the worker now.
        const changes = Object.entries(now.edits).filter(([k, v]) => doc.edits[k] !== v);
        if (changes.length) this.edit(now, changes);
      }
    });
  }

  /** Edits of a big plain table, checked in the worker that keeps it; the marks change when it answers. */
  edit(doc: DocState, changes: Array<[string, string]>): void {
    // Sent in a task of its own, after the grid has drawn the edit (messages keep their order).
    void nextTask().then(() => this.auditor.edit(doc.source.at, changes)).then((answer) => {
      const now = this.host.current();
      if (!now || now.source.at !== doc.source.at || this.host.pending()) return;
      if (answer === 'failed' || answer === null) {
        // the worker was restarted and has forgotten the table: read it again with every edit
        this.audit(now);
        return;
      }
      if (answer.kind !== 'plain') return;
      const before = this.host.findings();
      const after = answer.result.findings;
      // the same findings: the result (and the marks) stay as they are, so the grid is not drawn again
      if (before.length === after.length && before.every((f, i) => f.fingerprint === after[i].fingerprint && JSON.stringify(f.params) === JSON.stringify(after[i].params))) return;
      this.host.showFindings(after);
    });
  }
}

/** Settles in a task of its own, after the current one (and its drawing). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
