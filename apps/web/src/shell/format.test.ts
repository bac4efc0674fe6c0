import { describe, expect, it } from 'vitest';
import { formatCents, minorDigits } from './format';

describe('money in the UI', () => {
  it("reads minor units with the currency's own decimals", () => {
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('BHD'), minorDigits('not a code')]).toEqual([2, 0, 3, 2]);
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    expect(plain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'JPY' }).format(700))).toBe(plain(formatCents(700, 'JPY')));
    expect(plain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(7))).toBe(plain(formatCents(700, 'USD')));
    expect(plain(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'BHD' }).format(0.7))).toBe(plain(formatCents(700, 'BHD')));
  });
});
