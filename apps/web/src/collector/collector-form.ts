// The collector identity form, pure: the fields as typed, checked by the same schema the API and the
// worker use (so the form, the save and the send agree), with each problem keyed by the field path the
// API names in its 400 issues (`mailingAddress.state`, `licences.0.number`).
import { collectorIdentitySchema, type CollectorIdentity, type CollectorIdentityInput } from '@kairos/cadence';
import { sentence } from '../shell/format';

export interface CollectorForm {
  legalName: string;
  displayName: string;
  phone: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  hours: string;
  website: string;
  licences: Array<{ state: string; number: string }>;
}

/** Problems by API field path; `licences` alone is a problem of the list (two licences for one state). */
export type CollectorProblems = Record<string, string>;

/** Where each form field's value goes in the identity, which is also how the API names it. */
export const FIELD_PATHS = {
  legalName: 'legalName',
  displayName: 'displayName',
  phone: 'phone',
  line1: 'mailingAddress.line1',
  line2: 'mailingAddress.line2',
  city: 'mailingAddress.city',
  state: 'mailingAddress.state',
  postalCode: 'mailingAddress.postalCode',
  hours: 'hours',
  website: 'website',
} as const satisfies Record<Exclude<keyof CollectorForm, 'licences'>, string>;

export const licencePath = (index: number, part: 'state' | 'number') => `licences.${index}.${part}`;

export const emptyForm = (): CollectorForm => ({
  legalName: '', displayName: '', phone: '', line1: '', line2: '', city: '', state: '', postalCode: '', hours: '', website: '', licences: [],
});

export function formFromIdentity(c: CollectorIdentity | null): CollectorForm {
  if (!c) return emptyForm();
  const a = c.mailingAddress;
  return {
    legalName: c.legalName, displayName: c.displayName, phone: c.phone, line1: a.line1, line2: a.line2 ?? '', city: a.city, state: a.state,
    postalCode: a.postalCode, hours: c.hours, website: c.website, licences: c.licences.map((l) => ({ state: l.state, number: l.number })),
  };
}

/** The body to PUT, as typed (the schema trims and checks it). */
export function identityInput(f: CollectorForm): CollectorIdentityInput {
  return {
    legalName: f.legalName,
    displayName: f.displayName,
    phone: f.phone.replace(/[\s().-]/g, ''),
    mailingAddress: { line1: f.line1, ...(f.line2.trim() ? { line2: f.line2 } : {}), city: f.city, state: f.state as never, postalCode: f.postalCode },
    hours: f.hours,
    website: f.website.trim(),
    licences: f.licences.map((l) => ({ state: l.state as never, number: l.number })),
  };
}

export function sameForm(a: CollectorForm, b: CollectorForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every field's problem, as the API would say it (empty: the form can be saved). */
export function collectorProblems(f: CollectorForm): CollectorProblems {
  const parsed = collectorIdentitySchema.safeParse(identityInput(f));
  const problems: CollectorProblems = {};
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= sentence(issue.message);
  }
  return problems;
}

/** The API's 400 issues at the form's fields; what names no field of the form goes under `other`. */
export function problemsFromIssues(issues: ReadonlyArray<Record<string, unknown>>, form: CollectorForm): { fields: CollectorProblems; other: string[] } {
  const known = new Set<string>([...Object.values(FIELD_PATHS), 'licences', ...form.licences.flatMap((_, i) => [licencePath(i, 'state'), licencePath(i, 'number')])]);
  const fields: CollectorProblems = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = typeof issue.field === 'string' ? issue.field : '';
    const message = String(issue.message ?? 'invalid');
    if (known.has(field)) fields[field] ??= `The server refused it: ${sentence(message)}`;
    else other.push(field ? `${field}: ${message}` : message);
  }
  return { fields, other };
}
