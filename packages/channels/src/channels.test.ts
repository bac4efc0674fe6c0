import { describe, expect, it } from 'vitest';
import { complianceChannel, CONTACT_CHANNEL_PROPERTIES, CONTACT_CHANNELS, SEND_CHANNELS, TELEPHONE_CHANNELS } from './channels';

describe('the channel constant', () => {
  it('names every send channel in the words of compliance, a voice step as a call', () => {
    expect(SEND_CHANNELS.map((c) => complianceChannel(c))).toEqual(['sms', 'email', 'call', 'whatsapp', 'push', 'letter']);
  });

  it("keeps compliance's own words and knows nothing else", () => {
    for (const c of CONTACT_CHANNELS) expect(complianceChannel(c)).toBe(c);
    expect(complianceChannel('fax')).toBeUndefined();
    expect(complianceChannel('toString')).toBeUndefined();
  });

  it('treats a voicemail drop as a telephone call, and the texts, email and push as electronic messages', () => {
    expect(TELEPHONE_CHANNELS).toEqual(['call', 'voicemail']);
    expect(CONTACT_CHANNELS.filter((c) => CONTACT_CHANNEL_PROPERTIES[c].electronic)).toEqual(['sms', 'email', 'whatsapp', 'push']);
  });
});
