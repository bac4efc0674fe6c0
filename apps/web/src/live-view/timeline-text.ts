// A timeline entry in words, for the enrollment's timeline list.
import type { TimelineEntry } from '../api/types';

const OUTCOME_UNKNOWN = 'outcome unknown: the worker stopped while the provider was being called, so the message may have gone out; it was not sent again';

/** A contact attempt's status in words: `outcome_unknown` says what it means for the customer. */
export const contactStatusText = (status: string): string => (status === 'outcome_unknown' ? 'outcome unknown: may have reached the customer, not sent again' : status);

export function timelineText(e: TimelineEntry, stepName: (id: string) => string): string {
  const step = e.stepId ? stepName(e.stepId) : 'the cadence';
  const until = typeof e.detail?.until === 'string' ? new Date(e.detail.until).toLocaleString() : undefined;
  switch (e.type) {
    case 'entered':
      return `Entered ${step}`;
    case 'left':
      return `Left ${step} via “${e.outcome ?? 'next'}”`;
    case 'waiting':
      // A contact step held by the portfolio's promise hold says which promise it waits for.
      if (e.detail?.reason === 'promise_open' && typeof e.detail.message === 'string') {
        return `${step} ${e.detail.message} (portfolio policy)${until ? `: held until it is kept, or until ${until}` : ''}`;
      }
      return `Waiting at ${step}${until ? ` until ${until}` : ''}`;
    case 'event':
      return `Account event at ${step}: ${e.outcome ?? String(e.detail?.eventType ?? '')}`;
    case 'activity':
      if (e.outcome === 'retry') return `${step} deferred${until ? ` until ${until}` : ''}: ${String(e.detail?.reason ?? '')}`;
      return `${step} done: ${e.outcome ?? ''}${e.detail?.outcomeUnknown === true ? ` (${OUTCOME_UNKNOWN})` : ''}`;
    case 'finished':
      return `Finished at ${step}: ${e.outcome ?? ''}`;
    case 'paused':
      return `Paused at ${step} by ${String(e.detail?.by ?? 'someone')}${e.detail?.reason ? `: ${String(e.detail.reason)}` : ''}`;
    case 'resumed':
      return `Resumed at ${step} by ${String(e.detail?.by ?? 'someone')}${e.detail?.reason ? `: ${String(e.detail.reason)}` : ''}`;
    case 'error':
      return `Error at ${step}: ${String(e.detail?.message ?? '')}`;
    default:
      return `${String(e.type)} at ${step}`;
  }
}
