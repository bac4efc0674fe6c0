// Response shapes of the analytics routes (docs/analytics.md and /work contract): rates are in [0, 1]
// or null when their denominator is 0; money is integer minor units with its currency.
import { z } from '@hono/zod-openapi';
import { freshnessJson } from './report-freshness';

const n = z.number();
const rate = z.number().nullable();
const interval = z.tuple([z.number(), z.number()]);

export const armDefJson = z.object({ arm: z.string(), key: z.string(), label: z.string(), weight: n, control: z.boolean() }).openapi('ExperimentArm');

export const experimentSummaryJson = z
  .object({
    experimentId: z.string(),
    cadenceId: z.string(),
    cadenceName: z.string(),
    versionIds: z.array(z.string()),
    nodeId: z.string(),
    arms: z.array(armDefJson),
    enrolled: n,
    firstAssignedAt: z.string().nullable(),
    lastAssignedAt: z.string().nullable(),
  })
  .openapi('ExperimentSummary');

export const armResultJson = z
  .object({
    arm: z.string(),
    key: z.string(),
    label: z.string(),
    control: z.boolean(),
    enrolled: n,
    contacted: n,
    rightPartyContacts: n,
    rpcRate: rate,
    promises: n,
    promiseRate: rate,
    promisesKept: n,
    promiseKeptRate: rate,
    paidAccounts: n,
    paidShare: rate,
    paidShareInterval: interval.openapi({ description: 'Wilson 95% interval of the paid share' }),
    amountPlacedMinor: n,
    amountCollectedMinor: n,
    recoveryRate: rate,
    currency: z.string(),
    timeToFirstPayment: z.object({ medianDays: n.nullable(), curve: z.array(z.object({ day: n, paidShare: n })) }),
    costMinor: n,
    costToCollect: rate,
    guardrails: z.object({ optOuts: n, complaints: n, disputes: n, suppressedContacts: n }),
  })
  .openapi('ArmResult');

export const comparisonJson = z
  .object({
    metric: z.string(),
    arm: z.string(),
    against: z.string(),
    difference: n,
    interval: interval.openapi({ description: 'Always-valid 95% confidence interval of the difference' }),
    pValue: n,
    verdict: z.enum(['arm_better', 'arm_worse', 'no_difference_yet']),
    moreAccountsNeeded: n.nullable(),
  })
  .openapi('ArmComparison');

export const dashboardJson = z
  .object({
    range: z.object({ from: z.string(), to: z.string() }),
    currency: z.string(),
    kpis: z.object({
      accountsEnrolled: n,
      amountPlacedMinor: n,
      amountCollectedMinor: n,
      recoveryRate: rate,
      promiseKeptRate: rate,
      rightPartyContactRate: rate,
      contactRate: rate,
      costMinor: n,
      costPerCollected: rate,
      medianDaysToRecovery: n.nullable(),
    }),
    byChannel: z.array(
      z.object({
        channel: z.string(),
        attempts: n,
        delivered: n,
        suppressed: n,
        rightPartyContacts: n,
        contactRate: rate,
        rightPartyContactRate: rate,
        costMinor: n,
        costPerCollected: rate,
      }),
    ),
    byTier: z.array(z.object({ tier: z.string(), accounts: n, recoveryRate: rate, promiseKeptRate: rate })),
    rollRates: z.array(z.object({ from: z.string(), to: z.string(), accounts: n, rate: n })),
    daily: z.array(z.object({ date: z.string(), collectedMinor: n, contacts: n, promises: n, payments: n })),
    timeToRecovery: z.array(z.object({ day: n, recoveredShare: n })),
    freshness: freshnessJson,
  })
  .openapi('Dashboard');

export const analyticsSettingsJson = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
    unitCostMinor: z
      .partialRecord(z.enum(['sms', 'email', 'voice', 'whatsapp', 'push', 'letter']), z.number().int('must be whole minor units (cents)').min(0).max(100_000))
      .openapi({ description: 'Cost of one contact attempt per channel, in minor units' }),
  })
  .openapi('AnalyticsSettings');
