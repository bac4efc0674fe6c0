// The scenario table: each row is a request body, the words of the rule it exercises, and the
// decision the rule's text requires. It is data, run against `decideContact` here and against
// POST /api/v1/compliance/evaluate by the API's tests. Instants are UTC; 2026-03-02 is a Monday,
// America/New_York springs forward on 2026-03-08 and falls back on 2026-11-01.
import type { EvaluationRequestInput } from './request';
import { REG_F_RULES as REG_F, ENGINE_RULES } from './rule-ids';

export interface ComplianceScenario {
  name: string;
  /** The provision (and its words) the row checks. */
  cites: string;
  request: EvaluationRequestInput;
  expect: {
    decision: 'allow' | 'defer' | 'block';
    rule: string;
    /** Compare as instants (`Date.parse`), not as text: `…:00Z` equals `…:00.000Z`. */
    until?: string;
    /** Text one of the reasons must contain. */
    reason?: string;
  };
}

export interface MalformedScenario {
  name: string;
  body: unknown;
  /** Fields the issues must name (others may be named too). */
  fields: string[];
}

type AccountInput = EvaluationRequestInput['account'];
type AttemptInput = EvaluationRequestInput['history'][number];

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const LONDON = 'Europe/London';

/** A consenting New York mobile account with a clean record, contacted by call on Mon 2026-03-02 08:05 EST. */
function body(over: Partial<Omit<EvaluationRequestInput, 'account'>> & { account?: Partial<AccountInput> } = {}): EvaluationRequestInput {
  return {
    at: '2026-03-02T13:05:00Z',
    channel: 'call',
    profile: 'us-reg-f',
    history: [],
    ...over,
    account: {
      timezones: [NY],
      phoneType: 'mobile',
      consents: { autodialedCalls: true, sms: true },
      optOuts: [],
      ceaseCommunication: false,
      dispute: { status: 'none' },
      inconvenientTimes: [],
      ...over.account,
    },
  };
}

const attempts = (channel: AttemptInput['channel'], outcome: AttemptInput['outcome'], ats: string[]): AttemptInput[] =>
  ats.map((at) => ({ at, channel, outcome }));

/** Tue 2026-02-24 … Sun 2026-03-01, 10:00 EST each day: six unanswered calls. */
const sixCalls = attempts('call', 'no_answer', ['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'].map((d) => `${d}T15:00:00Z`));
/** The six, and a seventh at 08:01 on Mon 2026-03-02. */
const sevenCalls = [...sixCalls, { at: '2026-03-02T13:01:00Z', channel: 'call', outcome: 'no_answer' } as AttemptInput];
const weekend = [{ days: ['sat', 'sun'] as ('sat' | 'sun')[], from: '00:00', to: '24:00' }];
const hours = `${REG_F.hours} "after 8:00 a.m. and before 9:00 p.m. local time at the consumer's location"`;
const uncertain = `${REG_F.hours}, comment 3: location uncertain, "convenient in all of the locations"`;
const inconvenient = `${REG_F.inconvenientTime} a time "known or which should be known to be inconvenient"`;
const sevenInSeven = `${REG_F.callFrequency} "more than seven times within seven consecutive days"`;
const conversation = `${REG_F.afterConversation} "within a period of seven consecutive days after having had a telephone conversation"; the date of the conversation is the first day`;
const consent = `${REG_F.callFrequency} excluded by 1006.14(b)(3)(i): calls "placed to a person who has given the debt collector prior consent directly ... within a period of seven consecutive days"`;
const tcpa = `${REG_F.tcpaConsent} prior express consent for autodialed or prerecorded calls (and texts) to a wireless number`;

export const complianceScenarios: ComplianceScenario[] = [
  // --- 1006.6(b)(1)(i): convenient hours -------------------------------------------------------
  { name: 'a call at 08:05 local time is allowed', cites: hours, request: body(), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a call at exactly 08:00 local time is allowed', cites: hours, request: body({ at: '2026-03-02T13:00:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a call at 07:59 is deferred to 08:00 the same day', cites: hours, request: body({ at: '2026-03-02T12:59:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-02T13:00:00Z' } },
  { name: 'a call at 20:59 is allowed', cites: hours, request: body({ at: '2026-03-03T01:59:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a call at exactly 21:00 is deferred to 08:00 the next day', cites: hours, request: body({ at: '2026-03-03T02:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-03T13:00:00Z' } },
  { name: 'a text at 23:30 is deferred to 08:00 the next day', cites: hours, request: body({ channel: 'sms', at: '2026-03-03T04:30:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-03T13:00:00Z' } },
  { name: 'an email sent at 06:00 is a contact attempt and waits for 08:00', cites: hours, request: body({ channel: 'email', at: '2026-03-02T11:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-02T13:00:00Z' } },
  { name: 'a push notification at 22:00 waits for 08:00', cites: hours, request: body({ channel: 'push', at: '2026-03-03T03:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-03T13:00:00Z' } },
  { name: 'a WhatsApp message at 07:00 waits for 08:00', cites: hours, request: body({ channel: 'whatsapp', at: '2026-03-02T12:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-02T13:00:00Z' } },
  { name: 'a voicemail drop at 07:00 waits for 08:00', cites: hours, request: body({ channel: 'voicemail', at: '2026-03-02T12:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-02T13:00:00Z' } },
  { name: 'a voice call (alias of call) at 07:59 is deferred like a call', cites: hours, request: { ...body({ at: '2026-03-02T12:59:00Z' }), channel: 'voice' as 'call' }, expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-02T13:00:00Z' } },
  { name: 'a letter is exempt from time of day (03:00)', cites: `${REG_F.hours}: governs when the consumer is reached; a letter is mailed`, request: body({ channel: 'letter', at: '2026-03-02T08:00:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed, reason: 'exempt' } },

  // --- Daylight saving time in America/New_York -------------------------------------------------
  { name: 'on the spring-forward day 12:30Z is 08:30 EDT: allowed', cites: hours, request: body({ at: '2026-03-08T12:30:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'at 01:30 EST on the spring-forward day the call waits for 08:00 EDT', cites: hours, request: body({ at: '2026-03-08T06:30:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-08T12:00:00Z' } },
  { name: 'a call at 21:30 EST on the eve of spring-forward waits for 08:00 EDT', cites: hours, request: body({ at: '2026-03-08T02:30:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-08T12:00:00Z' } },
  { name: 'on the fall-back day 12:30Z is 07:30 EST: deferred to 08:00 EST', cites: hours, request: body({ at: '2026-11-01T12:30:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-11-01T13:00:00Z' } },
  { name: 'in the repeated hour of fall-back (01:30 EST) the call waits for 08:00 EST', cites: hours, request: body({ at: '2026-11-01T06:30:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-11-01T13:00:00Z' } },
  { name: 'at 21:00 EDT on the eve of fall-back the call waits for 08:00 EST', cites: hours, request: body({ at: '2026-11-01T01:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-11-01T13:00:00Z' } },
  { name: 'at 21:00 EST on the fall-back day the call waits for 08:00 EST next day', cites: hours, request: body({ at: '2026-11-02T02:00:00Z' }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-11-02T13:00:00Z' } },

  // --- Uncertain location: New York and Los Angeles -> 11:00-21:00 Eastern ----------------------
  { name: 'NY+LA: 10:59 ET is 07:59 PT, so the call waits for 11:00 ET', cites: uncertain, request: body({ at: '2026-03-02T15:59:00Z', account: { timezones: [NY, LA] } }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-02T16:00:00Z' } },
  { name: 'NY+LA: 11:00 ET is allowed', cites: uncertain, request: body({ at: '2026-03-02T16:00:00Z', account: { timezones: [NY, LA] } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'NY+LA: 20:59 ET is allowed', cites: uncertain, request: body({ at: '2026-03-03T01:59:00Z', account: { timezones: [NY, LA] } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'NY+LA: 21:00 ET waits for 11:00 ET next day', cites: uncertain, request: body({ at: '2026-03-03T02:00:00Z', account: { timezones: [NY, LA] } }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-03T16:00:00Z' } },
  { name: 'NY+LA on the spring-forward day: 07:30 PDT waits for 08:00 PDT (11:00 EDT)', cites: uncertain, request: body({ at: '2026-03-08T14:30:00Z', account: { timezones: [NY, LA] } }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-08T15:00:00Z' } },

  // --- Declared inconvenient times --------------------------------------------------------------
  { name: 'a weekend declared inconvenient defers a Saturday call to Monday 08:00', cites: inconvenient, request: body({ at: '2026-03-07T15:00:00Z', account: { inconvenientTimes: weekend } }), expect: { decision: 'defer', rule: REG_F.inconvenientTime, until: '2026-03-09T12:00:00Z' } },
  { name: 'a deferral from Friday 21:30 into a declared weekend skips to Monday 08:00', cites: inconvenient, request: body({ at: '2026-03-07T02:30:00Z', account: { inconvenientTimes: weekend } }), expect: { decision: 'defer', rule: REG_F.hours, until: '2026-03-09T12:00:00Z' } },
  { name: 'a daily lunch hour 12:00-13:00 defers a 12:30 call to 13:00', cites: inconvenient, request: body({ at: '2026-03-02T17:30:00Z', account: { inconvenientTimes: [{ from: '12:00', to: '13:00' }] } }), expect: { decision: 'defer', rule: REG_F.inconvenientTime, until: '2026-03-02T18:00:00Z' } },
  { name: 'the lunch hour ends at 13:00: a call at 13:00 is allowed', cites: inconvenient, request: body({ at: '2026-03-02T18:00:00Z', account: { inconvenientTimes: [{ from: '12:00', to: '13:00' }] } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'an evening span 19:00-09:00 runs past midnight: a 20:00 call waits for 09:00', cites: inconvenient, request: body({ at: '2026-03-03T01:00:00Z', account: { inconvenientTimes: [{ from: '19:00', to: '09:00' }] } }), expect: { decision: 'defer', rule: REG_F.inconvenientTime, until: '2026-03-03T14:00:00Z' } },
  { name: 'a letter ignores a declared inconvenient weekend', cites: inconvenient, request: body({ channel: 'letter', at: '2026-03-07T15:00:00Z', account: { inconvenientTimes: weekend } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a consumer who finds every hour inconvenient leaves no opening: fail closed', cites: `${inconvenient}; ${ENGINE_RULES.noOpeningWithinHorizon}`, request: body({ account: { inconvenientTimes: [{ from: '00:00', to: '24:00' }] } }), expect: { decision: 'block', rule: ENGINE_RULES.noOpeningWithinHorizon } },

  // --- 1006.14(b)(2)(i)(A): seven calls within seven consecutive days --------------------------
  { name: 'six calls in the last seven days: a seventh is allowed', cites: sevenInSeven, request: body({ history: sixCalls }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'seven calls in the last seven days: defer until the oldest falls out (Tue 00:00), then 08:00', cites: sevenInSeven, request: body({ history: sevenCalls }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-03T13:00:00Z' } },
  { name: 'busy calls did not connect and are not counted', cites: `${sevenInSeven}; 1006.14(b)(3)(ii) "not connected to the dialed number"`, request: body({ history: [...sixCalls.slice(0, 5), ...attempts('call', 'busy', ['2026-03-01T15:00:00Z', '2026-03-02T13:01:00Z'])] }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a failed (network) call is not counted', cites: `${sevenInSeven}; 1006.14(b)(3)(ii)`, request: body({ history: [...sixCalls, ...attempts('call', 'failed', ['2026-03-02T13:01:00Z'])] }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a call that left a voicemail counts as placed', cites: sevenInSeven, request: body({ history: [...sixCalls, ...attempts('call', 'voicemail', ['2026-03-02T13:01:00Z'])] }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-03T13:00:00Z' } },
  { name: 'a voicemail drop counts as a call toward seven', cites: sevenInSeven, request: body({ history: [...sixCalls, ...attempts('voicemail', 'delivered', ['2026-03-02T13:01:00Z'])] }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-03T13:00:00Z' } },
  { name: 'a voicemail drop after seven calls is deferred like a call', cites: sevenInSeven, request: body({ channel: 'voicemail', history: sevenCalls }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-03T13:00:00Z' } },
  { name: 'seven calls do not limit texts', cites: sevenInSeven, request: body({ channel: 'sms', history: sevenCalls }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'the seven-day window reopening on a declared weekend skips to Monday 08:00', cites: `${sevenInSeven}; ${inconvenient}`, request: body({ at: '2026-03-06T16:00:00Z', account: { inconvenientTimes: weekend }, history: attempts('call', 'no_answer', ['2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d) => `${d}T15:00:00Z`)) }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-09T12:00:00Z' } },
  { name: 'the seven-day window counts calendar days across spring-forward', cites: sevenInSeven, request: body({ at: '2026-03-08T15:00:00Z', history: attempts('call', 'no_answer', ['2026-03-02T15:00:00Z', '2026-03-03T15:00:00Z', '2026-03-04T15:00:00Z', '2026-03-05T15:00:00Z', '2026-03-06T15:00:00Z', '2026-03-07T15:00:00Z', '2026-03-08T14:00:00Z']) }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-09T12:00:00Z' } },
  { name: 'NY+LA: a 01:00 ET call is on one day in New York and the day before in Los Angeles; both calendars must allow', cites: `${sevenInSeven}; ${uncertain}`, request: body({ at: '2026-03-02T18:00:00Z', account: { timezones: [NY, LA] }, history: attempts('call', 'no_answer', ['2026-02-25T06:00:00Z', '2026-02-26T17:00:00Z', '2026-02-27T17:00:00Z', '2026-02-28T17:00:00Z', '2026-03-01T17:00:00Z', '2026-03-02T17:00:00Z', '2026-03-02T17:30:00Z']) }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-04T16:00:00Z' } },

  // --- 1006.14(b)(3)(i): calls placed with prior consent given directly within seven days --------
  { name: 'consent given directly on Sunday: the calls since then do not count, so a call on Monday is allowed', cites: consent, request: body({ history: sevenCalls, account: { callConsentAt: '2026-03-01T14:00:00Z' } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'consent on Sun 02-22 (day 1) covers calls through Sat 02-28: those five do not count once it has lapsed', cites: consent, request: body({ history: sevenCalls, account: { callConsentAt: '2026-02-22T14:00:00Z' } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'consent older than seven days excludes nothing: seven calls still defer the eighth', cites: consent, request: body({ history: sevenCalls, account: { callConsentAt: '2026-02-16T14:00:00Z' } }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-03T13:00:00Z' } },
  { name: 'consent given after the seventh call: the calls before it count, the call placed with it is not capped', cites: consent, request: body({ history: sevenCalls, account: { callConsentAt: '2026-03-02T13:02:00Z' } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'consent given later than the attempt does not cover it', cites: consent, request: body({ history: sevenCalls, account: { callConsentAt: '2026-03-02T13:10:00Z' } }), expect: { decision: 'defer', rule: REG_F.callFrequency, until: '2026-03-03T13:00:00Z' } },
  { name: 'consent given directly after a conversation lets the collector call back within the seven days', cites: `${consent}; ${conversation}`, request: body({ at: '2026-03-03T15:00:00Z', history: attempts('call', 'conversation', ['2026-03-02T15:00:00Z']), account: { callConsentAt: '2026-03-02T15:10:00Z' } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'consent does not cure an opt-out from calls', cites: `${consent}; ${REG_F.mediumOptOut}`, request: body({ account: { callConsentAt: '2026-03-02T13:00:00Z', optOuts: ['call'] } }), expect: { decision: 'block', rule: REG_F.mediumOptOut } },

  // --- 1006.14(b)(2)(i)(B): seven days after a telephone conversation --------------------------
  { name: 'a conversation on Monday holds calls until the following Monday 08:00 (across spring-forward)', cites: conversation, request: body({ at: '2026-03-03T15:00:00Z', history: attempts('call', 'conversation', ['2026-03-02T15:00:00Z']) }), expect: { decision: 'defer', rule: REG_F.afterConversation, until: '2026-03-09T12:00:00Z' } },
  { name: 'Sunday evening, day 7 after a Monday conversation, is still held', cites: conversation, request: body({ at: '2026-03-09T00:00:00Z', history: attempts('call', 'conversation', ['2026-03-02T15:00:00Z']) }), expect: { decision: 'defer', rule: REG_F.afterConversation, until: '2026-03-09T12:00:00Z' } },
  { name: 'the Monday after a Monday conversation is allowed at 08:00', cites: conversation, request: body({ at: '2026-03-09T12:00:00Z', history: attempts('call', 'conversation', ['2026-03-02T15:00:00Z']) }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a late-night conversation (Monday 23:30) still makes Monday day 1', cites: conversation, request: body({ at: '2026-03-04T15:00:00Z', history: attempts('call', 'conversation', ['2026-03-03T04:30:00Z']) }), expect: { decision: 'defer', rule: REG_F.afterConversation, until: '2026-03-09T12:00:00Z' } },
  { name: 'NY+LA: a conversation at Tue 01:00 ET (Mon 22:00 PT) holds calls until Tue 11:00 ET a week later', cites: `${conversation}; ${uncertain}`, request: body({ at: '2026-03-04T16:00:00Z', account: { timezones: [NY, LA] }, history: attempts('call', 'conversation', ['2026-03-03T06:00:00Z']) }), expect: { decision: 'defer', rule: REG_F.afterConversation, until: '2026-03-10T15:00:00Z' } },
  { name: 'a conversation does not hold texts', cites: conversation, request: body({ channel: 'sms', at: '2026-03-03T15:00:00Z', history: attempts('call', 'conversation', ['2026-03-02T15:00:00Z']) }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a call that only reached voicemail is not a conversation', cites: conversation, request: body({ at: '2026-03-03T15:00:00Z', history: attempts('call', 'voicemail', ['2026-03-02T15:00:00Z']) }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },

  // --- Opt-outs: 1006.6(e) electronic media, 1006.14(h)(1) other media --------------------------
  { name: 'an email opt-out blocks email', cites: `${REG_F.electronicOptOut} opt-out of electronic communications`, request: body({ channel: 'email', account: { optOuts: ['email'] } }), expect: { decision: 'block', rule: REG_F.electronicOptOut } },
  { name: 'an email opt-out does not block texts', cites: REG_F.electronicOptOut, request: body({ channel: 'sms', account: { optOuts: ['email'] } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'a call opt-out also blocks voicemail drops (same telephone medium)', cites: `${REG_F.mediumOptOut} "a medium of communication"`, request: body({ channel: 'voicemail', account: { optOuts: ['call'] } }), expect: { decision: 'block', rule: REG_F.mediumOptOut } },
  { name: 'a voicemail opt-out allows a call but says not to leave a message', cites: REG_F.mediumOptOut, request: body({ channel: 'call', account: { optOuts: ['voicemail'] } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed, reason: 'do not leave a message' } },
  { name: 'a mail opt-out blocks letters', cites: REG_F.mediumOptOut, request: body({ channel: 'letter', account: { optOuts: ['letter'] } }), expect: { decision: 'block', rule: REG_F.mediumOptOut } },
  { name: 'an SMS opt-out does not block WhatsApp (a different medium)', cites: REG_F.electronicOptOut, request: body({ channel: 'whatsapp', account: { optOuts: ['sms'] } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'an opt-out blocks even at night: blocks win over deferrals', cites: REG_F.electronicOptOut, request: body({ channel: 'sms', at: '2026-03-03T04:00:00Z', account: { optOuts: ['sms'] } }), expect: { decision: 'block', rule: REG_F.electronicOptOut } },

  // --- 1006.6(c): cease communication -----------------------------------------------------------
  { name: 'a written cease request blocks email', cites: `${REG_F.ceaseCommunication} "shall not communicate further"`, request: body({ channel: 'email', account: { ceaseCommunication: true } }), expect: { decision: 'block', rule: REG_F.ceaseCommunication } },
  { name: 'a written cease request blocks letters too: permitted notices are outside this decision', cites: `${REG_F.ceaseCommunication}; 1006.6(c)(2)`, request: body({ channel: 'letter', account: { ceaseCommunication: true } }), expect: { decision: 'block', rule: REG_F.ceaseCommunication, reason: 'permitted' } },
  { name: 'cease and an open dispute: cease is reported first, both are listed', cites: REG_F.ceaseCommunication, request: body({ account: { ceaseCommunication: true, dispute: { status: 'open', openedAt: '2026-02-20T10:00:00Z' } } }), expect: { decision: 'block', rule: REG_F.ceaseCommunication, reason: REG_F.openDispute } },

  // --- 1006.38(d)(2): disputes -------------------------------------------------------------------
  { name: 'an open dispute blocks calls', cites: `${REG_F.openDispute} "cease collection of the debt ... until ... verification"`, request: body({ account: { dispute: { status: 'open', openedAt: '2026-02-20T10:00:00Z' } } }), expect: { decision: 'block', rule: REG_F.openDispute } },
  { name: 'an open dispute blocks at night too: no deferral', cites: REG_F.openDispute, request: body({ channel: 'email', at: '2026-03-03T04:00:00Z', account: { dispute: { status: 'open' } } }), expect: { decision: 'block', rule: REG_F.openDispute } },
  { name: 'a verified dispute no longer blocks', cites: REG_F.openDispute, request: body({ account: { dispute: { status: 'verified', openedAt: '2026-02-20T10:00:00Z' } } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },

  // --- TCPA: consent for calls and texts to wireless numbers -------------------------------------
  { name: 'a call to a mobile without autodialed-call consent is blocked', cites: tcpa, request: body({ account: { consents: { sms: true } } }), expect: { decision: 'block', rule: REG_F.tcpaConsent } },
  { name: 'a text to a mobile without SMS consent is blocked', cites: tcpa, request: body({ channel: 'sms', account: { consents: {} } }), expect: { decision: 'block', rule: REG_F.tcpaConsent } },
  { name: 'a WhatsApp message to a mobile without SMS consent is blocked', cites: tcpa, request: body({ channel: 'whatsapp', account: { consents: { autodialedCalls: true, sms: false } } }), expect: { decision: 'block', rule: REG_F.tcpaConsent } },
  { name: 'a voicemail drop to a mobile without consent is blocked', cites: tcpa, request: body({ channel: 'voicemail', account: { consents: {} } }), expect: { decision: 'block', rule: REG_F.tcpaConsent } },
  { name: 'a call to a landline needs no wireless consent', cites: tcpa, request: body({ account: { phoneType: 'landline', consents: {} } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'an unknown line type is treated as mobile: blocked without consent', cites: tcpa, request: body({ account: { phoneType: 'unknown', consents: {} } }), expect: { decision: 'block', rule: REG_F.tcpaConsent, reason: 'treated as mobile' } },
  { name: 'an unknown line type with consent is allowed', cites: tcpa, request: body({ account: { phoneType: 'unknown' } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'email needs no telephone consent', cites: tcpa, request: body({ channel: 'email', account: { consents: {} } }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
  { name: 'missing consent blocks even when the hour would only defer', cites: tcpa, request: body({ at: '2026-03-02T11:00:00Z', account: { consents: {} } }), expect: { decision: 'block', rule: REG_F.tcpaConsent } },

  // --- A custom profile: uk-fca-example (an example, not legal advice) ---------------------------
  ...ukRows(),
];

function ukRows(): ComplianceScenario[] {
  const uk = (over: Parameters<typeof body>[0] = {}) => body({ profile: 'uk-fca-example', ...over, account: { timezones: [LONDON], ...over.account } });
  const cites = 'uk-fca-example (example profile): mon-fri 08:00-21:00, sat 09:00-17:00, sun closed; sms 3 per 7 days; bank holidays';
  return [
    { name: 'custom profile: Saturday 08:30 waits for the Saturday opening at 09:00', cites, request: uk({ at: '2026-03-07T08:30:00Z' }), expect: { decision: 'defer', rule: 'uk-fca-example.hours', until: '2026-03-07T09:00:00Z' } },
    { name: 'custom profile: Saturday 17:00 is closed until Monday 08:00 (Sunday closed)', cites, request: uk({ at: '2026-03-07T17:00:00Z' }), expect: { decision: 'defer', rule: 'uk-fca-example.hours', until: '2026-03-09T08:00:00Z' } },
    { name: 'custom profile: Saturday 16:59 is allowed', cites, request: uk({ at: '2026-03-07T16:59:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
    { name: 'custom profile: after British summer time starts, 07:30Z is 08:30 BST and allowed', cites, request: uk({ at: '2026-03-30T07:30:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
    { name: 'custom profile: a fourth text within 7 days waits for the first to fall out, then opening hours', cites, request: uk({ channel: 'sms', at: '2026-03-05T10:00:00Z', history: attempts('sms', 'delivered', ['2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z', '2026-03-04T10:00:00Z']) }), expect: { decision: 'defer', rule: 'uk-fca-example.cap.sms', until: '2026-03-09T08:00:00Z' } },
    { name: 'custom profile: two texts within 7 days allow a third', cites, request: uk({ channel: 'sms', at: '2026-03-05T10:00:00Z', history: attempts('sms', 'delivered', ['2026-03-03T10:00:00Z', '2026-03-04T10:00:00Z']) }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
    { name: 'custom profile: a failed text is not counted toward the cap', cites, request: uk({ channel: 'sms', at: '2026-03-05T10:00:00Z', history: [...attempts('sms', 'delivered', ['2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z']), ...attempts('sms', 'failed', ['2026-03-04T10:00:00Z'])] }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
    { name: 'custom profile: the sms cap does not limit email', cites, request: uk({ channel: 'email', at: '2026-03-05T10:00:00Z', history: attempts('sms', 'delivered', ['2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z', '2026-03-04T10:00:00Z']) }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
    { name: 'custom profile: Good Friday is a holiday, deferred to Saturday 09:00 BST', cites, request: uk({ at: '2026-04-03T09:00:00Z' }), expect: { decision: 'defer', rule: 'uk-fca-example.holiday', until: '2026-04-04T08:00:00Z' } },
    { name: 'custom profile: Saturday evening before Easter skips closed Sunday and Easter Monday to Tuesday 08:00 BST', cites, request: uk({ at: '2026-04-04T16:30:00Z' }), expect: { decision: 'defer', rule: 'uk-fca-example.hours', until: '2026-04-07T07:00:00Z' } },
    { name: 'custom profile: a letter on a bank holiday is allowed', cites, request: uk({ channel: 'letter', at: '2026-04-03T09:00:00Z' }), expect: { decision: 'allow', rule: ENGINE_RULES.allowed } },
    { name: 'custom profile: opt-outs apply under every profile', cites, request: uk({ channel: 'email', account: { optOuts: ['email'] } }), expect: { decision: 'block', rule: 'uk-fca-example.opt-out' } },
  ];
}

const valid = body();
const { account: validAccount } = valid;

export const malformedScenarios: MalformedScenario[] = [
  { name: 'a missing instant names `at`', body: { ...valid, at: undefined }, fields: ['at'] },
  { name: 'an instant without a zone names `at`', body: { ...valid, at: '2026-03-02 13:05' }, fields: ['at'] },
  { name: 'an unknown channel names `channel`', body: { ...valid, channel: 'fax' }, fields: ['channel'] },
  { name: 'an empty zone list names `account.timezones`', body: { ...valid, account: { ...validAccount, timezones: [] } }, fields: ['account.timezones'] },
  { name: 'an unknown zone names its index', body: { ...valid, account: { ...validAccount, timezones: [NY, 'Mars/Olympus_Mons'] } }, fields: ['account.timezones[1]'] },
  { name: 'an unknown line type names `account.phoneType`', body: { ...valid, account: { ...validAccount, phoneType: 'satellite' } }, fields: ['account.phoneType'] },
  { name: 'missing opt-outs are an error, not "none"', body: { ...valid, account: { ...validAccount, optOuts: undefined } }, fields: ['account.optOuts'] },
  { name: 'an unknown dispute status names `account.dispute.status`', body: { ...valid, account: { ...validAccount, dispute: { status: 'maybe' } } }, fields: ['account.dispute.status'] },
  { name: 'an impossible clock time names the span', body: { ...valid, account: { ...validAccount, inconvenientTimes: [{ from: '25:00', to: '26:00' }] } }, fields: ['account.inconvenientTimes[0].from', 'account.inconvenientTimes[0].to'] },
  { name: 'an empty span names its end', body: { ...valid, account: { ...validAccount, inconvenientTimes: [{ from: '12:00', to: '12:00' }] } }, fields: ['account.inconvenientTimes[0].to'] },
  { name: 'an unknown weekday names its index', body: { ...valid, account: { ...validAccount, inconvenientTimes: [{ days: ['sat', 'caturday'], from: '12:00', to: '13:00' }] } }, fields: ['account.inconvenientTimes[0].days[1]'] },
  { name: 'an unknown outcome names the history row', body: { ...valid, history: [sixCalls[0], { at: '2026-03-01T15:00:00Z', channel: 'call', outcome: 'hung_up' }] }, fields: ['history[1].outcome'] },
  { name: 'a consent that is not an instant names `account.callConsentAt`', body: { ...valid, account: { ...validAccount, callConsentAt: 'last Tuesday' } }, fields: ['account.callConsentAt'] },
  { name: 'a missing history names `history`', body: { ...valid, history: undefined }, fields: ['history'] },
  { name: 'an unknown profile names `profile`', body: { ...valid, profile: 'mars-law' }, fields: ['profile'] },
];
