// United States: Regulation F (12 CFR part 1006, FDCPA) and the TCPA, as an engineering encoding
// reviewed by compliance officers; not legal advice.
import { ceaseCommunicationRule, channelOptOutRule, openDisputeRule, wirelessConsentRule } from '../account-rules';
import { TELEPHONE_CHANNELS } from '../channels';
import { afterConversationRule } from '../contact-caps';
import { defineComplianceProfile } from '../profile';
import { REG_F_RULES } from '../rule-ids';

const everyDay = '08:00-21:00';

export const usRegF = defineComplianceProfile({
  id: 'us-reg-f',
  title: 'United States: Regulation F (FDCPA) and TCPA',
  note:
    'Convenient hours are read as 08:00 inclusive to 21:00 exclusive at every possible location of the consumer. ' +
    'Calls per debt: this engine is asked per account and treats one account as one debt.',
  // 1006.6(b)(1)(i): "after 8:00 a.m. and before 9:00 p.m." local time, every day of the week.
  // Letters are exempt: the rule governs when the consumer is reached, and a letter is mailed,
  // not delivered at a moment we choose (calendarExemptChannels keeps its default, ['letter']).
  hours: { 'sun-sat': everyDay },
  caps: [
    {
      // 1006.14(b)(2)(i)(A): at most seven calls within seven consecutive days. Calls that do not
      // connect to the dialed number are excluded (1006.14(b)(3)(ii)): busy and failed. Unanswered
      // calls, conversations and calls that leave a voicemail count. Calls placed with the
      // consumer's prior consent given directly within the last seven days (1006.14(b)(3)(i),
      // `account.callConsentAt`, its date day 1) neither count nor are capped. Calls to the persons
      // of 1006.6(d)(1)(i)-(iv) cannot be expressed by the request, so they count: the cautious side.
      channel: [...TELEPHONE_CHANNELS],
      max: 7,
      windowDays: 7,
      rule: REG_F_RULES.callFrequency,
      countOutcomes: ['no_answer', 'conversation', 'voicemail', 'delivered'],
      consentExemptDays: 7,
    },
  ],
  ruleIds: { hours: REG_F_RULES.hours, inconvenientTimes: REG_F_RULES.inconvenientTime },
  timeRules: [afterConversationRule(REG_F_RULES.afterConversation, 7, 7)],
  // Order decides which block is reported first; every blocking reason is listed.
  accountRules: [
    ceaseCommunicationRule(REG_F_RULES.ceaseCommunication),
    openDisputeRule(REG_F_RULES.openDispute),
    channelOptOutRule({ electronic: REG_F_RULES.electronicOptOut, medium: REG_F_RULES.mediumOptOut }),
    wirelessConsentRule(REG_F_RULES.tcpaConsent),
  ],
});
