// Drafts save themselves: shortly after each change, one save at a time, with the revision the editor
// loaded so a newer save by someone else is never overwritten silently.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { graphOf, type EditorStore } from '../store/editor-store';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface AutosaveState {
  status: SaveStatus;
  message?: string;
  savedAt?: string;
}

const DELAY_MS = 700;

export function useAutosave(store: EditorStore, cadence: { id: string; draftRevision: number; updatedAt: string }) {
  const [state, setState] = useState<AutosaveState>({ status: 'saved', savedAt: cadence.updatedAt });
  const revision = useRef(cadence.draftRevision);
  const savedCount = useRef(store.getState().changeCount);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (stopped.current) return false;
    const s = store.getState();
    const count = s.changeCount;
    if (count === savedCount.current) return true;
    setState((prev) => ({ ...prev, status: 'saving' }));
    const attempt = kairosApi
      .saveDraft(cadence.id, { graph: graphOf(s), expectedRevision: revision.current })
      .then((saved) => {
        revision.current = saved.draftRevision;
        savedCount.current = count;
        const more = store.getState().changeCount !== count;
        setState({ status: more ? 'pending' : 'saved', savedAt: saved.updatedAt });
        return true;
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 409) {
          stopped.current = true;
          setState({ status: 'conflict', message: 'Someone else saved this draft in the meantime. Reload to see their version; changes made here since the last save are not kept.' });
        } else {
          setState({ status: 'error', message: `Could not save: ${errorMessage(err)}` });
        }
        return false;
      });
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    if (ok && store.getState().changeCount !== savedCount.current) timer.current = setTimeout(() => void save(), DELAY_MS);
    return ok;
  }, [store, cadence.id]);

  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.changeCount === prev.changeCount || stopped.current) return;
        setState((p) => (p.status === 'saving' ? p : { ...p, status: 'pending' }));
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void save(), DELAY_MS);
      }),
    [store, save],
  );

  useEffect(() => {
    // Leaving with unsaved changes asks first; the browser words the question.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (store.getState().changeCount !== savedCount.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      clearTimeout(timer.current);
      // Leaving the page inside the app: save what is left.
      if (store.getState().changeCount !== savedCount.current && !stopped.current) void save();
    };
  }, [store, save]);

  return { ...state, save };
}

export type Autosave = ReturnType<typeof useAutosave>;
