import type { CanvasCommands } from '../canvas/canvas-commands';
import { useEditor } from '../store/editor-context';

/** Undo, redo, tidy up, zoom to fit and the shortcut list, as buttons (each also has a key). */
export function EditorToolbar({ commands, onHelp }: { commands: CanvasCommands; onHelp(): void }) {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  return (
    <div className="toolbar" role="toolbar" aria-label="Canvas tools">
      <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl/⌘+Z)">
        Undo
      </button>
      <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl/⌘+Shift+Z)">
        Redo
      </button>
      <button type="button" onClick={commands.duplicateSelection} title="Duplicate the selection (Ctrl/⌘+D)">
        Duplicate
      </button>
      <button type="button" onClick={commands.layout} title="Lay the cadence out automatically (L)">
        Tidy up
      </button>
      <button type="button" onClick={commands.fitView} title="Zoom to fit (F)">
        Zoom to fit
      </button>
      <button type="button" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  );
}
