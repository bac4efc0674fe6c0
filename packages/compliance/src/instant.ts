// Reading ISO-8601 instants on the hot path: Date.parse costs more than the rest of a decision,
// so the common UTC form (`2026-03-02T13:05:00Z`, optional fraction) is read by hand.

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/** Milliseconds since the epoch of an ISO-8601 instant (already validated by the request schema). */
export function parseInstant(iso: string): number {
  const n = iso.length;
  if (n >= 20 && iso.charCodeAt(n - 1) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */ && (n === 20 || iso.charCodeAt(19) === 46) /* . */) {
    let ms = 0;
    // Fraction: keep milliseconds, truncate finer digits.
    for (let i = 20, scale = 100; i < n - 1 && scale >= 1; i++, scale /= 10) ms += digit(iso, i) * scale;
    const days = daysFromCivil(two(iso, 0) * 100 + two(iso, 2), two(iso, 5), two(iso, 8));
    return days * 86_400_000 + two(iso, 11) * 3_600_000 + two(iso, 14) * 60_000 + two(iso, 17) * 1000 + ms;
  }
  return Date.parse(iso);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
