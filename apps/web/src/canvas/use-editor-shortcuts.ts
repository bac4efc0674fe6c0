// Keyboard shortcuts and the clipboard for the open editor, wired to the window while it is open.
import { useEffect } from 'react';
import { parseFragment, serializeFragment } from '../graph/clipboard-fragment';
import { editorRegistry } from '../registry';
import { useEditorStoreApi } from '../store/editor-context';
import type { CanvasCommands } from './canvas-commands';
import { isTypingTarget, shortcutFor } from './shortcuts';

/** Canvas actions only act when focus is on the canvas or nowhere in particular, not on a header button. */
const onCanvas = (target: EventTarget | null) =>
  target === document.body || target === document.documentElement || (target instanceof Element && target.closest('.canvas') !== null);

export function useEditorShortcuts(opts: { commands: CanvasCommands; save(): unknown; openHelp(): void }) {
  const store = useEditorStoreApi();
  const { commands, save, openHelp } = opts;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || e.defaultPrevented) return;
      const id = shortcutFor(e);
      if (!id) return;
      const s = store.getState();
      const canvasOnly = ['delete', 'selectAll', 'deselect', 'fit', 'layout', 'duplicate'].includes(id);
      if (canvasOnly && !onCanvas(e.target)) return;
      if (s.readOnly && !['selectAll', 'deselect', 'fit', 'help', 'search'].includes(id)) return;
      e.preventDefault();
      switch (id) {
        case 'undo':
          return s.undo();
        case 'redo':
          return s.redo();
        case 'duplicate':
          return commands.duplicateSelection();
        case 'delete':
          return s.deleteSelection();
        case 'selectAll':
          return s.selectAll();
        case 'deselect':
          return s.selectOnly(null);
        case 'fit':
          return commands.fitView();
        case 'layout':
          return commands.layout();
        case 'save':
          return void save();
        case 'help':
          return openHelp();
        case 'search':
          return document.querySelector<HTMLInputElement>('[data-palette-search]')?.focus();
      }
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (isTypingTarget(e.target) || !onCanvas(e.target) || !e.clipboardData) return;
      const s = store.getState();
      const fragment = s.copySelection();
      if (!fragment) return;
      e.clipboardData.setData('text/plain', serializeFragment(fragment));
      e.preventDefault();
      if (cut && !s.readOnly) s.deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTypingTarget(e.target) || !onCanvas(e.target) || store.getState().readOnly) return;
      const fragment = parseFragment(e.clipboardData?.getData('text/plain') ?? '', editorRegistry);
      if (!fragment) return;
      e.preventDefault();
      store.getState().paste(fragment);
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, commands, save, openHelp]);
}
