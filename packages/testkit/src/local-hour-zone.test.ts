import { expect, it } from 'vitest';
import { zoneWhereItIs } from './local-hour-zone';

it('picks a zone where the local hour is the one asked for, at any hour of the day', () => {
  for (let utc = 0; utc < 24; utc++) {
    const now = new Date(Date.UTC(2026, 2, 2, utc, 30));
    for (const hour of [3, 13, 22]) {
      const zone = zoneWhereItIs(hour, now);
      const local = Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(now));
      expect(local, `${zone} at ${now.toISOString()}`).toBe(hour);
    }
  }
});
