/**
 * The page's keyboard shortcuts, as data: each action, the keys shown in its tooltip and in the
 * shortcut line, and the test of a key event. None is a key a browser keeps for itself (Ctrl+N/T/W,
 * Alt+digit on Linux, Alt+letter menus in Firefox, Alt+Shift+A/I/T in Chrome): Alt+Shift+letter
 * is matched on the physical key (`e.code`), so it works on every keyboard layout and IME.
 */
export type ShortcutId =
  | 'open'
  | 'sample'
  | 'sampleError'
  | 'newDoc'
  | 'format'
  | 'export'
  | 'language'
  | 'panel'
  | 'apply'
  | 'nextProblem'
  | 'prevProblem'
  | 'nextPane'
  | 'prevPane'
  /** 上年报告 (issue 8): last year's report, src/ui/previous/ */
  | 'previous';

interface Shortcut {
  keys: string;
  matches(e: KeyboardEvent): boolean;
}

const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const altShift = (code: string) => (e: KeyboardEvent) => e.altKey && e.shiftKey && !ctrl(e) && e.code === code;
const plain = (key: string, shift: boolean) => (e: KeyboardEvent) => e.key === key && e.shiftKey === shift && !e.altKey && !ctrl(e);

export const SHORTCUTS: Record<ShortcutId, Shortcut> = {
  open: { keys: 'Ctrl+O', matches: (e) => ctrl(e) && !e.shiftKey && !e.altKey && e.code === 'KeyO' },
  sample: { keys: 'Alt+Shift+S', matches: altShift('KeyS') },
  sampleError: { keys: 'Alt+Shift+E', matches: altShift('KeyE') },
  newDoc: { keys: 'Alt+Shift+N', matches: altShift('KeyN') },
  format: { keys: 'Alt+Shift+F', matches: altShift('KeyF') },
  export: { keys: 'Alt+Shift+X', matches: altShift('KeyX') },
  language: { keys: 'Alt+Shift+L', matches: altShift('KeyL') },
  panel: { keys: 'Alt+Shift+P', matches: altShift('KeyP') },
  apply: { keys: 'Alt+Shift+Enter', matches: (e) => e.altKey && e.shiftKey && !ctrl(e) && e.key === 'Enter' },
  nextProblem: { keys: 'F8', matches: plain('F8', false) },
  prevProblem: { keys: 'Shift+F8', matches: plain('F8', true) },
  nextPane: { keys: 'F6', matches: plain('F6', false) },
  prevPane: { keys: 'Shift+F6', matches: plain('F6', true) },
  previous: { keys: 'Alt+Shift+Y', matches: altShift('KeyY') },
};

/** Alt+Shift+1…9 selects a table tab (Alt+digit alone switches browser tabs on Linux). */
export function tabShortcut(e: KeyboardEvent): number | null {
  const m = /^Digit([1-9])$/.exec(e.code);
  return m && e.altKey && e.shiftKey && !ctrl(e) ? Number(m[1]) - 1 : null;
}

export function keysOf(id: ShortcutId): string {
  return SHORTCUTS[id].keys;
}

/** A tooltip: what the control does and its keys (`打开文件 (Ctrl+O)`). */
export function withKeys(text: string, id: ShortcutId): string {
  return `${text} (${SHORTCUTS[id].keys})`;
}

/** The first shortcut an event is, or null. */
export function shortcutOf(e: KeyboardEvent): ShortcutId | null {
  for (const [id, s] of Object.entries(SHORTCUTS) as Array<[ShortcutId, Shortcut]>) if (s.matches(e)) return id;
  return null;
}
