// The embedded product's provider writes messages to the outbox table (its sender lives with the
// worker, beside the database). Its settings are declared here, with every other provider's.
import { z } from 'zod';

export const sandboxSettingsSchema = z.object({
  /** Report every message delivered at once (a receipt, through the same path as a real provider's). */
  deliver: z.boolean().optional(),
  /** Receipts come later, from the outbox API (simulated delivered, failed, bounced): sends with fallbacks wait for them. */
  receipts: z.boolean().optional(),
  /** Recipients whose messages fail (a dead number) or bounce (an unknown mailbox), on demand. */
  failRecipients: z.array(z.string()).max(100).optional(),
  bounceRecipients: z.array(z.string()).max(100).optional(),
});
export type SandboxSettings = z.output<typeof sandboxSettingsSchema>;

/** The provider of every channel a portfolio does not route elsewhere. */
export const SANDBOX_PROVIDER_ID = 'sandbox';
