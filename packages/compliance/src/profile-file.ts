// A custom compliance profile written as data (a JSON file in kairos.config.json, or a body of
// PUT /api/v1/compliance/profiles/{id}): validated field by field, optionally based on a built-in
// profile. A profile based on another (`extends`) only adds restrictions: it can never be looser.
import { z } from 'zod';
import { calendarDate, safeText } from '@kairos/input';
import { channelSchema } from './channels';
import {
  capSchema,
  defineComplianceProfile,
  disclosuresSchema,
  hoursSchema,
  ProfileDefinitionError,
  type ComplianceProfile,
  type ComplianceProfileDefinition,
  type ContactCapDefinition,
} from './profile';
import { fieldPath, type RequestIssue } from './request';


/** The file format. Unknown keys are refused, so a misspelt field (`hollidays`) is an error, not silently ignored. */
export const profileFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case id such as acme-eu'),
    title: safeText().min(1, 'must name the profile for people (shown in profile lists)').max(200),
    note: safeText({ multiline: true }).max(2000).optional(),
    /** A built-in profile this one is based on: its rules all stay; this file adds to them. */
    extends: z.string().min(1).optional(),
    /** Permitted hours by weekday on the consumer's local clock; required unless `extends` gives them. */
    hours: hoursSchema.optional(),
    caps: z.array(capSchema.strict()).optional(),
    holidays: z.array(calendarDate()).max(500).optional(),
    calendarExemptChannels: z.array(channelSchema).optional(),
    declaredInconvenientTimes: z.boolean().optional(),
    ruleIds: z.object({ hours: z.string().min(1), holidays: z.string().min(1), inconvenientTimes: z.string().min(1) }).partial().strict().optional(),
    horizonDays: z.number().int().min(1).max(400).optional(),
    disclosures: disclosuresSchema.strict().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (!f.hours && !f.extends) ctx.addIssue({ code: 'custom', path: ['hours'], message: 'give the permitted hours by weekday, e.g. {"mon-fri": "08:00-21:00", "sat": "closed"}, or base the profile on another with "extends"' });
  });

export type ProfileFile = z.output<typeof profileFileSchema>;

export type ProfileFileResult = { ok: true; profile: ComplianceProfile; file: ProfileFile } | { ok: false; issues: RequestIssue[] };

/** What a profile based on `base` is: the base's rules plus the file's, the stricter of the two where they overlap. */
function extendDefinition(base: ComplianceProfile, f: ProfileFile): ComplianceProfileDefinition {
  const b = base.definition;
  // Base caps keep the rule id they had, so a decision still cites e.g. reg-f.1006.14(b)(2)(i)(A).
  const baseCaps: ContactCapDefinition[] = (b.caps ?? []).map((c, i) => ({ ...c, rule: base.caps[i]!.rule }));
  const exempt = f.calendarExemptChannels ? f.calendarExemptChannels.filter((c) => base.calendarExempt.has(c)) : [...base.calendarExempt];
  const required = [...(b.disclosures?.required ?? []), ...(f.disclosures?.required ?? [])];
  const optOutPhrases = f.disclosures?.optOutPhrases ?? b.disclosures?.optOutPhrases;
  return {
    id: f.id,
    title: f.title,
    ...(f.note ?? b.note ? { note: f.note ?? b.note } : {}),
    hours: f.hours ?? b.hours,
    // Own hours narrow the base's; without own hours the base's (already narrowed) apply.
    ...(f.hours ? { withinHours: base.weeklyHours } : b.withinHours ? { withinHours: b.withinHours } : {}),
    // The file's caps first, so `caps[i]` in an issue is the file's i-th cap.
    caps: [...(f.caps ?? []), ...baseCaps],
    holidays: [...new Set([...(f.holidays ?? []), ...(b.holidays ?? [])])],
    calendarExemptChannels: exempt,
    declaredInconvenientTimes: (b.declaredInconvenientTimes ?? true) || (f.declaredInconvenientTimes ?? false),
    ruleIds: { hours: base.hoursRule, ...(b.ruleIds ?? {}), ...(f.ruleIds ?? {}) },
    ...(f.horizonDays ?? b.horizonDays ? { horizonDays: Math.max(f.horizonDays ?? 0, b.horizonDays ?? 0) } : {}),
    disclosures: { required, ...(optOutPhrases ? { optOutPhrases } : {}) },
    accountRules: base.accountRules,
    ...(b.timeRules ? { timeRules: b.timeRules } : {}),
  };
}

/**
 * Validate and compile a profile file (a parsed JSON value or its text). `builtIns` are the
 * profiles `extends` may name. Every issue names its field (`caps[1].windowDays`, `hours.sat[0]`).
 */
export function parseProfileFile(json: unknown, builtIns: ReadonlyMap<string, ComplianceProfile>): ProfileFileResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (err) {
      return { ok: false, issues: [{ field: '', message: `is not valid JSON: ${(err as Error).message}` }] };
    }
  }
  const parsed = profileFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ field: fieldPath(i.path) || '(file)', message: i.message })) };
  const f = parsed.data;
  if (builtIns.has(f.id)) return { ok: false, issues: [{ field: 'id', message: `"${f.id}" is a built-in profile: give yours another id (and "extends": "${f.id}" to build on it)` }] };
  let definition: ComplianceProfileDefinition;
  if (f.extends) {
    const base = builtIns.get(f.extends);
    if (!base) return { ok: false, issues: [{ field: 'extends', message: `unknown profile "${f.extends}": use one of ${[...builtIns.keys()].join(', ')}` }] };
    definition = extendDefinition(base, f);
  } else {
    const { $schema: _schema, extends: _extends, ...own } = f;
    definition = { ...own, hours: f.hours! };
  }
  try {
    return { ok: true, profile: defineComplianceProfile(definition), file: f };
  } catch (err) {
    if (err instanceof ProfileDefinitionError) return { ok: false, issues: err.issues };
    throw err;
  }
}
