import { expect, it } from 'vitest';
import { complianceChannel } from './channels';

it('reads a voice step as a call and keeps compliance names, and has no rules for other names', () => {
  expect(['sms', 'email', 'voice', 'call', 'voicemail', 'whatsapp', 'push', 'letter'].map(complianceChannel)).toEqual([
    'sms', 'email', 'call', 'call', 'voicemail', 'whatsapp', 'push', 'letter',
  ]);
  expect(complianceChannel('fax')).toBeUndefined();
  expect(complianceChannel('constructor')).toBeUndefined();
});
