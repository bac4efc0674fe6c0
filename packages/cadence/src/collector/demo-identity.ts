import type { CollectorIdentity } from './identity';

/**
 * The identity of the demo portfolio (`kairos start` seeds it) and of tests: fictional on its face
 * (a 555-01xx number, an example.com site, DEMO licence numbers) yet valid, so the demo sends end to end.
 * An administrator replaces it before a portfolio reaches real customers.
 */
export const DEMO_COLLECTOR_IDENTITY: CollectorIdentity = {
  legalName: 'Kairos Demo Recoveries LLC',
  displayName: 'Kairos Demo Recoveries',
  phone: '+12125550142',
  mailingAddress: { line1: '100 Example Avenue', line2: 'Suite 5', city: 'Springfield', state: 'IL', postalCode: '62701' },
  hours: 'Mon–Fri 8 am–8 pm, Sat 9 am–1 pm ET',
  website: 'https://demo-recoveries.example.com',
  licences: [
    { state: 'NY', number: 'DEMO-NY-0000001' },
    { state: 'CA', number: 'DEMO-CA-0000002' },
    { state: 'IL', number: 'DEMO-IL-0000003' },
  ],
};
