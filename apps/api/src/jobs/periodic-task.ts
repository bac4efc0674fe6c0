// The API's background work (event re-delivery, plan sweep, entry rules, analytics projection) runs
// on a timer: a slow run is never overlapped by the next, a failed one is logged and tried again.
import { log, type Logger } from '@kairos/logging';

/** Run `task` every `intervalMs` (not while the previous run is still going); returns a function that stops it. */
export function startPeriodicTask(name: string, intervalMs: number, task: () => Promise<unknown>, logger: Logger = log()): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((err: unknown) => logger.error({ task: name, err }, 'periodic task failed; it runs again at its next interval'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  // The process ends when its servers close, whatever the timer.
  timer.unref();
  return () => clearInterval(timer);
}
