// The mapping table as plain data: which account fields a column may fill (the import package's one
// list), the formats each offers, and what choosing a field or a format does to the mapping. The
// table only draws it; the API checks the mapping again against the whole file.
import { ATTRIBUTE_SYNONYMS, FORMATS_BY_KIND, IMPORT_FIELDS, importField } from '@kairos/account-import/choices';
import type { Schemas } from '../api/types';

export type ImportMapping = Schemas['ImportMapping'];

/** A field a column may fill, as the select offers it. */
export interface FieldChoice {
  id: string;
  label: string;
}

/** Every field, then an attribute for each common name and any attribute the mapping already names. */
export function fieldChoices(mapping: ImportMapping): FieldChoice[] {
  const attributes = new Set(Object.keys(ATTRIBUTE_SYNONYMS).map((name) => `attributes.${name}`));
  for (const { field } of Object.values(mapping.columns)) if (field.startsWith('attributes.')) attributes.add(field);
  return [
    ...IMPORT_FIELDS.map((f) => ({ id: f.id, label: f.label })),
    ...[...attributes].map((id) => ({ id, label: `Attribute: ${id.slice('attributes.'.length)}` })),
  ];
}

/** The formats a field's column may be written in (empty when it takes none); the first is the default. */
export const formatChoices = (field: string): readonly string[] => FORMATS_BY_KIND[importField(field)?.kind ?? 'text'] ?? [];

/** What each format looks like in a cell, so the choice reads as the file does. */
export const FORMAT_TEXT: Record<string, string> = {
  decimal: '1,234.56',
  'decimal-comma': '1.234,56',
  'minor-units': '123456 (cents)',
  'YYYY-MM-DD': 'YYYY-MM-DD',
  'MM/DD/YYYY': 'MM/DD/YYYY (month first)',
  'DD/MM/YYYY': 'DD/MM/YYYY (day first)',
  text: 'text',
  number: 'number',
};

/**
 * `column` now fills `field` (or nothing, for ""): a field comes from one column only, so a column
 * that filled it before is left out; the column keeps its format when the new field takes it.
 */
export function assignColumn(mapping: ImportMapping, column: string, field: string): ImportMapping {
  const columns: ImportMapping['columns'] = {};
  for (const [name, choice] of Object.entries(mapping.columns)) if (name !== column && choice.field !== field) columns[name] = choice;
  if (field !== '') {
    const formats = formatChoices(field);
    const kept = mapping.columns[column]?.format;
    const format = formats.length === 0 ? undefined : kept !== undefined && formats.includes(kept) ? kept : formats[0];
    columns[column] = format === undefined ? { field } : { field, format };
  }
  return { ...mapping, columns };
}

/** `column` is written in `format` (one of its field's choices). */
export function chooseFormat(mapping: ImportMapping, column: string, format: string): ImportMapping {
  const choice = mapping.columns[column];
  if (!choice || !formatChoices(choice.field).includes(format)) return mapping;
  return { ...mapping, columns: { ...mapping.columns, [column]: { ...choice, format } } };
}

/** Countries offered for phone numbers written without a country code (any other may be typed). */
export const PHONE_COUNTRIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'US', name: 'United States / Canada (+1)' },
  { code: 'MX', name: 'Mexico (+52)' },
  { code: 'GB', name: 'United Kingdom (+44)' },
  { code: 'ES', name: 'Spain (+34)' },
  { code: 'BR', name: 'Brazil (+55)' },
  { code: 'IN', name: 'India (+91)' },
];
