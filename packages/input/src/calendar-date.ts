// Days and instants as they enter Kairos. The shape alone lets 2026-02-30 and 2026-13-01 through,
// and such a date breaks later (a promise due on a day that never comes is broken at once, a query
// casting it to a date fails); zod's ISO formats know month lengths and leap years. Years are held
// to a span that collections can mean and every layer can store: Postgres has no year 0, and a
// payment in the year 1 or 9999 is a typo that would stretch every report over millennia.
import { z } from 'zod';

export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2999;

export const CALENDAR_DATE_MESSAGE = `must be a real calendar date as YYYY-MM-DD between ${EARLIEST_YEAR} and ${LATEST_YEAR}, e.g. 2026-03-02`;
export const INSTANT_MESSAGE = `must be an ISO-8601 instant with its offset, such as 2026-03-02T13:05:00Z, between ${EARLIEST_YEAR} and ${LATEST_YEAR}`;

const inYears = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR;

/** A date that exists on the calendar, written YYYY-MM-DD, between EARLIEST_YEAR and LATEST_YEAR. */
export const calendarDate = () =>
  z.iso.date({ error: CALENDAR_DATE_MESSAGE, abort: true }).refine((d) => inYears(Number(d.slice(0, 4))), { message: CALENDAR_DATE_MESSAGE });

/** An instant that exists, with its UTC offset (`Z` or `+02:00`), falling between EARLIEST_YEAR and LATEST_YEAR in UTC. */
export const instant = () =>
  z.iso.datetime({ offset: true, error: INSTANT_MESSAGE, abort: true }).refine((t) => inYears(new Date(t).getUTCFullYear()), { message: INSTANT_MESSAGE });

/** True when `text` is YYYY-MM-DD of a day that exists, within the years Kairos accepts. */
export const isCalendarDate = (text: string): boolean => calendarDate().safeParse(text).success;

/** True when `text` is an instant `instant()` accepts. */
export const isInstant = (text: string): boolean => instant().safeParse(text).success;
