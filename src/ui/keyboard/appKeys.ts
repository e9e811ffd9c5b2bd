import { shortcutOf, tabShortcut, type ShortcutId } from './shortcuts';
import { cellEditorOpen } from '../grid/cellEditor';

/** What the page does for each shortcut; App wires these to the workspace and the toolbar. */
export type ShortcutActions = Record<ShortcutId, () => void> & {
  tab(index: number): void;
  /** Ctrl+Z outside a cell editor: true when it brought back a replaced document (the grid gets it otherwise) */
  undoLoad(): boolean;
  redoLoad(): boolean;
  /** Ctrl+P: print the 审核意见书 (true) rather than the page itself; false when there is no report */
  print(): boolean;
};

/** Typing into a form field or an open cell editor: keys there belong to it. */
function typing(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, textarea:not(.handsontableInput), [contenteditable="true"]')) return true;
  return cellEditorOpen();
}

/**
 * The page's keydown, in the capture phase on window: before Handsontable's own handlers, so that
 * F6, F8 and Alt+Shift+… work while the grid has the keyboard.
 */
export function handleAppKey(e: KeyboardEvent, actions: ShortcutActions): void {
  if (document.querySelector('dialog[open]')) return;
  const id = shortcutOf(e);
  const tab = tabShortcut(e);
  const ctrl = e.ctrlKey || e.metaKey;
  let handled = false;
  if (id && !(typing(e) && id !== 'nextPane' && id !== 'prevPane')) {
    actions[id]();
    handled = true;
  } else if (tab !== null) {
    actions.tab(tab);
    handled = true;
  } else if (ctrl && !e.altKey && !typing(e) && !(e.target as HTMLElement | null)?.closest('select')) {
    if (e.code === 'KeyZ' && !e.shiftKey) handled = actions.undoLoad();
    else if (e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey)) handled = actions.redoLoad();
    else if (e.code === 'KeyP' && !e.shiftKey) handled = actions.print();
  }
  if (handled) {
    e.preventDefault();
    e.stopImmediatePropagation();
  }
}
