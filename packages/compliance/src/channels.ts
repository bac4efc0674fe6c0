// The words a compliance decision is made of: channels, outcomes of past attempts, weekdays.
import { z } from 'zod';

export const channelSchema = z.enum(['call', 'sms', 'email', 'voicemail', 'whatsapp', 'push', 'letter']);
export type Channel = z.output<typeof channelSchema>;
export const CHANNELS: readonly Channel[] = channelSchema.options;

export const outcomeSchema = z.enum(['no_answer', 'conversation', 'voicemail', 'busy', 'delivered', 'failed']);
export type Outcome = z.output<typeof outcomeSchema>;

/**
 * Channels that place a telephone call. A voicemail drop lands in the consumer's telephone
 * voicemail box, so it is treated as a call (Reg F call frequency, TCPA consent): the cautious
 * reading, since the ringless-voicemail question has been argued both ways.
 */
export const TELEPHONE_CHANNELS: readonly Channel[] = ['call', 'voicemail'];

/**
 * A step's or stored attempt's channel in the words of compliance: a `voice` step places a call;
 * compliance's own names stand for themselves. Undefined for a name compliance has no rules for.
 */
const COMPLIANCE_CHANNEL_OF: Readonly<Record<string, Channel>> = {
  sms: 'sms',
  email: 'email',
  voice: 'call',
  call: 'call',
  voicemail: 'voicemail',
  whatsapp: 'whatsapp',
  push: 'push',
  letter: 'letter',
};
export const complianceChannel = (name: string): Channel | undefined =>
  Object.hasOwn(COMPLIANCE_CHANNEL_OF, name) ? COMPLIANCE_CHANNEL_OF[name] : undefined;

/** Outcomes of a call that never connected to the dialed number (Reg F 1006.14(b)(3)(ii)). */
export const NOT_CONNECTED_OUTCOMES: readonly Outcome[] = ['busy', 'failed'];

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
