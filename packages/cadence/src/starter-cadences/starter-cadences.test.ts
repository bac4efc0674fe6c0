// Each starter cadence run over accounts with scripted payments, promises, plans and disputes: the
// right message at the right virtual time, and nothing after the account pays or disputes.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import type { AccountEvent, AccountSnapshot } from '../account';
import type { CadenceIR } from '../interpreter/ir';
import { localDate, resolveTimeSpec } from '../interpreter/time';
import { builtInRegistry } from '../nodes/index';
import { generatePortfolio, sandboxActivityResult, simulatePortfolio, type ScriptedEvent, type SimulatedEnrollment } from '../simulation/index';
import { DEMO_COLLECTOR_IDENTITY } from '../collector/index';
import { chooseVariant, renderTemplate } from '../templates/index';
import { testAccount } from '../testing/graph-builder';
import { starterCadences } from './index';

const byId = Object.fromEntries(starterCadences().map((s) => [s.id, s]));
const irOf = (id: string): CadenceIR => {
  const r = compile(byId[id]!.graph, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
};

/** Simulate, rendering every message as the worker would (variant by language, Liquid over the account). */
function run(ir: CadenceIR, accounts: AccountSnapshot[], script: ScriptedEvent[], startAt: string, horizonDays = 130) {
  const rendered = new Map<string, string[]>();
  const runs = simulatePortfolio({
    ir,
    accounts,
    script,
    startAt,
    horizonDays,
    activity: (input, account, at) => {
      if (input.activity === 'sendMessage') {
        const p = input.params as { body: string; subject?: string; variants?: Array<{ language: string; body: string }> };
        const text = chooseVariant(p, account.language);
        const extras = { collector: DEMO_COLLECTOR_IDENTITY, paymentLink: `https://kairos.test/pay/${account.id}`, unsubscribeLink: `https://kairos.test/unsubscribe/${account.id}`, plan: { installments: 6, installmentCents: 2_500, firstDueDate: '2026-12-01', frequency: 'monthly' }, offer: { amountCents: 1_000, expiresOn: '2027-01-01' } };
        rendered.set(account.id, [...(rendered.get(account.id) ?? []), renderTemplate(text.body, account, at, extras)]);
      }
      return sandboxActivityResult(input.activity, input, account) ?? { outcome: 'next' };
    },
  });
  return { runs: new Map(runs.map((r) => [r.accountId, r])), rendered };
}
const at = (account: AccountSnapshot, offsetDays: number, localTime = '10:00') => resolveTimeSpec({ dueDateOffsetDays: offsetDays, localTime }, account.dueDate, account);
const sends = (r: SimulatedEnrollment) => r.activities.filter((a) => a.activity === 'sendMessage').map((a) => [a.stepId, a.at]);
const event = (accountId: string, when: string, e: Record<string, unknown> & { type: string }, n = 1): ScriptedEvent => ({
  accountId,
  at: when,
  event: { eventId: `${accountId}-${e.type}-${n}`, occurredAt: when, ...e } as AccountEvent,
});

describe('the starter cadences', () => {
  it('all compile; only the post-payment one warns (it must not end on the payment that started it)', () => {
    for (const s of starterCadences()) {
      const r = compile(s.graph, builtInRegistry);
      expect(r.ok ? r.warnings.map((w) => w.code) : r.issues, s.id).toEqual(s.id === 'post-payment-acknowledgement' ? ['no-exit-on-payment'] : []);
    }
  });

  it('have distinct ids, names and descriptions', () => {
    const all = starterCadences();
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) expect(s.description.length).toBeGreaterThan(40);
  });
});

describe('four-tier collections', () => {
  const ir = irOf('four-tier-collections');
  const due = '2026-11-10';
  const acct = (id: string, over: Partial<AccountSnapshot>) => testAccount({ id, dueDate: due, consents: { sms: true, email: true, voice: true }, ...over });
  const tier1 = acct('T1', { balanceCents: 150_000, attributes: { riskScore: 0.9, latePayments12m: 2 } });
  const tier2 = acct('T2', { balanceCents: 40_000, attributes: { riskScore: 0.2, latePayments12m: 0 } });
  const tier3 = acct('T3', { balanceCents: 60_000, attributes: { riskScore: 0.5, latePayments12m: 4 } });
  const tier4 = acct('T4', { balanceCents: 15_000, attributes: { riskScore: 0.1, latePayments12m: 2 } });
  const planTaker = acct('T1-PLAN', { balanceCents: 150_000, attributes: { riskScore: 0.8, latePayments12m: 2 } });
  const spanish = acct('T2-ES', { balanceCents: 40_000, language: 'es-MX', consents: { email: true }, attributes: { latePayments12m: 0 } });
  const script = [
    event('T2', '2026-11-12T17:00:00.000Z', { type: 'payment', amountCents: 40_000 }),
    event('T3', '2026-11-13T17:00:00.000Z', { type: 'promise', amountCents: 20_000, promisedDate: '2026-11-20' }),
    event('T3', '2026-11-19T17:00:00.000Z', { type: 'payment', amountCents: 20_000 }),
    event('T4', '2026-11-20T17:00:00.000Z', { type: 'dispute', reason: 'not my debt' }),
    event('T1-PLAN', '2026-11-28T17:00:00.000Z', { type: 'plan_accepted', planId: 'p-1', installments: 6 }),
  ];
  const { runs, rendered } = run(ir, [tier1, tier2, tier3, tier4, planTaker, spanish], script, '2026-10-20T12:00:00.000Z');

  it('walks a silent tier-1 account through every stage at its days past due, then places it with the agency', () => {
    const r = runs.get('T1')!;
    expect(sends(r)).toEqual([
      ['t1-pre-sms', at(tier1, -5)],
      ['t1-early-sms', at(tier1, 1)],
      ['t1-call', at(tier1, 3, '11:00')],
      ['plan-offer-sms', at(tier1, 16)],
      ['late-sms', at(tier1, 31)],
      ['letter', at(tier1, 50)],
      ['notice', at(tier1, 61)],
    ]);
    expect(r.activities.map((a) => a.activity)).toContain('createAgentTask');
    expect(r.exit).toMatchObject({ reason: 'escalated', stepId: 'escalated' });
    expect(Date.parse(r.exit!.at)).toBe(Date.parse(at(tier1, 75)));
  });

  it('reminds tier 2 three days before due and stops for good at the payment', () => {
    const r = runs.get('T2')!;
    expect(sends(r)).toEqual([
      ['t2-pre-sms', at(tier2, -3)],
      ['early-sms', at(tier2, 1)],
    ]);
    expect(r.exit).toMatchObject({ reason: 'paid', at: '2026-11-12T17:00:00.000Z' });
  });

  it('follows a tier-3 promise to its date and ends when it is kept', () => {
    const r = runs.get('T3')!;
    expect(sends(r).map(([s]) => s)).toEqual(['t3-pre-sms', 't3-early-sms']);
    expect(r.exit).toMatchObject({ reason: 'promise', stepId: 'paid', at: '2026-11-19T17:00:00.000Z' });
  });

  it('contacts a disputed tier-4 account no more after the dispute', () => {
    const r = runs.get('T4')!;
    expect(r.exit).toMatchObject({ reason: 'dispute', at: '2026-11-20T17:00:00.000Z' });
    expect(r.activities.every((a) => Date.parse(a.at) < Date.parse('2026-11-20T17:00:00.000Z'))).toBe(true);
    expect(sends(r).map(([s]) => s)).toEqual(['t4-pre-sms', 'early-sms']);
  });

  it('ends as "plan" when the account accepts the plan it was offered', () => {
    const r = runs.get('T1-PLAN')!;
    expect(sends(r).map(([s]) => s)).toContain('plan-offer-sms');
    expect(r.exit).toMatchObject({ reason: 'plan', at: '2026-11-28T17:00:00.000Z' });
  });

  it('emails an account without text consent, in its language, with the debt-collector disclosure first', () => {
    const r = runs.get('T2-ES')!;
    expect(sends(r).slice(0, 2).map(([s]) => s)).toEqual(['t2-pre-email', 'early-email']);
    const [first, second] = rendered.get('T2-ES')!;
    expect(first).toContain('Estimado/a Dana Smith');
    expect(first).toContain('a debt collector. This is an attempt to collect a debt');
    expect(second).toContain('This is a communication from Kairos Demo Recoveries, a debt collector.');
  });

  it('over a generated portfolio with random payments: no contact after payment in full, texts only with consent', () => {
    const accounts = generatePortfolio({ size: 300, dueDateSpreadDays: -20, asOf: '2026-11-01' }, 7);
    const payers = accounts.filter((_, i) => i % 3 === 0);
    const paymentScript = payers.map((a, i) => event(a.id, new Date(Date.parse(`${a.dueDate}T15:00:00Z`) + ((i * 7) % 40) * 86_400_000).toISOString(), { type: 'payment', amountCents: a.balanceCents }));
    const sim = run(ir, accounts, paymentScript, '2026-10-01T00:00:00.000Z', 150);
    for (const a of accounts) {
      const r = sim.runs.get(a.id)!;
      const paidAt = paymentScript.find((e) => e.accountId === a.id)?.at;
      if (paidAt) {
        expect(r.exit?.reason, a.id).toBe('paid');
        expect(r.activities.filter((x) => Date.parse(x.at) >= Date.parse(paidAt)), a.id).toEqual([]);
      } else {
        expect(['escalated', 'exhausted', 'promise', 'plan']).toContain(r.exit?.reason);
      }
      for (const x of r.activities) if (x.activity === 'sendMessage' && x.params.channel === 'sms') expect(a.consents.sms, a.id).toBe(true);
      const first = sim.rendered.get(a.id)?.[0];
      if (first) expect(first, a.id).toContain('This is an attempt to collect a debt');
    }
  }, 60_000); // 300 accounts over 150 virtual days, each message rendered: seconds on a busy machine
});

describe('early collections (1-90 DPD)', () => {
  const ir = irOf('early-collections');
  // Due Tuesday 2026-11-10: DPD 1 is Wednesday, DPD 5 is Sunday.
  const account = testAccount({ id: 'E1', dueDate: '2026-11-10', balanceCents: 50_000, consents: { sms: true } });
  const { runs, rendered } = run(ir, [account], [], '2026-11-01T00:00:00.000Z', 120);
  const r = runs.get('E1')!;

  it('texts the day after the due date, then waits for a weekday window for the second reminder', () => {
    const s = sends(r);
    expect(s[0]).toEqual(['d1-sms', at(account, 1)]);
    // DPD 5 is a Sunday: the window opens Monday 10:00.
    expect(s[1]).toEqual(['d5-msg-sms', at(account, 6)]);
    expect(localDate(s[1]![1]!, account.timezone)).toBe('2026-11-16');
  });

  it('offers a plan at 10 DPD, letters at 45 and 60, a settlement at 75, and ends at 90', () => {
    expect(sends(r).map(([s, when]) => [s, localDate(when!, account.timezone)])).toEqual([
      ['d1-sms', '2026-11-11'],
      ['d5-msg-sms', '2026-11-16'],
      ['plan-msg-sms', '2026-11-20'],
      ['letter-45', '2026-12-25'],
      ['letter-60', '2027-01-09'],
      ['discount-msg-sms', '2027-01-24'],
    ]);
    expect(r.exit).toMatchObject({ reason: 'exhausted' });
    expect(Date.parse(r.exit!.at)).toBe(Date.parse(at(account, 90)));
  });

  it("signs its letters with the portfolio's collector: legal name, mailing address, phone, hours and website", () => {
    const letter = rendered.get('E1')![sends(r).findIndex(([s]) => s === 'letter-45')]!;
    expect(letter).toContain(
      'This is a communication from Kairos Demo Recoveries, a debt collector.\n\nKairos Demo Recoveries LLC\n100 Example Avenue, Suite 5, Springfield, IL 62701\n' +
        '(212) 555-0142 · Mon–Fri 8 am–8 pm, Sat 9 am–1 pm ET · https://demo-recoveries.example.com',
    );
  });
});

describe('payment-plan follow-up', () => {
  const ir = irOf('payment-plan-follow-up');
  const onPlan = testAccount({ id: 'P1', balanceCents: 60_000 });
  const missesTwice = testAccount({ id: 'P2', balanceCents: 60_000 });
  const start = '2026-12-01T15:00:00.000Z';
  const monthly = (id: string, months: number[]) =>
    months.map((m, i) => event(id, new Date(Date.parse(start) + m * 30 * 86_400_000).toISOString(), { type: 'payment', amountCents: 10_000 }, i + 1));
  const script = [
    ...monthly('P1', [1, 2, 3, 4, 5]),
    event('P1', new Date(Date.parse(start) + 6 * 30 * 86_400_000).toISOString(), { type: 'payment', amountCents: 10_000 }, 6),
    ...monthly('P2', [1]),
    event('P2', new Date(Date.parse(start) + 50 * 86_400_000).toISOString(), { type: 'payment_failed', amountCents: 10_000, reason: 'card declined' }),
  ];
  const { runs } = run(ir, [onPlan, missesTwice], script, start, 400);

  it('confirms the plan and ends when the last installment pays the balance off', () => {
    const r = runs.get('P1')!;
    expect(sends(r).map(([s]) => s)).toEqual(['welcome-sms']);
    expect(r.exit).toMatchObject({ reason: 'paid' });
  });

  it('answers a failed installment with another way to pay, then flags the broken plan for an agent', () => {
    const r = runs.get('P2')!;
    expect(sends(r).map(([s]) => s)).toEqual(['welcome-sms', 'failed-sms']);
    expect(r.activities.map((a) => a.activity)).toEqual(['sendMessage', 'createPaymentLink', 'sendMessage', 'createAgentTask', 'updateAccount']);
    expect(r.exit).toMatchObject({ reason: 'exhausted', stepId: 'broken' });
  });
});

describe('post-payment acknowledgement', () => {
  const ir = irOf('post-payment-acknowledgement');

  it('thanks the account holder within permitted hours: a Saturday-night payment is acknowledged Monday 09:00', () => {
    const account = testAccount({ id: 'PP', language: 'es', balanceCents: 5_000 });
    const { runs, rendered } = run(ir, [account], [], '2026-11-29T02:00:00.000Z', 10); // Sat 21:00 in New York
    expect(sends(runs.get('PP')!)).toEqual([['thanks-sms', '2026-11-30T14:00:00.000Z']]);
    expect(rendered.get('PP')![0]).toContain('Gracias Dana, recibimos su pago. Saldo pendiente: $50.00.');
    expect(runs.get('PP')!.exit).toMatchObject({ reason: 'completed' });
  });
});
