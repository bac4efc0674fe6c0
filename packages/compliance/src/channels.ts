// The words a compliance decision is made of: channels, outcomes of past attempts, weekdays.
import { z } from 'zod';
import { contactChannelSchema, type ContactChannel } from '@kairos/channels';

// The channel constant and each channel's properties live in @kairos/channels, below compliance and cadences.
export { complianceChannel, CONTACT_CHANNEL_PROPERTIES, TELEPHONE_CHANNELS } from '@kairos/channels';
export const channelSchema = contactChannelSchema;
export type Channel = ContactChannel;
export const CHANNELS: readonly Channel[] = channelSchema.options;

export const outcomeSchema = z.enum(['no_answer', 'conversation', 'voicemail', 'busy', 'delivered', 'failed']);
export type Outcome = z.output<typeof outcomeSchema>;

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
