import type { Decision } from '../../io/export/exportContext';

/**
 * The reviewer's decisions on the document open in the grid, by finding fingerprint. Where they are
 * kept is the owner's business (a batch item, or the single document's own record): it attaches
 * them here with a sink that receives every change. A fingerprint names template, rule and cells,
 * never values, so a decision outlives edits and re-runs; it is simply not shown while its finding
 * is gone, and is shown again if the finding comes back.
 */
export class ReviewState {
  decisions = $state.raw<Readonly<Record<string, Decision>>>({});
  /** which document the decisions belong to (for the owner; `null`: none open) */
  owner = $state<string | null>(null);
  private sink: ((d: Record<string, Decision>) => void) | null = null;

  attach(owner: string | null, decisions: Readonly<Record<string, Decision>>, sink: ((d: Record<string, Decision>) => void) | null): void {
    this.owner = owner;
    this.decisions = decisions;
    this.sink = sink;
  }

  get(fingerprint: string): Decision | undefined {
    return this.decisions[fingerprint];
  }

  /** Sets (or, with null, withdraws) the decision on one finding. */
  set(fingerprint: string, decision: Decision | null): void {
    const next = { ...this.decisions };
    if (decision) next[fingerprint] = decision;
    else delete next[fingerprint];
    this.decisions = next;
    this.sink?.(next);
  }

  /** Changes the note of a decision already made. */
  note(fingerprint: string, note: string): void {
    const d = this.decisions[fingerprint];
    if (d && (d.note ?? '') !== note) this.set(fingerprint, { ...d, note: note || undefined });
  }
}

/** The page's one review state: the finding cards read and change it. */
export const review = new ReviewState();
