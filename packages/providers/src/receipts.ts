// What a provider reports about a message it was handed: the delivery receipt, as its status webhook
// (or the sandbox) reads it. The database stores these; the shape belongs to the providers that send them.

/** Where a message stands at its provider. */
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'bounced';

export interface NewDeliveryReceipt {
  provider: string;
  receiptKey: string;
  providerMessageId: string;
  status: DeliveryStatus;
  providerStatus: string;
  outcome?: string;
  error?: string;
  payload: Record<string, unknown>;
  /**
   * The attempt the callback names by its idempotency key (Twilio's StatusCallback URL carries it): links
   * the provider's message id to an attempt whose send was never booked (its outcome unknown).
   */
  idempotencyKey?: string;
}
