import { describe, expect, it } from 'vitest';
import { enrollmentStatusText } from './enrollment-detail';
import { contactStatusText, timelineText } from './timeline-text';

const step = (id: string) => `“${id}”`;

describe('the enrollment timeline in words', () => {
  it('says when a send went on with its outcome unknown, and that it was not sent again', () => {
    const entry = { seq: 3, at: '2026-12-01T14:00:00Z', type: 'activity' as const, stepId: 'sms-1', outcome: 'next' };
    expect(timelineText({ ...entry, detail: { channel: 'sms', outcomeUnknown: true } }, step)).toMatch(/^“sms-1” done: next \(outcome unknown: .*not sent again\)$/);
    expect(timelineText({ ...entry, detail: { channel: 'sms' } }, step)).toBe('“sms-1” done: next');
  });

  it("says which promise to pay a held message waits for, under the portfolio's policy", () => {
    const held = {
      seq: 9,
      at: '2026-11-27T15:00:00Z',
      type: 'waiting' as const,
      stepId: 'email-1',
      detail: { until: '2026-12-12T04:59:59.999Z', reason: 'promise_open', message: 'waiting: promise to pay of $50.00 due 2026-12-10 is open' },
    };
    expect(timelineText(held, step)).toMatch(/^“email-1” waiting: promise to pay of \$50\.00 due 2026-12-10 is open \(portfolio policy\): held until it is kept, or until /);
    expect(timelineText({ ...held, detail: { until: held.detail.until } }, step)).toMatch(/^Waiting at “email-1” until /);
  });

  it('names a contact whose outcome is unknown in words, and other statuses as they are', () => {
    expect(contactStatusText('outcome_unknown')).toMatch(/^outcome unknown: .*not sent again$/);
    expect(contactStatusText('delivered')).toBe('delivered');
  });

  it('says who paused and resumed an enrollment and why', () => {
    const at = '2026-12-01T14:00:00Z';
    expect(timelineText({ seq: 4, at, type: 'paused', stepId: 'wait-3d', detail: { by: 'sam@example.com', reason: 'incident' } }, step)).toBe('Paused at “wait-3d” by sam@example.com: incident');
    expect(timelineText({ seq: 5, at, type: 'resumed', stepId: 'wait-3d', detail: { by: 'sam@example.com', pausedAt: at } }, step)).toBe('Resumed at “wait-3d” by sam@example.com');
  });

  it('shows a paused enrollment as paused, with who and why, though it is still active', () => {
    const e = { status: 'active', exitReason: null, currentStepId: 'wait-3d' };
    expect(enrollmentStatusText({ ...e, paused: { by: 'sam@example.com', reason: 'incident' } })).toBe('Paused at wait-3d by sam@example.com: incident');
    expect(enrollmentStatusText({ ...e, paused: null })).toBe('Active, at wait-3d');
  });
});
