// The ways Kairos reaches a consumer, spelled out once. A cadence step sends on a channel; compliance
// judges the contact in the law's words (a `voice` step places a call, a voicemail drop is one too).
// Each channel declares what the law sees in it, so compliance reads its properties instead of lists.
import { z } from 'zod';

/** The channels a send step, a provider and a portfolio's routing name. */
export const sendChannelSchema = z.enum(['sms', 'email', 'voice', 'whatsapp', 'push', 'letter']);
export type SendChannel = z.output<typeof sendChannelSchema>;
export const SEND_CHANNELS: readonly SendChannel[] = sendChannelSchema.options;

/** The channels in the words of compliance: contact history, opt-outs and profiles' rules name these. */
export const contactChannelSchema = z.enum(['call', 'sms', 'email', 'voicemail', 'whatsapp', 'push', 'letter']);
export type ContactChannel = z.output<typeof contactChannelSchema>;
export const CONTACT_CHANNELS: readonly ContactChannel[] = contactChannelSchema.options;

/** What the law sees in a contact: a telephone call, a text, an electronic written message, or paper. */
export type ContactForm = 'call' | 'text' | 'written' | 'notification' | 'paper';

export interface ContactChannelProperties {
  form: ContactForm;
  /**
   * Places a telephone call (Reg F call frequency, TCPA consent). A voicemail drop lands in the
   * consumer's telephone voicemail box, so it is treated as a call: the cautious reading, since the
   * ringless-voicemail question has been argued both ways.
   */
  telephone: boolean;
  /** An electronic communication (Reg F 1006.6(e)): it must say how to opt out of it. */
  electronic: boolean;
}

export const CONTACT_CHANNEL_PROPERTIES: Readonly<Record<ContactChannel, ContactChannelProperties>> = {
  call: { form: 'call', telephone: true, electronic: false },
  voicemail: { form: 'call', telephone: true, electronic: false },
  sms: { form: 'text', telephone: false, electronic: true },
  whatsapp: { form: 'text', telephone: false, electronic: true },
  email: { form: 'written', telephone: false, electronic: true },
  push: { form: 'notification', telephone: false, electronic: true },
  letter: { form: 'paper', telephone: false, electronic: false },
};

/** Each send channel's name in the words of compliance. */
export const COMPLIANCE_CHANNEL_OF_SEND: Readonly<Record<SendChannel, ContactChannel>> = {
  sms: 'sms',
  email: 'email',
  voice: 'call',
  whatsapp: 'whatsapp',
  push: 'push',
  letter: 'letter',
};

/** Channels that place a telephone call. */
export const TELEPHONE_CHANNELS: readonly ContactChannel[] = CONTACT_CHANNELS.filter((c) => CONTACT_CHANNEL_PROPERTIES[c].telephone);

/**
 * A step's or stored attempt's channel in the words of compliance: a `voice` step places a call;
 * compliance's own names stand for themselves. Undefined for a name compliance has no rules for.
 */
export function complianceChannel(name: string): ContactChannel | undefined {
  if (Object.hasOwn(COMPLIANCE_CHANNEL_OF_SEND, name)) return COMPLIANCE_CHANNEL_OF_SEND[name as SendChannel];
  return (CONTACT_CHANNELS as readonly string[]).includes(name) ? (name as ContactChannel) : undefined;
}
