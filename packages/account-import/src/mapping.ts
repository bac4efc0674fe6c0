// Which CSV column fills which account field, and how its cells are written. A mapping is checked
// against the file's header before any row is read, and suggested from the header names and the
// first values (what a user starts from, then adjusts; saved per portfolio for the next file).
import { z } from 'zod';
import { safeText } from '@kairos/input';
import { readDate } from './cell-formats';
import { FORMATS_BY_KIND } from './formats';
import { ATTRIBUTE_SYNONYMS, IMPORT_FIELDS, REQUIRED_FIELDS, fieldIdSchema, importField } from './fields';

export { FORMATS_BY_KIND } from './formats';

export const columnMappingSchema = z.object({ field: fieldIdSchema, format: z.string().max(20).optional() }).strict();

/** A column mapping as stored, sent and written in a mapping file (docs/importing-accounts.md). */
export const importMappingSchema = z
  .object({
    /** CSV header -> the field it fills; columns left out are not imported. */
    columns: z.record(safeText().min(1).max(200), columnMappingSchema),
    /** The country of phone numbers written without a country code. */
    defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as US').default('US'),
    /** The currency of amounts when no column gives one. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD').default('USD'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Map<string, string>();
    for (const [column, { field, format }] of Object.entries(m.columns)) {
      const formats = FORMATS_BY_KIND[importField(field)?.kind ?? 'text'];
      if (format !== undefined && !formats?.includes(format)) {
        ctx.addIssue({ code: 'custom', path: ['columns', column, 'format'], message: formats ? `must be one of ${formats.join(', ')}` : `field ${field} takes no format: leave it out` });
      }
      const other = seen.get(field);
      if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['columns', column, 'field'], message: `${field} is already filled by column "${other}": map it from one column only` });
      seen.set(field, column);
    }
  });
export type ImportMapping = z.output<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

/** A problem of the mapping itself (not of a row): which column, and what to change. */
export interface MappingProblem {
  column: string | null;
  message: string;
}

/** What is wrong with using `mapping` on a file with `header`: unknown columns, required fields left unmapped. */
export function mappingProblems(mapping: ImportMapping, header: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const present = new Set(header);
  for (const column of Object.keys(mapping.columns)) {
    if (!present.has(column)) problems.push({ column, message: `the file has no column "${column}": remove it from the mapping or check the header row` });
  }
  const mapped = new Set(Object.values(mapping.columns).map((c) => c.field));
  for (const required of REQUIRED_FIELDS) {
    if (mapped.has(required)) continue;
    if (required === 'name' && mapped.has('firstName') && mapped.has('lastName')) continue;
    const label = importField(required)!.label;
    problems.push({ column: null, message: `no column is mapped to ${required} (${label}): choose the column that holds it${required === 'name' ? ', or map first and last name' : ''}` });
  }
  return problems;
}

/** A header as compared with synonyms: lower case, letters and digits only ("Acct. No" -> "acctno"). */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const SYNONYMS = new Map<string, string>();
for (const f of IMPORT_FIELDS) for (const s of f.synonyms) SYNONYMS.set(headerKey(s), f.id);
for (const [name, synonyms] of Object.entries(ATTRIBUTE_SYNONYMS)) for (const s of synonyms) if (!SYNONYMS.has(headerKey(s))) SYNONYMS.set(headerKey(s), `attributes.${name}`);

/** The date format the sample values fit: a first part over 12 says day first; ISO when dashes lead with a year. */
function suggestDateFormat(values: readonly string[]): string {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length === 0 || filled.some((v) => /^\d{4}-/.test(v))) return 'YYYY-MM-DD';
  const fits = (format: 'MM/DD/YYYY' | 'DD/MM/YYYY') => filled.filter((v) => readDate(v, format).ok).length;
  return fits('DD/MM/YYYY') > fits('MM/DD/YYYY') ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
}

/** The amount format the sample values fit: `1.234,56` says comma decimals; a header naming cents says minor units. */
function suggestAmountFormat(header: string, values: readonly string[]): string {
  if (/cents|minor/i.test(header)) return 'minor-units';
  return values.some((v) => /^\D*\d{1,3}(\.\d{3})*,\d{1,2}\D*$/.test(v.trim()) && !/^\D*\d{1,3},\d{3}\D*$/.test(v.trim())) ? 'decimal-comma' : 'decimal';
}

/**
 * A mapping suggested from the header names (synonyms such as "Acct No", "Balance Due", "Due Dt",
 * "Cell", "ZIP") and the formats the first rows' values fit. Columns it cannot place are left out.
 */
export function suggestMapping(header: readonly string[], sample: readonly (readonly string[])[], defaults: { defaultCountry?: string; currency?: string } = {}): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  const taken = new Set<string>();
  header.forEach((column, index) => {
    const key = headerKey(column);
    const fieldId = SYNONYMS.get(key) ?? SYNONYMS.get(key.replace(/(cents|usd|amt|amount)$/, ''));
    if (!fieldId || taken.has(fieldId)) return;
    taken.add(fieldId);
    const values = sample.map((row) => row[index] ?? '');
    const kind = importField(fieldId)!.kind;
    const format = kind === 'date' ? suggestDateFormat(values) : kind === 'amount' ? suggestAmountFormat(column, values) : undefined;
    columns[column] = { field: fieldId, ...(format ? { format } : {}) };
  });
  return { columns, defaultCountry: defaults.defaultCountry ?? 'US', currency: defaults.currency ?? 'USD' };
}

/**
 * A saved mapping applied to a new file: its columns the file still has are kept, the others
 * suggested afresh, so a portfolio's next export imports without choosing again.
 */
export function adaptMapping(saved: ImportMapping, header: readonly string[], sample: readonly (readonly string[])[]): ImportMapping {
  const suggested = suggestMapping(header, sample, saved);
  const kept = Object.fromEntries(Object.entries(saved.columns).filter(([column]) => header.includes(column)));
  const keptFields = new Set(Object.values(kept).map((c) => c.field));
  const added = Object.fromEntries(Object.entries(suggested.columns).filter(([column, c]) => !(column in kept) && !keptFields.has(c.field)));
  return { ...saved, columns: { ...kept, ...added } };
}
