// @kairos/input: the zod primitives every boundary of Kairos uses for what comes from outside:
// text without control characters, dates that exist, JSON that can be stored.
export { safeText, hasControlCharacter, ONE_LINE_MESSAGE, MULTI_LINE_MESSAGE } from './safe-text';
export { calendarDate, instant, isCalendarDate, isInstant, CALENDAR_DATE_MESSAGE, INSTANT_MESSAGE, EARLIEST_YEAR, LATEST_YEAR } from './calendar-date';
export { jsonShapeIssue, storableJsonObject, unstorableText, MAX_CONFIG_DEPTH, type JsonPath, type JsonShapeIssue } from './json-shape';
