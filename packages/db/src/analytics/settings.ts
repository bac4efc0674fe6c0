// Unit cost of a contact attempt per channel (minor units), for cost to collect. One row, 'default'.
import { eq, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { analyticsSettings } from '../schema';

export interface AnalyticsSettings {
  currency: string;
  unitCostMinor: Record<string, number>;
}

/** Until an admin sets them: typical US prices (an SMS 1¢, a robocall 5¢, a letter 85¢). */
export const DEFAULT_ANALYTICS_SETTINGS: AnalyticsSettings = {
  currency: 'USD',
  unitCostMinor: { sms: 1, email: 0, voice: 5, whatsapp: 2, push: 0, letter: 85 },
};

export async function getAnalyticsSettings(db: KairosDb): Promise<AnalyticsSettings> {
  const [row] = await db.select().from(analyticsSettings).where(eq(analyticsSettings.id, 'default'));
  return row ? { currency: row.currency, unitCostMinor: { ...DEFAULT_ANALYTICS_SETTINGS.unitCostMinor, ...row.unitCostMinor } } : DEFAULT_ANALYTICS_SETTINGS;
}

/** Set the currency and the unit costs named (the others keep what they were set to). */
export async function putAnalyticsSettings(db: KairosDb, s: AnalyticsSettings): Promise<AnalyticsSettings> {
  await db
    .insert(analyticsSettings)
    .values({ id: 'default', currency: s.currency, unitCostMinor: s.unitCostMinor })
    .onConflictDoUpdate({
      target: analyticsSettings.id,
      set: { currency: s.currency, unitCostMinor: sql`${analyticsSettings.unitCostMinor} || excluded.unit_cost_minor`, updatedAt: sql`now()` },
    });
  return getAnalyticsSettings(db);
}
