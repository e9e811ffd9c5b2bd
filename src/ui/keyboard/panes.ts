/**
 * F6 / Shift+F6: moves the keyboard between the page's panes, as Excel's F6 moves between its panes.
 * A pane is an element with `data-pane`, in document order; hidden panes are skipped. The grid keeps
 * the keyboard without holding the DOM focus (Handsontable "listens"), so it is asked directly.
 */
export interface GridFocus {
  isListening(): boolean;
  /** takes the keyboard, selecting a cell if none is */
  enter(): void;
  leave(): void;
}

/** The order F6 goes round, as the issue names it (not the DOM's: the inspector sits under the grid). */
const ORDER = ['toolbar', 'start', 'tabs', 'grid', 'view', 'findings', 'inspector'];

function visiblePanes(): HTMLElement[] {
  const rank = (el: HTMLElement) => {
    const i = ORDER.indexOf(el.dataset.pane ?? '');
    return i < 0 ? ORDER.length : i;
  };
  return [...document.querySelectorAll<HTMLElement>('[data-pane]')]
    .filter((el) => el.getClientRects().length > 0)
    .sort((a, b) => rank(a) - rank(b));
}

function currentPane(panes: HTMLElement[], grid: GridFocus | null): number {
  if (grid?.isListening()) return panes.findIndex((p) => p.dataset.pane === 'grid');
  const active = document.activeElement;
  return panes.findIndex((p) => active && p.contains(active));
}

/** Where the keyboard lands in a pane: what it marks as its entry, else its first enabled control, else the pane itself. */
function focusPane(pane: HTMLElement): void {
  const entry =
    pane.querySelector<HTMLElement>('[data-pane-entry]:not(:disabled)') ??
    pane.querySelector<HTMLElement>('button:not(:disabled), select:not(:disabled), [tabindex="0"], a[href], input:not([type="hidden"]):not(:disabled)');
  const target = entry ?? pane;
  if (target === pane && !pane.hasAttribute('tabindex')) pane.tabIndex = -1;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
}

export function cyclePane(direction: 1 | -1, grid: GridFocus | null): string | null {
  const panes = visiblePanes();
  if (!panes.length) return null;
  const at = currentPane(panes, grid);
  const next = panes[(at < 0 ? (direction > 0 ? 0 : panes.length - 1) : at + direction + panes.length) % panes.length];
  if (next.dataset.pane === 'grid' && grid) {
    (document.activeElement as HTMLElement | null)?.blur?.();
    grid.enter();
  } else {
    grid?.leave();
    focusPane(next);
  }
  return next.dataset.pane ?? null;
}
