// Portfolios (books of accounts): their providers, secrets, collector identity and compliance profiles.
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { CollectorIdentity } from '@kairos/cadence';
import type { PortfolioProviderSettings, ProviderSecretName, SandboxSettings } from '@kairos/providers';
import { createdAt, instant } from './columns';

/** Settings of one portfolio: which provider serves each channel (the sandbox when none is named) and each provider's block, as @kairos/providers declares them. */
export interface PortfolioSettings extends Omit<PortfolioProviderSettings, 'sandbox'> {
  /**
   * `true`: a sandbox portfolio of test accounts. Every send of its accounts goes to the outbox (the sandbox
   * provider, with its default settings) whatever channels name, and strategists may create its accounts.
   * An object: the sandbox provider's block (receipts, failing recipients) of a portfolio that routes channels to it.
   */
  sandbox?: true | SandboxSettings;
  /**
   * Contact steps wait while a promise to pay is open (recorded, not yet kept, promised date + grace not passed).
   * Absent: on, so a customer who promised is not chased for the same money; false turns the hold off.
   */
  holdContactWhilePromiseOpen?: boolean;
  /** How long a send with fallbacks waits for a delivery receipt before it counts the message as sent. */
  receiptWaitSeconds?: number;
  /** The compliance profile of this book's accounts (an account may override it); absent: the configured default. */
  complianceProfile?: string;
  /** Who collects this book: messages, disclosures, the checkout page and letters name it. Absent: sends are refused. */
  collector?: CollectorIdentity;
  /** Hosts this book's senders may call besides the providers' own (see @kairos/outbound); set by admins. */
  outbound?: { allowedHosts: string[] };
}

/** Secrets of a portfolio: stored, used by providers and webhook verifiers, never answered by the API nor logged. */
export type PortfolioSecrets = { [K in ProviderSecretName]?: string } & {
  stripeWebhookSecret?: string;
  paymentsWebhookSecret?: string;
};

export const portfolios = pgTable('portfolios', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<PortfolioSettings>().notNull(),
  secrets: jsonb('secrets').$type<PortfolioSecrets>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** A custom compliance profile file (see `parseProfileFile` in @kairos/compliance), as an admin stored it. */
export const storedComplianceProfiles = pgTable('compliance_profiles', {
  id: text('id').primaryKey(),
  /** The profile file, validated before it is stored; compiled by every API and worker that loads it. */
  definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
  updatedBy: text('updated_by').notNull(),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
