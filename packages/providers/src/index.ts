// The protocols Kairos speaks with channel providers (send, status webhooks) and the signing schemes
// of the webhooks payment processors call. Used by the worker (senders) and the API (webhooks).
export * from './provider';
export * from './receipts';
export * from './status-webhook';
export * from './protocols';
export { createSmtpProvider, messageIdFor, type SmtpSettings } from './email/smtp-provider';
export { emailReportSchema, emailStatusWebhook, type EmailReport } from './email/email-status-webhook';
export { callTwiml, createTwilioProvider, statusCallbackFor, TwilioTransientError, type TwilioSettings } from './twilio/twilio-provider';
export { twilioSignature, verifyTwilioSignature } from './twilio/twilio-signature';
export { twilioReceipt } from './twilio/twilio-status';
export { twilioForm, twilioStatusWebhook } from './twilio/twilio-status-webhook';
export * from './timestamped-signature';
