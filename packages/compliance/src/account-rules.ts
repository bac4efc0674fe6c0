// Rules on the account's standing: waiting does not cure them, so they block.
import type { Channel } from './channels';
import type { AccountFinding, AccountRule } from './rule-types';

const ELECTRONIC: ReadonlySet<Channel> = new Set(['email', 'sms', 'whatsapp', 'push']);

/**
 * An opt-out from a medium takes effect at once for that medium. Mapping of opt-outs to channels:
 * - every channel listed is blocked;
 * - a `call` opt-out also blocks `voicemail`: a voicemail drop uses the same medium (the
 *   consumer's telephone), and "stop calling me" must not be read as "but voicemails are fine";
 * - a `voicemail` opt-out blocks voicemail drops only; a call stays allowed, with a note telling
 *   the dialer not to leave a message;
 * - `sms` and `whatsapp` are different media (carrier text vs. an app) and stay separate.
 * Electronic media cite the opt-out rule for electronic communications, others the medium rule.
 */
export function channelOptOutRule(ids: { electronic: string; medium: string }): AccountRule {
  return {
    ids: [...new Set([ids.electronic, ids.medium])],
    check: (ctx): AccountFinding | null => {
      const optOuts = ctx.account.optOuts;
      const rule = ELECTRONIC.has(ctx.channel) ? ids.electronic : ids.medium;
      if (optOuts.includes(ctx.channel)) {
        return { verdict: 'block', rule, reason: `the consumer opted out of ${ctx.channel}: that medium may not be used` };
      }
      if (ctx.channel === 'voicemail' && optOuts.includes('call')) {
        return { verdict: 'block', rule, reason: 'the consumer opted out of calls: a voicemail drop reaches the same telephone' };
      }
      if (ctx.channel === 'call' && optOuts.includes('voicemail')) {
        return { verdict: 'note', rule, reason: 'the consumer opted out of voicemail: do not leave a message on this call' };
      }
      return null;
    },
  };
}

/** After a written cease-communication request, nothing this engine sends is a permitted notice. */
export function ceaseCommunicationRule(rule: string): AccountRule {
  return {
    ids: [rule],
    check: (ctx) =>
      ctx.account.ceaseCommunication
        ? {
            verdict: 'block',
            rule,
            reason:
              'the consumer asked in writing to cease communication: only the permitted notices of 1006.6(c)(2) ' +
              '(confirming that collection stops, or notifying of a specific remedy) may follow; those letters are out ' +
              'of scope of this input, so every channel is blocked',
          }
        : null,
  };
}

/** A timely dispute stops collection until verification is provided. */
export function openDisputeRule(rule: string): AccountRule {
  return {
    ids: [rule],
    check: (ctx) => {
      const dispute = ctx.account.dispute;
      if (dispute.status !== 'open') return null;
      const since = dispute.openedAt ? ` since ${dispute.openedAt}` : '';
      return {
        verdict: 'block',
        rule,
        reason: `the debt is disputed${since}: collection stops until verification is provided (dispute status "verified")`,
      };
    },
  };
}

/**
 * TCPA: an autodialed or prerecorded call (and a text, which the FCC treats as a call) to a
 * wireless number needs the called party's prior express consent. Every call, voicemail drop and
 * text this platform places is machine-initiated, so all of them are treated as autodialed. An
 * unknown line type is treated as wireless. Email, push and letters are outside the TCPA.
 */
export function wirelessConsentRule(rule: string): AccountRule {
  return {
    ids: [rule],
    check: (ctx) => {
      const { phoneType, consents } = ctx.account;
      if (phoneType === 'landline') return null;
      const line = phoneType === 'mobile' ? 'a mobile number' : 'a number of unknown type (treated as mobile)';
      if ((ctx.channel === 'call' || ctx.channel === 'voicemail') && consents.autodialedCalls !== true) {
        return { verdict: 'block', rule, reason: `no prior express consent to autodialed or prerecorded calls to ${line}` };
      }
      if ((ctx.channel === 'sms' || ctx.channel === 'whatsapp') && consents.sms !== true) {
        return { verdict: 'block', rule, reason: `no prior express consent to automated texts to ${line}` };
      }
      return null;
    },
  };
}
