// The foot of a settings form saved as a whole (channel costs, the collector's identity): Save and Discard,
// what the save is doing, and why it was refused — at the fields when the server named them, else in words.
import { ApiError, errorMessage } from '../api/client';
import { sentence } from './format';

/** A 400 that names what was wrong: shown at the fields rather than as one message. */
export const refusedFields = (err: unknown): err is ApiError => err instanceof ApiError && err.status === 400 && err.issues.length > 0;

interface SaveState {
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
  error: unknown;
}

export function FormSaveBar(p: {
  save: SaveState;
  dirty: boolean;
  onDiscard: () => void;
  /** The Save button's words, e.g. "Save costs". */
  action: string;
  /** What the status says while saving, and once saved. */
  pendingText: string;
  savedText: string;
  /** How many fields are marked with a problem, and the refusals that name no field. */
  problemCount: number;
  refusal: string[];
  /** Leave out "press Save again" when the refusal is a 403 (saving again cannot help). */
  noRetryWhenForbidden?: boolean;
}) {
  const { save, dirty, problemCount: count, refusal } = p;
  const forbidden = save.error instanceof ApiError && save.error.status === 403;
  return (
    <>
      <div className="row-actions">
        <button type="submit" className="primary" disabled={save.isPending || !dirty}>
          {save.isPending ? 'Saving…' : p.action}
        </button>
        <button type="button" disabled={save.isPending || !dirty} onClick={p.onDiscard}>
          Discard changes
        </button>
        <span role="status" className={save.isSuccess ? 'ok' : 'muted'}>
          {save.isPending ? p.pendingText : save.isSuccess ? p.savedText : dirty ? 'Unsaved changes.' : ''}
        </span>
      </div>
      <NotSavedNotice count={count} refusal={refusal} />
      {save.isError && !refusedFields(save.error) && (
        <p role="alert" className="field-error">
          Not saved: {sentence(errorMessage(save.error))}
          {!(p.noRetryWhenForbidden && forbidden) && ` Your changes are still here: press ${p.action} again.`}
        </p>
      )}
    </>
  );
}

/** Why a form was not saved: how many fields (marked at each) need a change, and the server's other refusals. */
export function NotSavedNotice({ count, refusal }: { count: number; refusal: readonly string[] }) {
  if (count > 0) {
    return (
      <p role="alert" className="field-error">
        Not saved: {count === 1 ? 'one field needs' : `${count} fields need`} a change (marked above).
        {refusal.length > 0 && ` Also: ${refusal.join('; ')}.`}
      </p>
    );
  }
  if (refusal.length === 0) return null;
  return (
    <p role="alert" className="field-error">
      Not saved: {refusal.join('; ')}.
    </p>
  );
}
