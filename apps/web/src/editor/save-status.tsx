import { formatWhen } from '../shell/format';
import type { Autosave } from './use-autosave';

/** Saved / saving / unsaved / failed, announced politely to screen readers. */
export function SaveStatus({ autosave }: { autosave: Autosave }) {
  const text = {
    saved: `All changes saved${autosave.savedAt ? ` · ${formatWhen(autosave.savedAt)}` : ''}`,
    pending: 'Unsaved changes…',
    saving: 'Saving…',
    error: autosave.message ?? 'Could not save',
    conflict: autosave.message ?? 'Someone else saved this draft',
  }[autosave.status];
  return (
    <div className={`save-status status-${autosave.status}`}>
      <span role="status" aria-live="polite">
        {text}
      </span>
      {autosave.status === 'error' && (
        <button type="button" className="small" onClick={() => void autosave.save()}>
          Retry saving
        </button>
      )}
      {autosave.status === 'conflict' && (
        <button type="button" className="small" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
    </div>
  );
}
