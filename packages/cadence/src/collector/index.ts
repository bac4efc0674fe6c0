// The collector's identity: schema, how messages show it, the demo identity.
export {
  addressLine, collectorIdentitySchema, collectorLicenceSchema, licenceFor, mailingAddressSchema, phoneForReading, readCollectorIdentity,
  type CollectorIdentity, type CollectorIdentityInput, type MailingAddress,
} from './identity';
export { DEMO_COLLECTOR_IDENTITY } from './demo-identity';
export { US_STATE_CODES, usStateOf, type UsStateCode } from './us-states';
