import type { Workspace } from '../state/workspace.svelte';

/** The id of the report text's tab (beside the tables' tabs). */
export const TEXT_TAB = 'text';

/** Which sentence the report text's tab marks: a narrative finding's quote (issue 8). */
class ReportTextView {
  quote = $state<string | null>(null);
  /** bumped on every request, so showing the same sentence again scrolls to it again */
  nonce = $state(0);

  show(ws: Workspace, quote: string | null): void {
    this.quote = quote;
    this.nonce++;
    ws.setTab(TEXT_TAB);
  }
}

export const reportText = new ReportTextView();
