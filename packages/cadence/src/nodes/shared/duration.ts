import { z } from 'zod';

/** A non-zero span of days/hours/minutes, as strategists write waits. */
export const durationSchema = z
  .object({
    days: z.number().int().min(0).max(3650).default(0),
    hours: z.number().int().min(0).max(23 * 365).default(0),
    minutes: z.number().int().min(0).max(59 * 24 * 365).default(0),
  })
  .refine((d) => d.days + d.hours + d.minutes > 0, { message: 'duration must be longer than zero' });

export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time as HH:MM (24-hour)');

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
