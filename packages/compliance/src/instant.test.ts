import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant';
import { dayNumber, isoDay } from '@kairos/channels/zone-clock';

const instants = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });

describe('instant reading', () => {
  it('reads UTC instants exactly as Date.parse does, with and without fractions', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(0, 1, 3, 6), (ms, digits) => {
        const full = new Date(ms).toISOString(); // 2026-03-02T13:05:00.123Z
        const text = digits === 0 ? `${full.slice(0, 19)}Z` : `${full.slice(0, 20)}${full.slice(20, 23).padEnd(digits, '7').slice(0, digits)}Z`;
        expect(parseInstant(text)).toBe(Date.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('falls back to Date.parse for instants with an offset', () => {
    expect(parseInstant('2026-03-02T08:05:00-05:00')).toBe(Date.parse('2026-03-02T13:05:00Z'));
  });

  it('names calendar days as Date does, and back', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const day = Math.floor(ms / 86_400_000);
        expect(isoDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(isoDay(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
