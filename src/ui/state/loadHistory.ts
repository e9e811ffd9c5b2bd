/**
 * The documents a load replaced, so that loading, pasting or clearing over a report is one
 * undoable step: `back` returns the one replaced last (Ctrl+Z), `forward` the one taken back
 * (Ctrl+Y). A new load forgets what was taken back. At most `limit` documents are kept.
 */
export class LoadHistory<T> {
  private replaced: T[] = [];
  private reverted: T[] = [];

  constructor(private readonly limit = 10) {}

  /** A load (or a clear) replaces `previous`. */
  replace(previous: T | null): void {
    if (!previous) return;
    this.replaced.push(previous);
    if (this.replaced.length > this.limit) this.replaced.shift();
    this.reverted = [];
  }

  get canGoBack(): boolean {
    return this.replaced.length > 0;
  }

  /** Whether `doc` is the document the last load replaced. */
  isLast(doc: T): boolean {
    return this.replaced.at(-1) === doc;
  }

  /** The document the last load replaced; `current` can then come forward again. */
  back(current: T | null): T | undefined {
    const previous = this.replaced.pop();
    if (previous && current) this.reverted.push(current);
    return previous;
  }

  /** The document `back` took away; `current` goes back into the history. */
  forward(current: T | null): T | undefined {
    const next = this.reverted.pop();
    if (next && current) this.replaced.push(current);
    return next;
  }
}
