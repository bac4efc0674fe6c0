// A compliance profile: one jurisdiction's rules, compiled once so each decision only checks.
// Custom profiles and `us-reg-f` go through the same factory; `us-reg-f` adds its special rules.
import { z } from 'zod';
import { calendarDate } from '@kairos/input';
import { channelOptOutRule } from './account-rules';
import { declaredInconvenientTimesRule, holidayRule, openingHoursRule, type OpenSpan, type WeeklyHours } from './calendar-rules';
import type { Channel, Outcome } from './channels';
import { CHANNELS, channelSchema, minutesOf, NOT_CONNECTED_OUTCOMES, outcomeSchema, WEEKDAYS, type Weekday } from './channels';
import { contactCapRule } from './contact-caps';
import { fieldPath, type RequestIssue } from './request';
import type { AccountRule, TimeRule } from './rule-types';
import { DAY_MS, dayNumber } from '@kairos/channels/zone-clock';

const dayKey = /^(sun|mon|tue|wed|thu|fri|sat)(?:-(sun|mon|tue|wed|thu|fri|sat))?$/;
const span = /^((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

export const spanSchema = z
  .string()
  .regex(span, 'must be a local span as HH:MM-HH:MM, e.g. 08:00-21:00')
  .refine((s) => minutesOf(s.slice(0, 5)) < minutesOf(s.slice(6)), 'must end after it starts (spans do not cross midnight)');

export const capSchema = z.object({
  /** One channel or several sharing the cap (e.g. call and voicemail). */
  channel: z.union([channelSchema, z.array(channelSchema).min(1)]),
  /** Most attempts allowed within any `windowDays` consecutive days. */
  max: z.number().int().min(1),
  windowDays: z.number().int().min(1).max(366),
  /** Rule id reported when the cap defers; defaults to `<profile>.cap.<channel>`. */
  rule: z.string().min(1).optional(),
  /** Outcomes that count; defaults to all but busy/failed (attempts that never connected). */
  countOutcomes: z.array(outcomeSchema).min(1).optional(),
  /** Attempts within this many days after the consumer's direct consent (`callConsentAt`, its date day 1) neither count nor are capped (Reg F: 7). */
  consentExemptDays: z.number().int().min(1).max(366).optional(),
});

/** Texts the design-time lint requires in messages under this profile. */
export const disclosuresSchema = z.object({
  /** Phrases that tell how to opt out; a message with any of them passes (case-insensitive). Default: STOP, unsubscribe, opt out, BAJA. */
  optOutPhrases: z.array(z.string().trim().min(2, 'must be a phrase of at least 2 characters')).min(1, 'must list at least one phrase, or be left out').optional(),
  /** Texts every message on the channels named (default: every channel) must contain, e.g. a licence number. */
  required: z
    .array(z.object({ text: z.string().trim().min(2, 'must be a text of at least 2 characters'), channels: z.array(channelSchema).min(1).optional() }))
    .default([]),
});
export type ProfileDisclosures = z.output<typeof disclosuresSchema>;

export const hoursSchema = z.record(
  z.string().regex(dayKey, 'must be a weekday (mon) or a range of weekdays (mon-fri)'),
  z.union([z.literal('closed'), spanSchema, z.array(spanSchema)]),
);

const definitionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case id such as uk-fca-example'),
  title: z.string().min(1),
  note: z.string().optional(),
  /** Keys are a weekday or a range (`mon-fri`); values are spans, a list of spans, or `closed`. Unlisted days are closed. */
  hours: hoursSchema,
  caps: z.array(capSchema).default([]),
  /** Local dates with no contact at all. */
  holidays: z.array(calendarDate()).default([]),
  /** Channels exempt from hours, holidays and declared inconvenient times. */
  calendarExemptChannels: z.array(channelSchema).default(['letter']),
  /** Honour the consumer's declared inconvenient times (default yes). */
  declaredInconvenientTimes: z.boolean().default(true),
  /** Rule ids for the calendar rules; default `<profile>.hours`, `<profile>.holiday`, `<profile>.inconvenient-time`. */
  ruleIds: z
    .object({ hours: z.string().min(1), holidays: z.string().min(1), inconvenientTimes: z.string().min(1) })
    .partial()
    .default({}),
  /** How far ahead a deferral may look before the engine gives up and blocks. */
  horizonDays: z.number().int().min(1).max(400).optional(),
  disclosures: disclosuresSchema.optional(),
});

export type ComplianceProfileDefinition = z.input<typeof definitionSchema> & {
  /** Rules on the account's standing; default: the channel opt-out rule with profile-named ids. */
  accountRules?: readonly AccountRule[];
  /** Extra time rules, checked before caps and the calendar (e.g. Reg F's pause after a conversation). */
  timeRules?: readonly TimeRule[];
  /** Opening hours are the intersection of `hours` and these (a profile based on another is never open longer). */
  withinHours?: WeeklyHours;
};
export type ContactCapDefinition = z.input<typeof capSchema>;

/** A compiled profile: what `decideContact` reads. */
export interface ComplianceProfile {
  readonly id: string;
  readonly title: string;
  readonly note: string | undefined;
  readonly accountRules: readonly AccountRule[];
  /** Time rules governing each channel, in order of precedence (earlier wins a tie for "the rule that decided"). */
  readonly timeRulesByChannel: ReadonlyMap<Channel, readonly TimeRule[]>;
  readonly calendarExempt: ReadonlySet<Channel>;
  readonly horizonMs: number;
  /** Every rule id this profile can answer with. */
  readonly ruleIds: readonly string[];
  /** Opening hours by weekday (index 0 = Sunday), for design-time checks such as the cadence lint. */
  readonly weeklyHours: WeeklyHours;
  /** Rule id of the opening hours (`reg-f.1006.6(b)(1)(i)` in us-reg-f). */
  readonly hoursRule: string;
  /** The frequency caps, for design-time checks: no path of a cadence may exceed them by design. */
  readonly caps: readonly DesignCap[];
  /** How many days of contact history a decision needs to see (the longest cap window, plus a week). */
  readonly historyDays: number;
  /** Texts the design-time lint requires (opt-out phrases, required disclosures). */
  readonly disclosures: ProfileDisclosures;
  /** The definition it was compiled from: what a profile based on it (`extends`) builds on. */
  readonly definition: ComplianceProfileDefinition;
}

/** A frequency cap as design-time checks read it. */
export interface DesignCap {
  rule: string;
  channels: readonly Channel[];
  max: number;
  windowDays: number;
}

/** A profile definition that does not hold together; `issues` name the field. */
export class ProfileDefinitionError extends Error {
  constructor(
    readonly profileId: string,
    readonly issues: RequestIssue[],
  ) {
    super(`compliance profile "${profileId}": ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'ProfileDefinitionError';
  }
}

function weekdaysOf(key: string): Weekday[] {
  const [, from, to = from] = dayKey.exec(key)!;
  const start = WEEKDAYS.indexOf(from as Weekday);
  const end = WEEKDAYS.indexOf(to as Weekday);
  const days: Weekday[] = [];
  for (let i = start; ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i]!);
    if (i === end) return days;
  }
}

function mergeSpans(texts: readonly string[]): OpenSpan[] {
  const spans = texts.map((s) => ({ from: minutesOf(s.slice(0, 5)), to: minutesOf(s.slice(6)) })).sort((a, b) => a.from - b.from);
  const merged: OpenSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/** Spans open in both lists (each sorted and merged). */
function intersectSpans(a: readonly OpenSpan[], b: readonly OpenSpan[]): OpenSpan[] {
  const out: OpenSpan[] = [];
  for (const x of a) for (const y of b) {
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from < to) out.push({ from, to });
  }
  return out.sort((p, q) => p.from - q.from);
}

/** Compile a profile: validate it (throwing ProfileDefinitionError), then precompute its rules. */
export function defineComplianceProfile(definition: ComplianceProfileDefinition): ComplianceProfile {
  const parsed = definitionSchema.safeParse(definition);
  if (!parsed.success) {
    throw new ProfileDefinitionError(
      String(definition.id),
      parsed.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })),
    );
  }
  const def = parsed.data;
  const issues: RequestIssue[] = [];

  const week: OpenSpan[][] = WEEKDAYS.map(() => []);
  const seen = new Map<Weekday, string>();
  for (const [key, value] of Object.entries(def.hours)) {
    for (const day of weekdaysOf(key)) {
      const earlier = seen.get(day);
      if (earlier) issues.push({ field: `hours.${key}`, message: `${day} is already given by hours.${earlier}` });
      seen.set(day, key);
      week[WEEKDAYS.indexOf(day)] = value === 'closed' ? [] : mergeSpans(typeof value === 'string' ? [value] : value);
    }
  }
  if (definition.withinHours) {
    const within = definition.withinHours;
    for (let d = 0; d < 7; d++) week[d] = intersectSpans(week[d]!, within[d] ?? []);
  }
  if (week.every((d) => d.length === 0)) issues.push({ field: 'hours', message: 'must open on at least one day' });

  const calendarExempt = new Set<Channel>(def.calendarExemptChannels);
  const calendarChannels = new Set(CHANNELS.filter((c) => !calendarExempt.has(c)));
  const counted = (outcomes: readonly Outcome[] | undefined) =>
    new Set<Outcome>(outcomes ?? outcomeSchema.options.filter((o) => !NOT_CONNECTED_OUTCOMES.includes(o)));

  const designCaps: DesignCap[] = def.caps.map((cap) => {
    const channels = typeof cap.channel === 'string' ? [cap.channel] : cap.channel;
    return { rule: cap.rule ?? `${def.id}.cap.${channels.join('+')}`, channels, max: cap.max, windowDays: cap.windowDays };
  });
  const capRules = def.caps.map((cap, i) => {
    const channels = designCaps[i]!.channels;
    return contactCapRule({
      rule: designCaps[i]!.rule,
      channels: new Set(channels),
      counted: counted(cap.countOutcomes),
      max: cap.max,
      windowDays: cap.windowDays,
      ...(cap.consentExemptDays ? { consentExemptDays: cap.consentExemptDays } : {}),
    });
  });
  const timeRules: TimeRule[] = [
    ...(definition.timeRules ?? []),
    ...capRules,
    holidayRule(def.ruleIds.holidays ?? `${def.id}.holiday`, new Set(def.holidays.map(dayNumber)), calendarChannels),
    ...(def.declaredInconvenientTimes
      ? [declaredInconvenientTimesRule(def.ruleIds.inconvenientTimes ?? `${def.id}.inconvenient-time`, calendarChannels)]
      : []),
    openingHoursRule(def.ruleIds.hours ?? `${def.id}.hours`, week, calendarChannels),
  ];
  const accountRules = definition.accountRules ?? [channelOptOutRule({ electronic: `${def.id}.opt-out`, medium: `${def.id}.opt-out` })];

  const timeIds = timeRules.map((r) => r.id);
  const duplicate = timeIds.find((id, i) => timeIds.indexOf(id) !== i);
  if (duplicate) issues.push({ field: 'caps', message: `rule id "${duplicate}" is used by two time rules; give each its own rule id` });
  const ids = [...accountRules.flatMap((r) => r.ids), ...timeIds];
  if (issues.length > 0) throw new ProfileDefinitionError(def.id, issues);

  // Long caps need a horizon that can see them reopen, plus a week to find open hours after.
  const longestWindow = Math.max(0, ...def.caps.map((c) => c.windowDays));
  const horizonDays = def.horizonDays ?? Math.max(14, longestWindow + 7);

  return Object.freeze({
    id: def.id,
    title: def.title,
    note: def.note,
    accountRules,
    timeRulesByChannel: new Map(CHANNELS.map((c) => [c, timeRules.filter((r) => r.channels.has(c))] as const)),
    calendarExempt,
    horizonMs: horizonDays * DAY_MS,
    ruleIds: [...new Set(ids)],
    weeklyHours: week,
    hoursRule: def.ruleIds.hours ?? `${def.id}.hours`,
    caps: designCaps,
    // The 7-day pause after a conversation (Reg F) needs a week of history even without caps.
    historyDays: Math.max(longestWindow, 7) + 7,
    disclosures: def.disclosures ?? { required: [] },
    definition,
  });
}
