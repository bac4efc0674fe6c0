// The editor's asynchronous validator: the same `validate`, in a web worker. The worker starts on the
// first question and again after `dispose` (React may dispose and reuse it, as StrictMode does in
// development). Where workers cannot start, it answers by failing and the store validates in place.
import type { CadenceIssue } from '@kairos/cadence';
import type { AsyncValidator } from './editor-store';

type Pending = Map<number, { resolve(i: CadenceIssue[]): void; reject(e: Error): void }>;

export function createWorkerValidator(): { validate: AsyncValidator; dispose(): void } {
  let worker: Worker | null = null;
  const pending: Pending = new Map();
  let next = 0;
  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./validation-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ id: number; issues: CadenceIssue[] }>) => {
      pending.get(e.data.id)?.resolve(e.data.issues);
      pending.delete(e.data.id);
    };
    w.onerror = (e) => {
      e.preventDefault(); // the store falls back to validating in place; nothing for the console
      failAll(e.message);
    };
    return w;
  };
  return {
    validate: (graph, outbound) =>
      new Promise((resolve, reject) => {
        try {
          worker ??= start();
        } catch (err) {
          return reject(err as Error);
        }
        const id = ++next;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, graph, outbound });
      }),
    dispose: () => {
      worker?.terminate();
      worker = null;
      failAll('the validator was stopped'); // questions in flight get their answer in place
    },
  };
}
