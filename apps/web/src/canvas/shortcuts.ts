// The editor's keyboard shortcuts: one list drives the key handling, the "?" dialog and the table in docs/web-app.md.

export interface Shortcut {
  id: ShortcutId;
  keys: string;
  action: string;
  /** Also works on a read-only canvas. */
  readOnly?: boolean;
}

export type ShortcutId =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'deselect'
  | 'fit'
  | 'layout'
  | 'save'
  | 'search'
  | 'help';

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'undo', keys: 'Ctrl/⌘ + Z', action: 'Undo' },
  { id: 'redo', keys: 'Ctrl/⌘ + Shift + Z, Ctrl + Y', action: 'Redo' },
  { id: 'copy', keys: 'Ctrl/⌘ + C', action: 'Copy the selected steps', readOnly: true },
  { id: 'cut', keys: 'Ctrl/⌘ + X', action: 'Cut the selected steps' },
  { id: 'paste', keys: 'Ctrl/⌘ + V', action: 'Paste steps (also from another cadence)' },
  { id: 'duplicate', keys: 'Ctrl/⌘ + D', action: 'Duplicate the selected steps' },
  { id: 'delete', keys: 'Delete, Backspace', action: 'Delete the selected steps and arrows' },
  { id: 'selectAll', keys: 'Ctrl/⌘ + A', action: 'Select every step', readOnly: true },
  { id: 'deselect', keys: 'Escape', action: 'Clear the selection', readOnly: true },
  { id: 'fit', keys: 'F', action: 'Zoom to fit the whole cadence', readOnly: true },
  { id: 'layout', keys: 'L', action: 'Tidy up: lay the cadence out automatically' },
  { id: 'save', keys: 'Ctrl/⌘ + S', action: 'Save the draft now (it also saves by itself)' },
  { id: 'search', keys: '/', action: 'Search the node palette' },
  { id: 'help', keys: '?', action: 'Show these shortcuts', readOnly: true },
];

/** Mouse and canvas gestures, listed with the shortcuts. */
export const GESTURES: readonly { keys: string; action: string }[] = [
  { keys: 'Shift + drag', action: 'Select several steps with a box' },
  { keys: 'Ctrl/⌘ + click', action: 'Add a step to the selection' },
  { keys: 'Tab, then Enter', action: 'Move to a step and select it' },
  { keys: 'Arrow keys', action: 'Move the selected steps' },
  { keys: 'Drag from an outcome', action: 'Connect it to another step' },
  { keys: 'Space + drag, scroll', action: 'Pan and zoom' },
];

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Which shortcut a key press means, if any. Copy, cut and paste come as clipboard events instead. */
export function shortcutFor(e: KeyLike): ShortcutId | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return undefined;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    if (key === 'd') return 'duplicate';
    if (key === 'a') return 'selectAll';
    if (key === 's') return 'save';
    return undefined;
  }
  if (e.key === 'Delete' || e.key === 'Backspace') return 'delete';
  if (e.key === 'Escape') return 'deselect';
  if (e.key === '?') return 'help';
  if (e.key === '/') return 'search';
  if (key === 'f' && !e.shiftKey) return 'fit';
  if (key === 'l' && !e.shiftKey) return 'layout';
  return undefined;
}

/** Keys typed into a field belong to the field (its own undo, its own Delete). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((target as HTMLInputElement).type);
  return false;
}
