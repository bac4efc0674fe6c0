// Whether settings are edited in the generated form or as JSON: one choice for every step, kept for the
// session, so an engineer who prefers JSON does not switch again at each step.
import { create } from 'zustand';

const KEY = 'kairos.config-view';

function stored(): 'form' | 'json' {
  try {
    return globalThis.sessionStorage?.getItem(KEY) === 'json' ? 'json' : 'form';
  } catch {
    return 'form';
  }
}

export const useConfigView = create<{ view: 'form' | 'json'; setView(view: 'form' | 'json'): void }>((set) => ({
  view: stored(),
  setView(view) {
    try {
      globalThis.sessionStorage?.setItem(KEY, view);
    } catch {
      // storage refused (private mode): the choice still holds until reload
    }
    set({ view });
  },
}));
