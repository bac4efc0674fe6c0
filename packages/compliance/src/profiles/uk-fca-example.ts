// EXAMPLE ONLY, not legal advice and not a statement of UK law: a custom profile showing the
// machinery (weekday hours, per-channel caps, holidays). A firm writes its own with its
// compliance officers, citing its own policy and the FCA's CONC 7 guidance.
import { channelOptOutRule, ceaseCommunicationRule, openDisputeRule } from '../account-rules';
import { defineComplianceProfile } from '../profile';

export const ukFcaExample = defineComplianceProfile({
  id: 'uk-fca-example',
  title: 'EXAMPLE custom profile (UK-style firm policy); not legal advice',
  note: 'Illustrates hours by weekday, caps per channel and bank holidays. Not reviewed against FCA rules.',
  hours: { 'mon-fri': '08:00-21:00', sat: '09:00-17:00', sun: 'closed' },
  caps: [
    { channel: 'sms', max: 3, windowDays: 7 },
    { channel: ['call', 'voicemail'], max: 3, windowDays: 7 },
    { channel: 'email', max: 5, windowDays: 7 },
  ],
  // Bank holidays in England and Wales, 2026.
  holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  accountRules: [
    ceaseCommunicationRule('uk-fca-example.stop-request'),
    openDisputeRule('uk-fca-example.dispute'),
    channelOptOutRule({ electronic: 'uk-fca-example.opt-out', medium: 'uk-fca-example.opt-out' }),
  ],
});
