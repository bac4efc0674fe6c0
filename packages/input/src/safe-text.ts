// Text that people and systems send us ends up in Postgres, logs, CSV exports and messages. NUL
// cannot be stored at all (Postgres refuses it in text and jsonb), and other control characters
// only ever arrive by mistake or malice, so both are refused at the boundary with a message that
// names the field, instead of failing later inside a query.
import { z } from 'zod';

// C0 controls, DEL and C1 controls; the multi-line kind keeps tab, line feed and carriage return.
// Matching control characters is the point of these patterns.
/* eslint-disable no-control-regex */
const ONE_LINE = /^[^\u0000-\u001F\u007F-\u009F]*$/;
const MULTI_LINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
/* eslint-enable no-control-regex */

export const ONE_LINE_MESSAGE = 'must be one line of text without control characters (NUL, tabs, line breaks)';
export const MULTI_LINE_MESSAGE = 'must not contain control characters such as NUL (\\u0000); tabs and line breaks are fine';

/** True when `text` holds a character no text field accepts (tabs and line breaks pass with `multiline`). */
export const hasControlCharacter = (text: string, opts: { multiline?: boolean } = {}): boolean => !(opts.multiline ? MULTI_LINE : ONE_LINE).test(text);

/**
 * A string without control characters: for names, ids, labels and other one-line text. With
 * `multiline`, tabs and line breaks are allowed (templates, notes, comments). The rule is a
 * `pattern` in JSON Schema, so the API reference and generated clients see it too.
 */
export const safeText = (opts: { multiline?: boolean } = {}) =>
  opts.multiline ? z.string().regex(MULTI_LINE, MULTI_LINE_MESSAGE) : z.string().regex(ONE_LINE, ONE_LINE_MESSAGE);
