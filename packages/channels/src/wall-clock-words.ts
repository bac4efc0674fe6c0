// The consumer's week and wall-clock times, as account facts and compliance profiles spell them.
import { z } from 'zod';

/** Index = JavaScript's getDay(): 0 is Sunday. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.output<typeof weekdaySchema>;

/** `HH:MM` from 00:00 to 24:00 as minutes after local midnight. */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a local time as HH:MM between 00:00 and 24:00');

export function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** A span the consumer said is inconvenient, on their wall clock. `from` > `to` runs past midnight. */
export const inconvenientTimeSchema = z
  .object({
    /** Days on which the span starts; omitted means every day. */
    days: z.array(weekdaySchema).min(1, 'must list at least one day (or be omitted for every day)').default([...WEEKDAYS]),
    from: clockTimeSchema,
    to: clockTimeSchema,
  })
  .refine((t) => t.from !== t.to, { message: 'from and to must differ', path: ['to'] });
export type InconvenientTime = z.output<typeof inconvenientTimeSchema>;
