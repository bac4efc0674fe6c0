// The compliance facts Kairos keeps on an account (declared in @kairos/channels, below cadences and
// compliance) and how a decision reads them, with the contact history: `evaluationAccountOf`.
import type { AccountCompliance } from '@kairos/channels';
import type { AccountState } from './request';

export {
  accountComplianceSchema,
  accountCompliancePatchSchema,
  defaultAccountCompliance,
  type AccountCompliance,
  type AccountComplianceInput,
  type AccountCompliancePatch,
} from '@kairos/channels';

/**
 * The account part of an evaluation request from stored facts. `consents` are the account's
 * per-channel consents: `voice` is the prior express consent to autodialed or prerecorded calls.
 */
export function evaluationAccountOf(
  facts: AccountCompliance,
  account: { timezone: string; consents: { sms?: boolean; voice?: boolean } },
): AccountState {
  const timezones = [account.timezone, ...facts.timezones.filter((z) => z !== account.timezone)];
  return {
    timezones,
    phoneType: facts.phoneType,
    consents: {
      ...(account.consents.voice !== undefined ? { autodialedCalls: account.consents.voice } : {}),
      ...(account.consents.sms !== undefined ? { sms: account.consents.sms } : {}),
    },
    optOuts: facts.optOuts,
    ceaseCommunication: facts.ceaseCommunication,
    dispute: facts.dispute,
    inconvenientTimes: facts.inconvenientTimes,
    ...(facts.callConsentAt ? { callConsentAt: facts.callConsentAt } : {}),
  };
}
