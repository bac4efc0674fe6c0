import { describe, expect, it } from 'vitest';
import { currencyDecimals, readAmount, readBoolean, readDate, readPhone, readTimeZone } from './cell-formats';

describe('reading an amount', () => {
  it('reads grouped and plain decimals into minor units of the currency', () => {
    expect(readAmount('1,234.56', 'decimal', 'USD')).toEqual({ ok: true, value: 123456 });
    expect(readAmount('1234.5', 'decimal', 'USD')).toEqual({ ok: true, value: 123450 });
    expect(readAmount('$12', 'decimal', 'USD')).toEqual({ ok: true, value: 1200 });
    expect(readAmount('1.234,56', 'decimal-comma', 'EUR')).toEqual({ ok: true, value: 123456 });
    expect(readAmount('123456', 'minor-units', 'USD')).toEqual({ ok: true, value: 123456 });
    expect(readAmount('1,500', 'decimal', 'JPY')).toEqual({ ok: true, value: 1500 });
  });

  it("refuses more decimals than the currency has, negatives and misplaced group separators, saying what to write", () => {
    expect(currencyDecimals('JPY')).toBe(0);
    expect(readAmount('12.345', 'decimal', 'USD')).toEqual({ ok: false, message: 'has 3 decimals; USD amounts have at most 2' });
    expect(readAmount('10.5', 'decimal', 'JPY')).toMatchObject({ ok: false, message: expect.stringContaining('at most 0') });
    expect(readAmount('-40.00', 'decimal', 'USD')).toMatchObject({ ok: false, message: expect.stringContaining('negative') });
    expect(readAmount('(40.00)', 'decimal', 'USD')).toMatchObject({ ok: false, message: expect.stringContaining('negative') });
    expect(readAmount('12,34.00', 'decimal', 'USD')).toMatchObject({ ok: false, message: expect.stringContaining('1,234.56') });
    expect(readAmount('12.50', 'minor-units', 'USD')).toMatchObject({ ok: false, message: expect.stringContaining('whole number of minor units') });
  });
});

describe('reading a date', () => {
  it('reads each format into YYYY-MM-DD', () => {
    expect(readDate('2026-03-31', 'YYYY-MM-DD')).toEqual({ ok: true, value: '2026-03-31' });
    expect(readDate('3/1/2026', 'MM/DD/YYYY')).toEqual({ ok: true, value: '2026-03-01' });
    expect(readDate('3/1/2026', 'DD/MM/YYYY')).toEqual({ ok: true, value: '2026-01-03' });
    expect(readDate('29.02.2028', 'DD/MM/YYYY')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('refuses days that do not exist, two-digit years and other shapes', () => {
    expect(readDate('02/30/2026', 'MM/DD/YYYY')).toEqual({ ok: false, message: 'is not a real calendar date (read as MM/DD/YYYY)' });
    expect(readDate('13/01/2026', 'MM/DD/YYYY').ok).toBe(false);
    expect(readDate('2026-02-29', 'YYYY-MM-DD').ok).toBe(false);
    expect(readDate('06/01/26', 'MM/DD/YYYY')).toMatchObject({ ok: false, message: expect.stringContaining('four digits') });
    expect(readDate('March 3', 'MM/DD/YYYY')).toMatchObject({ ok: false, message: expect.stringContaining('03/31/2026') });
  });
});

describe('reading a phone number', () => {
  it('writes it in E.164, reading numbers without a country code as of the default country', () => {
    expect(readPhone('(212) 555-0101', 'US')).toEqual({ ok: true, value: '+12125550101' });
    expect(readPhone('+44 20 7946 0958', 'US')).toEqual({ ok: true, value: '+442079460958' });
    expect(readPhone('020 7946 0958', 'GB')).toEqual({ ok: true, value: '+442079460958' });
  });

  it('refuses numbers that cannot exist', () => {
    expect(readPhone('555-0105', 'US')).toMatchObject({ ok: false, message: expect.stringContaining('not a valid phone number for US') });
    expect(readPhone('555-123-4567', 'US').ok).toBe(false);
  });
});

describe('reading time zones and yes/no', () => {
  it('reads IANA zones and US abbreviations, and refuses others', () => {
    expect(readTimeZone('America/Chicago')).toEqual({ ok: true, value: 'America/Chicago' });
    expect(readTimeZone('pt')).toEqual({ ok: true, value: 'America/Los_Angeles' });
    expect(readTimeZone('Moon/Base').ok).toBe(false);
  });

  it('reads the ways systems write yes and no', () => {
    expect(['Y', 'yes', 'TRUE', '1', 'opt in'].map((v) => readBoolean(v))).toEqual(Array(5).fill({ ok: true, value: true }));
    expect(['N', 'no', 'false', '0', 'opted out'].map((v) => readBoolean(v))).toEqual(Array(5).fill({ ok: true, value: false }));
    expect(readBoolean('maybe')).toMatchObject({ ok: false, message: expect.stringContaining('yes or no') });
  });
});
