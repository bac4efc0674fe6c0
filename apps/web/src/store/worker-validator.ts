// The editor's asynchronous validator: the same `validate`, in a web worker. Where workers cannot
// start, it answers by failing and the store validates in place.
import type { CadenceIssue } from '@kairos/cadence';
import type { AsyncValidator } from './editor-store';

export function createWorkerValidator(): { validate: AsyncValidator; dispose(): void } {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { validate: () => Promise.reject(new Error('no web workers here')), dispose: () => undefined };
  }
  const pending = new Map<number, { resolve(i: CadenceIssue[]): void; reject(e: Error): void }>();
  let next = 0;
  worker.onmessage = (e: MessageEvent<{ id: number; issues: CadenceIssue[] }>) => {
    pending.get(e.data.id)?.resolve(e.data.issues);
    pending.delete(e.data.id);
  };
  worker.onerror = (e) => {
    e.preventDefault(); // the store falls back to validating in place; nothing for the console
    for (const p of pending.values()) p.reject(new Error(e.message));
    pending.clear();
  };
  return {
    validate: (graph) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, graph });
      }),
    dispose: () => worker.terminate(),
  };
}
