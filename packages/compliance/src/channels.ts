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

// The consumer's week and wall-clock words live below compliance too (account facts spell them).
export { clockTimeSchema, minutesOf, weekdaySchema, WEEKDAYS, type Weekday } from '@kairos/channels';
