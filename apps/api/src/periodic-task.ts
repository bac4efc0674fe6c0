// The API's background work (event re-delivery, plan sweep, entry rules, analytics projection) runs
// on a timer: a slow run is never overlapped by the next, a failed one is logged and tried again.

/** Run `task` every `intervalMs` (not while the previous run is still going); returns a function that stops it. */
export function startPeriodicTask(name: string, intervalMs: number, task: () => Promise<unknown>): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((err: unknown) => console.error(`${name} failed:`, err instanceof Error ? err.message : err))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  // The process ends when its servers close, whatever the timer.
  timer.unref();
  return () => clearInterval(timer);
}
