// Undo history as plain values: a stack of earlier graphs and one of undone ones.

export interface History<T> {
  past: T[];
  future: T[];
  /** Key of the last recorded change: consecutive changes with one key (typing in one field) undo as one. */
  lastKey?: string;
}

export const HISTORY_LIMIT = 200;

export const emptyHistory = <T>(): History<T> => ({ past: [], future: [] });

/** Remember `current` before a change. A change with the same key as the last one is folded into it. */
export function record<T>(h: History<T>, current: T, key?: string): History<T> {
  if (key !== undefined && key === h.lastKey) return h;
  const past = [...h.past, current];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [], ...(key !== undefined ? { lastKey: key } : {}) };
}

export function undo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const state = h.past[h.past.length - 1];
  if (state === undefined) return null;
  return { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, state };
}

export function redo<T>(h: History<T>, current: T): { history: History<T>; state: T } | null {
  const [state, ...future] = h.future;
  if (state === undefined) return null;
  return { history: { past: [...h.past, current], future }, state };
}
