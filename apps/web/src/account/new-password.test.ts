import { describe, expect, it } from 'vitest';
import { newPasswordProblems } from './new-password';

describe('a new password', () => {
  it('needs 12 to 128 characters, saying how many there are', () => {
    expect(newPasswordProblems({ password: 'short', repeat: 'short' })).toEqual({ password: expect.stringMatching(/^Use at least 12 characters \(5 now\)/) });
    expect(newPasswordProblems({ password: 'x'.repeat(129), repeat: 'x'.repeat(129) })).toEqual({ password: 'Use at most 128 characters.' });
  });

  it('must be typed twice alike', () => {
    expect(newPasswordProblems({ password: 'a long enough one', repeat: 'a long enough on' })).toEqual({ repeat: 'Type the same password again: the two differ.' });
    expect(newPasswordProblems({ password: 'a long enough one', repeat: 'a long enough one' })).toEqual({});
  });
});
