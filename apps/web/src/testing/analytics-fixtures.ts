// Analytics answers shaped exactly as the API's analytics routes answer them, for the component tests.
import type { AnalyticsFreshness, ArmResult, Dashboard, ExperimentReport, ExperimentSummary, VersionAnalytics } from '../api/analytics-types';

/** Figures counted through a minute ago, nothing parked. */
export const freshness: AnalyticsFreshness = { projectedThrough: '2026-03-31T11:59:00.000Z', lagSeconds: 60, parkedFacts: 0 };

export const experimentSummary: ExperimentSummary = {
  experimentId: 'sms-first',
  cadenceId: 'c-1',
  cadenceName: 'Early collections',
  versionIds: ['v-1'],
  nodeId: 'split',
  arms: [
    { arm: 'variant:A', key: 'A', label: 'Champion', weight: 45, control: false },
    { arm: 'variant:B', key: 'B', label: 'Challenger', weight: 45, control: false },
    { arm: 'control', key: 'control', label: 'Control', weight: 10, control: true },
  ],
  enrolled: 2000,
  firstAssignedAt: '2026-03-01T09:00:00.000Z',
  lastAssignedAt: '2026-03-30T17:45:00.000Z',
};

const arm = (over: Partial<ArmResult> & Pick<ArmResult, 'arm' | 'key' | 'label'>): ArmResult => ({
  control: false,
  enrolled: 900,
  contacted: 850,
  rightPartyContacts: 400,
  rpcRate: 400 / 850,
  promises: 180,
  promiseRate: 0.2,
  promisesKept: 120,
  promiseKeptRate: 120 / 180,
  paidAccounts: 270,
  paidShare: 0.3,
  paidShareInterval: [0.2710, 0.3307],
  amountPlacedMinor: 45_000_000,
  amountCollectedMinor: 9_000_000,
  recoveryRate: 0.2,
  currency: 'USD',
  timeToFirstPayment: {
    medianDays: 12.5,
    curve: [
      { day: 0, paidShare: 0 },
      { day: 7, paidShare: 0.12 },
      { day: 14, paidShare: 0.22 },
      { day: 30, paidShare: 0.3 },
    ],
  },
  costMinor: 180_000,
  costToCollect: 0.02,
  guardrails: { optOuts: 12, complaints: 1, disputes: 4, suppressedContacts: 30 },
  ...over,
});

export const experimentReport: ExperimentReport = {
  experiment: experimentSummary,
  primaryMetric: 'paidShare',
  test: { name: 'mSPRT', alpha: 0.05, explanation: 'an always-valid test: looking every day does not raise the false-winner rate' },
  arms: [
    arm({ arm: 'variant:A', key: 'A', label: 'Champion' }),
    arm({
      arm: 'variant:B',
      key: 'B',
      label: 'Challenger',
      paidAccounts: 298,
      paidShare: 0.331,
      paidShareInterval: [0.3011, 0.3624],
      guardrails: { optOuts: 19, complaints: 2, disputes: 3, suppressedContacts: 41 },
      timeToFirstPayment: { medianDays: 9, curve: [{ day: 0, paidShare: 0 }, { day: 7, paidShare: 0.16 }, { day: 21, paidShare: 0.331 }] },
    }),
    arm({
      arm: 'control',
      key: 'control',
      label: 'Control',
      control: true,
      enrolled: 200,
      contacted: 0,
      rightPartyContacts: 0,
      rpcRate: null,
      paidAccounts: 30,
      paidShare: 0.15,
      paidShareInterval: [0.1072, 0.2061],
      costMinor: 0,
      costToCollect: 0,
      timeToFirstPayment: { medianDays: null, curve: [{ day: 0, paidShare: 0 }, { day: 7, paidShare: 0.12 }, { day: 14, paidShare: 0.15 }] },
    }),
  ],
  comparisons: [
    { metric: 'paidShare', arm: 'variant:B', against: 'variant:A', difference: 0.031, interval: [0.008, 0.054], pValue: 0.012, verdict: 'arm_better', moreAccountsNeeded: null },
    { metric: 'paidShare', arm: 'control', against: 'variant:A', difference: -0.15, interval: [-0.22, -0.08], pValue: 0.0001, verdict: 'arm_worse', moreAccountsNeeded: null },
  ],
  generatedAt: '2026-03-31T08:00:00.000Z',
  freshness,
};

export const undecidedReport: ExperimentReport = {
  ...experimentReport,
  arms: experimentReport.arms.slice(0, 2),
  comparisons: [{ metric: 'paidShare', arm: 'variant:B', against: 'variant:A', difference: 0.012, interval: [-0.02, 0.044], pValue: 0.41, verdict: 'no_difference_yet', moreAccountsNeeded: 1840 }],
};

export const dashboard: Dashboard = {
  range: { from: '2026-03-01', to: '2026-03-03' },
  currency: 'USD',
  kpis: {
    accountsEnrolled: 1200,
    amountPlacedMinor: 60_000_000,
    amountCollectedMinor: 12_600_000,
    recoveryRate: 0.21,
    promiseKeptRate: 0.64,
    rightPartyContactRate: 0.38,
    contactRate: 0.71,
    costMinor: 252_000,
    costPerCollected: 0.02,
    medianDaysToRecovery: 11,
  },
  byChannel: [
    { channel: 'sms', attempts: 3000, delivered: 2900, suppressed: 40, rightPartyContacts: 900, contactRate: 0.75, rightPartyContactRate: 0.3, costMinor: 24_000, costPerCollected: 0.004 },
    { channel: 'email', attempts: 2000, delivered: 1800, suppressed: 10, rightPartyContacts: 300, contactRate: 0.6, rightPartyContactRate: 0.15, costMinor: 2_000, costPerCollected: null },
  ],
  byTier: [
    { tier: 'tier-1', accounts: 700, recoveryRate: 0.25, promiseKeptRate: 0.7 },
    { tier: 'tier-2', accounts: 500, recoveryRate: 0.15, promiseKeptRate: null },
    { tier: '', accounts: 3, recoveryRate: null, promiseKeptRate: null },
  ],
  rollRates: [
    { from: '1-15', to: '16-30', accounts: 300, rate: 0.25 },
    { from: '16-30', to: '31-60', accounts: 120, rate: 0.4 },
    { from: '16-30', to: 'paid', accounts: 60, rate: 0.2 },
    { from: '31-60', to: '31-60', accounts: 10, rate: 0.3 },
  ],
  daily: [
    { date: '2026-03-01', collectedMinor: 4_000_000, contacts: 1700, promises: 40, payments: 80 },
    { date: '2026-03-02', collectedMinor: 5_100_000, contacts: 1600, promises: 35, payments: 95 },
    { date: '2026-03-03', collectedMinor: 3_500_000, contacts: 1700, promises: 30, payments: 70 },
  ],
  timeToRecovery: [
    { day: 0, recoveredShare: 0 },
    { day: 10, recoveredShare: 0.12 },
    { day: 30, recoveredShare: 0.21 },
  ],
  freshness,
};

export const emptyDashboard: Dashboard = {
  ...dashboard,
  kpis: { ...dashboard.kpis, accountsEnrolled: 0, amountPlacedMinor: 0, amountCollectedMinor: 0, recoveryRate: null, promiseKeptRate: null, rightPartyContactRate: null, contactRate: null, costMinor: 0, costPerCollected: null, medianDaysToRecovery: null },
  byChannel: [],
  byTier: [],
  rollRates: [],
  daily: [],
  timeToRecovery: [],
};

export const versionAnalytics: VersionAnalytics = {
  versionId: 'v-1',
  range: { from: '2026-03-01', to: '2026-03-30' },
  paidWithinDays: 7,
  nodes: {
    start: { entered: 100, waitingNow: 0, exitedHere: 0, paidWithin: 40 },
    sms: { entered: 90, waitingNow: 5, exitedHere: 2, paidWithin: 30 },
    done: { entered: 60, waitingNow: 0, exitedHere: 60, paidWithin: 10 },
  },
  edges: { e1: { volume: 90 }, e2: { volume: 60 } },
  freshness,
};
