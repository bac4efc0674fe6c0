// One row of a creditor's file read into an account as it will be stored, or every problem of the
// row with its column and what to fix. Pure: the job, the preview and the CLI share it.
import { accountSnapshotSchema, withContactPoints, type AccountSnapshot, type ContactPhone, type PhoneType } from '@kairos/cadence';
import { readAmount, readBoolean, readDate, readNumber, readPhone, readTimeZone, type AmountFormat, type Cell, type DateFormat } from './cell-formats';
import { importField } from './fields';
import type { ImportMapping } from './mapping';

/** A problem of one row: its row number in the file (the header is row 1), the column, and what to fix. */
export interface RowProblem {
  row: number;
  /** The CSV column at fault; null when the row as a whole is (too many cells, a required field with no column). */
  column: string | null;
  message: string;
}

export type RowResult = { row: number; ok: true; account: AccountSnapshot } | { row: number; ok: false; problems: RowProblem[] };

type Draft = Record<string, unknown>;
const PHONE_PREFERENCE: readonly PhoneType[] = ['mobile', 'unknown', 'landline', 'work'];

/** A mapping made ready for many rows: the column index of every mapped field. */
export interface PreparedMapping {
  mapping: ImportMapping;
  header: readonly string[];
  columns: { column: string; index: number; field: string; format: string | undefined }[];
}

export function prepareMapping(mapping: ImportMapping, header: readonly string[]): PreparedMapping {
  const columns = Object.entries(mapping.columns)
    .map(([column, c]) => ({ column, index: header.indexOf(column), field: c.field, format: c.format }))
    .filter((c) => c.index >= 0);
  return { mapping, header, columns };
}

/** The account a row describes, or its problems. `row` is the row number reported back. */
export function readAccountRow(prepared: PreparedMapping, cells: readonly string[], row: number): RowResult {
  const problems: RowProblem[] = [];
  const problem = (column: string | null, message: string) => problems.push({ row, column, message });
  if (cells.length > prepared.header.length) {
    problem(null, `has ${cells.length} cells but the header has ${prepared.header.length}: quote values that contain commas`);
    return { row, ok: false, problems };
  }
  const text = new Map<string, { column: string; value: string; format: string | undefined }>();
  for (const c of prepared.columns) {
    const value = (cells[c.index] ?? '').trim();
    if (value !== '') text.set(c.field, { column: c.column, value, format: c.format });
  }
  // Where each part of the account came from, so a schema issue is reported on its column.
  const origin = new Map<string, string>();
  for (const c of prepared.columns) origin.set(c.field, c.column);
  const read = <T>(fieldId: string, reader: (value: string, format: string | undefined) => Cell<T>): T | undefined => {
    const cell = text.get(fieldId);
    if (!cell) return undefined;
    const result = reader(cell.value, cell.format);
    if (result.ok) return result.value;
    problem(cell.column, result.message);
    return undefined;
  };
  const upper = (v: string): Cell<string> => ({ ok: true, value: v.toUpperCase() });
  const plain = (v: string): Cell<string> => ({ ok: true, value: v });

  const draft: Draft = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) draft[key] = value;
  };
  set('id', read('id', plain));
  const first = read('firstName', plain);
  const last = read('lastName', plain);
  set('name', read('name', plain) ?? ([first, last].filter(Boolean).join(' ') || undefined));
  const currency = read('currency', upper) ?? prepared.mapping.currency;
  set('currency', currency);
  set('balanceCents', read('balance', (v, f) => readAmount(v, (f ?? 'decimal') as AmountFormat, currency)));
  set('dueDate', read('dueDate', (v, f) => readDate(v, (f ?? 'YYYY-MM-DD') as DateFormat)));
  set('timezone', read('timezone', readTimeZone));
  set('language', read('language', (v) => ({ ok: true, value: v.toLowerCase() })));
  set('consumerId', read('consumerId', plain));
  set('doNotContactAtWork', read('doNotContactAtWork', readBoolean));
  const esign = read('esignConsentAt', (v, f) => readDate(v, (f ?? 'YYYY-MM-DD') as DateFormat));
  if (esign) set('esignConsentAt', `${esign}T00:00:00Z`);

  const consents: Record<string, boolean> = {};
  for (const channel of ['sms', 'voice', 'email', 'whatsapp', 'letter']) {
    const given = read(`consent.${channel}`, readBoolean);
    if (given !== undefined) consents[channel] = given;
  }
  draft.consents = consents;

  const phones: ContactPhone[] = [];
  for (const [fieldId, type] of [['phone', 'unknown'], ['phone.mobile', 'mobile'], ['phone.landline', 'landline'], ['phone.work', 'work']] as const) {
    const number = read(fieldId, (v) => readPhone(v, prepared.mapping.defaultCountry));
    if (number && !phones.some((p) => p.number === number)) phones.push({ number, type, consents: {} });
  }
  const primary = PHONE_PREFERENCE.map((t) => phones.find((p) => p.type === t)).find(Boolean);
  if (primary) {
    // The file's consents are the holder's consents for the number Kairos will text and call.
    const { sms, voice, whatsapp } = consents;
    primary.consents = Object.fromEntries(Object.entries({ sms, voice, whatsapp }).filter(([, v]) => v !== undefined));
    draft.phone = primary.number;
    draft.phones = [primary, ...phones.filter((p) => p !== primary)];
  }
  const email = read('email', plain);
  const email2 = read('email2', plain);
  if (email) draft.email = email;
  const emails = [email, email2].filter((e): e is string => Boolean(e));
  if (emails.length > 0) draft.emails = emails.map((address, i) => ({ address, consents: i === 0 && consents.email !== undefined ? { email: consents.email } : {} }));

  const address: Draft = {};
  for (const part of ['line1', 'line2', 'city', 'postalCode']) {
    const v = read(`address.${part}`, plain);
    if (v !== undefined) address[part] = v;
  }
  for (const part of ['state', 'country']) {
    const v = read(`address.${part}`, upper);
    if (v !== undefined) address[part] = v;
  }
  if (Object.keys(address).length > 0) draft.address = address;

  const spouseName = read('spouse.name', plain);
  const spousePhone = read('spouse.phone', (v) => readPhone(v, prepared.mapping.defaultCountry));
  const spouseEmail = read('spouse.email', plain);
  if (spouseName || spousePhone || spouseEmail) draft.spouse = { name: spouseName, ...(spousePhone ? { phone: spousePhone } : {}), ...(spouseEmail ? { email: spouseEmail } : {}) };

  const timeBarred = read('debtFlags.timeBarred', readBoolean);
  const medical = read('debtFlags.medical', readBoolean);
  if (timeBarred !== undefined || medical !== undefined) draft.debtFlags = { timeBarred: timeBarred ?? false, medical: medical ?? false };
  const careFlags = (['hardship', 'vulnerability'] as const).filter((kind) => read(`careFlags.${kind}`, readBoolean) === true).map((kind) => ({ kind }));
  if (careFlags.length > 0) draft.careFlags = careFlags;

  const attributes: Record<string, string | number> = {};
  for (const c of prepared.columns) {
    if (importField(c.field)?.kind !== 'attribute') continue;
    const name = c.field.slice('attributes.'.length);
    const value = read<string | number>(c.field, (v, f) => (f === 'number' ? readNumber(v) : plain(v)));
    if (value !== undefined) attributes[name] = value;
  }
  draft.attributes = attributes;

  const parsed = accountSnapshotSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      // A cell that already has a problem is reported once, with the reader's message.
      const fieldId = fieldOfPath(path);
      const column = fieldId ? (origin.get(fieldId) ?? null) : null;
      if (column !== null && problems.some((p) => p.column === column)) continue;
      const missing = fieldId && !text.has(fieldId);
      problem(column, missing ? `is empty: ${fieldId} (${importField(fieldId)?.label ?? fieldId}) is required${column === null ? ' and no column is mapped to it' : ''}` : issue.message);
    }
  }
  if (problems.length > 0 || !parsed.success) {
    // In the order of the file's columns, as the user reads the row.
    const at = (column: string | null) => (column === null ? -1 : prepared.header.indexOf(column));
    return { row, ok: false, problems: problems.sort((a, b) => at(a.column) - at(b.column)) };
  }
  return { row, ok: true, account: parsed.data };
}

/** The import field a schema path stands for ("address.city", "balance", "consent.sms", "phone.mobile"). */
function fieldOfPath(path: readonly string[]): string | undefined {
  const [head, next] = path;
  if (head === 'balanceCents') return 'balance';
  if (head === 'consents') return next ? `consent.${next}` : undefined;
  if (head === 'address' || head === 'spouse' || head === 'debtFlags' || head === 'attributes') return next ? `${head}.${next}` : head === 'address' ? 'address.city' : undefined;
  if (head === 'phones' || head === 'phone') return 'phone';
  if (head === 'emails') return 'email';
  return head;
}

/** The account as the database will hold it (primary phone and email among its contact points): what a preview shows. */
export const asStored = (account: AccountSnapshot) => withContactPoints(account);
