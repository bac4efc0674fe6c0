import { describe, expect, it } from 'vitest';
import { originsText } from './account-origins';

describe('who handed someone their account, in words', () => {
  it('names the admin, the demo setup, or says nothing is recorded', () => {
    expect(originsText([{ how: 'invited', byId: 'u-ada', byName: 'Ada Admin' }])).toBe('Invited by Ada Admin');
    expect(originsText([{ how: 'created', byId: 'seed', byName: null }])).toBe('Created by the demo setup');
    expect(originsText([])).toBe('Not recorded');
  });

  it('lists a password reset after how the account began', () => {
    expect(
      originsText([
        { how: 'created', byId: 'u-ada', byName: 'Ada Admin' },
        { how: 'password_reset', byId: 'u-old', byName: null },
      ]),
    ).toBe('Created by Ada Admin; password reset through a link from someone no longer here (u-old)');
  });
});
