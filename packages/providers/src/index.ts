// The channel providers Kairos routes messages to, each declared once (channels, settings, secrets,
// sender, webhooks) and listed in one registry; and the signing schemes of payment webhooks.
// Used by the worker (senders), the API (settings, secrets, webhook routes) and the database (receipts).
export * from './provider';
export * from './provider-definition';
export * from './receipts';
export * from './registry';
export * from './status-webhook';
export { sandboxSettingsSchema, SANDBOX_PROVIDER_ID, type SandboxSettings } from './sandbox/sandbox-settings';
export { smtpProvider, smtpSettingsSchema } from './email';
export { createSmtpProvider, messageIdFor, type SmtpSettings } from './email/smtp-provider';
export { emailReportSchema, emailStatusWebhook, type EmailReport } from './email/email-status-webhook';
export { twilioProvider, twilioSettingsSchema } from './twilio';
export { callTwiml, createTwilioProvider, statusCallbackFor, TwilioTransientError, type TwilioSettings } from './twilio/twilio-provider';
export { twilioSignature, verifyTwilioSignature } from './twilio/twilio-signature';
export { twilioReceipt } from './twilio/twilio-status';
export { twilioForm, twilioStatusWebhook } from './twilio/twilio-status-webhook';
export * from './timestamped-signature';
