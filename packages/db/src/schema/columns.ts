// Column helpers every Kairos table uses. Money is integer cents; instants are timestamptz; dates are local calendar dates.
import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const createdAt = (name = 'created_at') => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A transaction id (64-bit, never wraps): what the analytics projection orders committed facts by. */
export const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * The id of the transaction that wrote the row. The analytics projection reads the facts written by
 * transactions that have all finished (below the snapshot's xmin), so none is missed or read twice.
 */
export const writtenBy = (name = 'written_by_tx') => xid8(name).notNull().default(sql`pg_current_xact_id()`);
