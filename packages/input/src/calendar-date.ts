// A day on the calendar as YYYY-MM-DD. The shape alone lets 2026-02-30 and 2026-13-01 through,
// and such a date breaks later (a promise due on a day that never comes is broken at once, a query
// casting it to a date fails), so the day must exist. zod's ISO date knows month lengths and leap years.
import { z } from 'zod';

export const CALENDAR_DATE_MESSAGE = 'must be a real calendar date as YYYY-MM-DD, e.g. 2026-03-02';

/** A date that exists on the calendar, written YYYY-MM-DD. */
export const calendarDate = () => z.iso.date({ error: CALENDAR_DATE_MESSAGE });

/** True when `text` is YYYY-MM-DD and that day exists. */
export const isCalendarDate = (text: string): boolean => calendarDate().safeParse(text).success;
