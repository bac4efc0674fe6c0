// A timeline entry in words, for the enrollment's timeline list.
import type { TimelineEntry } from '../api/types';

export function timelineText(e: TimelineEntry, stepName: (id: string) => string): string {
  const step = e.stepId ? stepName(e.stepId) : 'the cadence';
  const until = typeof e.detail?.until === 'string' ? new Date(e.detail.until).toLocaleString() : undefined;
  switch (e.type) {
    case 'entered':
      return `Entered ${step}`;
    case 'left':
      return `Left ${step} via “${e.outcome ?? 'next'}”`;
    case 'waiting':
      return `Waiting at ${step}${until ? ` until ${until}` : ''}`;
    case 'event':
      return `Account event at ${step}: ${e.outcome ?? String(e.detail?.eventType ?? '')}`;
    case 'activity':
      return e.outcome === 'retry' ? `${step} deferred${until ? ` until ${until}` : ''}: ${String(e.detail?.reason ?? '')}` : `${step} done: ${e.outcome ?? ''}`;
    case 'finished':
      return `Finished at ${step}: ${e.outcome ?? ''}`;
    case 'error':
      return `Error at ${step}: ${String(e.detail?.message ?? '')}`;
    default:
      return `${String(e.type)} at ${step}`;
  }
}
