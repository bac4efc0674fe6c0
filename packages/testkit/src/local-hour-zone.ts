// Tests of sends need to know the consumer's local time: contact is allowed only between 08:00 and
// 21:00 there. The clock of a test run is whatever it is, so tests choose the zone instead.

/**
 * A fixed-offset IANA zone (Etc/GMT±N, no daylight saving) where the local hour is `hour` at
 * `now`. Etc/GMT+N is UTC-N, as POSIX has it.
 */
export function zoneWhereItIs(hour: number, now = new Date()): string {
  let offset = hour - now.getUTCHours(); // local hour = UTC hour + offset
  if (offset > 14) offset -= 24;
  if (offset < -12) offset += 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** A zone where it is early afternoon now: sends are allowed for the next eight hours. */
export const afternoonZone = (now = new Date()) => zoneWhereItIs(13, now);
