import { describe, expect, it } from 'vitest';
import { accountSnapshotSchema, promiseEventSchema } from './account';

const dana = { id: 'A-1', name: 'Dana Smith', balanceCents: 12_345, dueDate: '2026-11-01' };
const fieldsAtFault = (input: unknown) => {
  const parsed = accountSnapshotSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('an account as other systems send it', () => {
  it('has a due date that exists on the calendar', () => {
    expect(fieldsAtFault(dana)).toEqual([]);
    expect(fieldsAtFault({ ...dana, dueDate: '2026-02-30' })).toEqual(['dueDate']);
    expect(fieldsAtFault({ ...dana, dueDate: '2026-13-01' })).toEqual(['dueDate']);
    expect(fieldsAtFault({ ...dana, dueDate: '2028-02-29' })).toEqual([]);
  });

  it('names a NUL or control character in its id, name or attributes', () => {
    expect(fieldsAtFault({ ...dana, id: 'A\u00001' })).toEqual(['id']);
    expect(fieldsAtFault({ ...dana, name: 'Dana\u0000' })).toEqual(['name']);
    expect(fieldsAtFault({ ...dana, attributes: { tier: 'gold\u0000' } })).toEqual(['attributes.tier']);
    expect(fieldsAtFault({ ...dana, attributes: { ['ti\u0000er']: 'gold' } })).toEqual(['attributes.ti\u0000er']);
  });

  it('keeps attribute values to one short line: the tier keys every analytics rollup', () => {
    expect(fieldsAtFault({ ...dana, attributes: { tier: 'gold', segment: 'x'.repeat(200) } })).toEqual([]);
    expect(fieldsAtFault({ ...dana, attributes: { tier: '金'.repeat(201) } })).toEqual(['attributes.tier']);
    expect(fieldsAtFault({ ...dana, attributes: { note: 'two\nlines' } })).toEqual(['attributes.note']);
  });

  it('refuses consent to a channel that does not exist rather than recording nothing', () => {
    expect(fieldsAtFault({ ...dana, consents: { sms: true, text: true } })).toEqual(['consents']);
  });
});

describe('a promise to pay', () => {
  it('is for a day that exists, so it cannot be broken the moment it is made', () => {
    const promise = { type: 'promise', eventId: 'p-1', occurredAt: '2026-02-01T12:00:00Z', amountCents: 5_000 };
    expect(promiseEventSchema.safeParse({ ...promise, promisedDate: '2026-02-28' }).success).toBe(true);
    const bad = promiseEventSchema.safeParse({ ...promise, promisedDate: '2026-02-31' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['promisedDate', expect.stringMatching(/real calendar date/)]]);
  });
});
