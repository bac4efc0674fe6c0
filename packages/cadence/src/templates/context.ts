import type { AccountSnapshot } from '../account';
import { addressLine, licenceFor, phoneForReading, type CollectorIdentity } from '../collector/identity';
import { daysPastDue } from '../interpreter/time';
import { formatMoney } from './engine';
import { accountLastFour } from './last-four';

/**
 * Facts of the moment that are not account fields: the live payment link, offers, the collector.
 * There are no stand-ins: a template that uses `paymentLink`, `unsubscribeLink` or `collector.*`
 * without the caller giving them fails to render (strict variables), so no placeholder can reach a customer.
 */
export interface TemplateExtras {
  /** The account's live checkout link (`<public URL>/pay/<token>`). */
  paymentLink?: string;
  /** The one-click unsubscribe link of this email (signed per contact attempt). */
  unsubscribeLink?: string;
  /** The portfolio's collector: names, phone, address, hours, website and licences. */
  collector?: CollectorIdentity;
  /** The open discount or link offer, if any (templates that use it fail to render without one). */
  offer?: { amountCents: number; percent?: number; expiresOn: string };
  plan?: { installments: number; installmentCents: number; firstDueDate: string; frequency: string };
  promise?: { amountCents: number; date: string };
}

/** Variables a message template may use; `account.attributes.<name>` is open. */
export const TEMPLATE_VARIABLES: ReadonlyArray<{ path: string; description: string }> = [
  { path: 'account.id', description: 'Account reference' },
  { path: 'account.name', description: 'Full name' },
  { path: 'account.firstName', description: 'First name' },
  { path: 'account.amountDue', description: 'Balance formatted in the account currency' },
  { path: 'account.balanceCents', description: 'Balance in cents (use with | money)' },
  { path: 'account.currency', description: 'ISO currency code' },
  { path: 'account.dueDate', description: 'Due date, YYYY-MM-DD' },
  { path: 'account.dpd', description: 'Days past due today' },
  { path: 'account.language', description: 'Language tag' },
  { path: 'account.lastFour', description: 'Last four digits of the account number (attributes.accountNumber), else of the account id' },
  { path: 'paymentLink', description: 'Link to pay online' },
  { path: 'unsubscribeLink', description: 'Email: one-click link that stops emails to this address (also sent as the List-Unsubscribe header)' },
  { path: 'collector.name', description: 'Name of the collecting company, as messages use it' },
  { path: 'collector.legalName', description: 'Legal name of the collecting company' },
  {
    path: 'collector.disclosure',
    description: 'Debt-collector disclosure for a first contact (Reg F 1006.18(e)(1)): who we are, that this is an attempt to collect a debt and how information is used',
  },
  { path: 'collector.identification', description: 'Identification for later contacts (Reg F 1006.18(e)(2)): this is from a debt collector' },
  { path: 'collector.phone', description: 'Phone number of the collecting company, as people read it' },
  { path: 'collector.address', description: 'Mailing address of the collecting company, on one line' },
  { path: 'collector.hours', description: 'When the phone is answered' },
  { path: 'collector.website', description: "The collecting company's website" },
  {
    path: 'collector.licence',
    description: "The collector's licence for the account's state (attribute state, e.g. NY), such as \"NY license no. 1234567\"; empty when it holds none there",
  },
  { path: 'offer.amount', description: 'Amount of the open offer (discount or link), formatted' },
  { path: 'offer.percent', description: 'Discount of the open offer, in percent' },
  { path: 'offer.expiresOn', description: 'Last day of the open offer, YYYY-MM-DD' },
  { path: 'plan.installments', description: 'Number of installments of the offered plan' },
  { path: 'plan.installmentAmount', description: 'Amount of each installment, formatted' },
  { path: 'plan.firstDueDate', description: 'Due date of the first installment' },
  { path: 'plan.frequency', description: 'weekly, biweekly or monthly' },
  { path: 'promise.amount', description: 'Amount promised, formatted' },
  { path: 'promise.date', description: 'Date promised, YYYY-MM-DD' },
];

export function isKnownTemplateVariable(path: string): boolean {
  if (TEMPLATE_VARIABLES.some((v) => v.path === path)) return true;
  return /^account\.attributes\.[A-Za-z_][A-Za-z0-9_]*$/.test(path);
}

/** The values a template sees for one account at one moment. */
export function templateContext(account: AccountSnapshot, nowIso: string, extras: TemplateExtras = {}) {
  return {
    account: {
      id: account.id,
      name: account.name,
      firstName: account.name.split(/\s+/)[0] ?? account.name,
      amountDue: formatMoney(account.balanceCents, account.currency),
      balanceCents: account.balanceCents,
      currency: account.currency,
      dueDate: account.dueDate,
      dpd: daysPastDue(account, nowIso),
      language: account.language,
      lastFour: accountLastFour(account),
      attributes: account.attributes,
    },
    ...(extras.paymentLink ? { paymentLink: extras.paymentLink } : {}),
    ...(extras.unsubscribeLink ? { unsubscribeLink: extras.unsubscribeLink } : {}),
    ...(extras.collector ? { collector: collectorValues(extras.collector, account) } : {}),
    ...(extras.offer
      ? { offer: { amount: formatMoney(extras.offer.amountCents, account.currency), percent: extras.offer.percent ?? 0, expiresOn: extras.offer.expiresOn } }
      : {}),
    ...(extras.plan
      ? {
          plan: {
            installments: extras.plan.installments,
            installmentAmount: formatMoney(extras.plan.installmentCents, account.currency),
            firstDueDate: extras.plan.firstDueDate,
            frequency: extras.plan.frequency,
          },
        }
      : {}),
    ...(extras.promise ? { promise: { amount: formatMoney(extras.promise.amountCents, account.currency), date: extras.promise.date } } : {}),
  };
}

/**
 * The collector as templates see it, with the disclosures a template includes by variable so their
 * wording is kept in one place. Accounts carry no postal address yet: the licence shown is the one
 * for the state in the account's `state` attribute (when a postal address arrives, read it here).
 */
function collectorValues(c: CollectorIdentity, account: AccountSnapshot) {
  const name = c.displayName;
  return {
    name,
    legalName: c.legalName,
    phone: phoneForReading(c.phone),
    address: addressLine(c.mailingAddress),
    hours: c.hours,
    website: c.website,
    licence: licenceFor(c, account.attributes.state) ?? '',
    disclosure: `This is ${name}, a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.`,
    identification: `This is a communication from ${name}, a debt collector.`,
  };
}
