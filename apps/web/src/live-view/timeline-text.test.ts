import { describe, expect, it } from 'vitest';
import { contactStatusText, timelineText } from './timeline-text';

const step = (id: string) => `“${id}”`;

describe('the enrollment timeline in words', () => {
  it('says when a send went on with its outcome unknown, and that it was not sent again', () => {
    const entry = { seq: 3, at: '2026-12-01T14:00:00Z', type: 'activity' as const, stepId: 'sms-1', outcome: 'next' };
    expect(timelineText({ ...entry, detail: { channel: 'sms', outcomeUnknown: true } }, step)).toMatch(/^“sms-1” done: next \(outcome unknown: .*not sent again\)$/);
    expect(timelineText({ ...entry, detail: { channel: 'sms' } }, step)).toBe('“sms-1” done: next');
  });

  it('names a contact whose outcome is unknown in words, and other statuses as they are', () => {
    expect(contactStatusText('outcome_unknown')).toMatch(/^outcome unknown: .*not sent again$/);
    expect(contactStatusText('delivered')).toBe('delivered');
  });
});
