// Config validation and compilation of the collections node library, kind by kind.
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validate } from '../validate';
import { graph } from '../testing/graph-builder';
import { builtInRegistry } from './index';

/** entry → <node under test> → each outcome to its own exit. */
function around(type: string, config: Record<string, unknown>) {
  const kind = builtInRegistry.get(type)!;
  const b = graph().node('start', 'entry').node('x', type, config).edge('start', 'next', 'x');
  const parsed = kind.config.safeParse(config);
  const outcomes = parsed.success ? kind.outcomes(parsed.data) : [];
  outcomes.forEach((o, i) => b.node(`end-${i}`, 'exit', { reason: 'completed' }).edge('x', o.id, `end-${i}`));
  return b.build();
}
const issuesAt = (type: string, config: Record<string, unknown>) => validate(around(type, config), builtInRegistry).filter((i) => i.nodeId === 'x');
const stepOf = (type: string, config: Record<string, unknown>) => {
  const r = compile(around(type, config), builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir.steps.x!;
};

describe('entry', () => {
  it('enrolls by API by default and carries no trigger in the IR', () => {
    const r = compile(around('exit', { reason: 'completed' }), builtInRegistry);
    expect(r.ok && r.ir.trigger).toBe(undefined);
  });

  it('compiles a DPD trigger to a wait for that DPD and records the rule for the enrollment sweep', () => {
    const g = around('exit', { reason: 'completed' });
    g.nodes[0]!.data!.config = { trigger: { type: 'dpd', days: 16 } };
    const r = compile(g, builtInRegistry);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.ir.trigger).toEqual({ type: 'dpd', days: 16 });
    expect(r.ir.steps.start!.run).toEqual({ op: 'wait', until: { dueDateOffsetDays: 16, localTime: '10:00' }, outcome: 'next' });
  });

  it('compiles a pre-due trigger to a wait before the due date', () => {
    const g = around('exit', { reason: 'completed' });
    g.nodes[0]!.data!.config = { trigger: { type: 'preDue', days: 5, localTime: '09:00' } };
    const r = compile(g, builtInRegistry);
    expect(r.ok && r.ir.steps.start!.run).toEqual({ op: 'wait', until: { dueDateOffsetDays: -5, localTime: '09:00' }, outcome: 'next' });
  });

  it('checks the conditions of a segment trigger', () => {
    const g = around('exit', { reason: 'completed' });
    g.nodes[0]!.data!.config = { trigger: { type: 'segment', when: [{ field: 'attributes.tier', operator: 'in', value: 2 }] } };
    expect(validate(g, builtInRegistry)).toContainEqual(expect.objectContaining({ nodeId: 'start', field: 'trigger.when.0.value', code: 'bad-value' }));
  });

  it('loads a version-1 entry (trigger stored as "api") through its migration', () => {
    const g = around('exit', { reason: 'completed' });
    g.nodes[0]!.data = { configVersion: 1, config: { trigger: 'api', exitOn: ['paid', 'dispute'] } };
    const r = compile(g, builtInRegistry);
    expect(r.ok && r.ir.steps.start!.config).toEqual({ trigger: { type: 'api' }, exitOn: ['paid', 'dispute'] });
  });

  it('ends the cadence on an accepted plan when asked to', () => {
    const g = around('exit', { reason: 'completed' });
    g.nodes[0]!.data!.config = { exitOn: ['paid', 'plan_accepted'] };
    const r = compile(g, builtInRegistry);
    expect(r.ok && r.ir.interrupts).toEqual({ paid: 'paid', plan_accepted: 'plan' });
  });
});

describe('wait', () => {
  it('waits for the next local-time window on chosen weekdays', () => {
    expect(stepOf('wait', { mode: 'window', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '17:00' }).run).toEqual({
      op: 'wait',
      until: { window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '17:00' } },
      outcome: 'next',
    });
  });

  it('refuses a window that closes before it opens, or has no days', () => {
    expect(issuesAt('wait', { mode: 'window', days: ['mon'], from: '17:00', to: '10:00' })).toEqual([
      expect.objectContaining({ code: 'empty-window', field: 'to' }),
    ]);
    expect(issuesAt('wait', { mode: 'window', days: [], from: '10:00', to: '17:00' })).toEqual([
      expect.objectContaining({ code: 'invalid-config', field: 'days' }),
    ]);
  });
});

describe('send message', () => {
  const sms = { channel: 'sms', body: 'Hi {{ account.firstName }}. Reply STOP to opt out.' };

  it('sends on any of the six channels', () => {
    for (const channel of ['sms', 'email', 'voice', 'whatsapp', 'push', 'letter']) {
      const config = { channel, subject: 'Your account', body: 'Hello {{ account.firstName }}' };
      expect(issuesAt('send-message', config), channel).toEqual([]);
    }
  });

  it('compiles language variants and fallback channels into the activity input', () => {
    const run = stepOf('send-message', {
      ...sms,
      variants: [{ language: 'es', body: 'Hola {{ account.firstName }}. Responda STOP para no recibir más.' }],
      fallback: [{ channel: 'email', subject: 'Your balance', body: 'Dear {{ account.name }}' }],
    }).run;
    expect(run).toMatchObject({
      op: 'activity',
      activity: 'sendMessage',
      input: {
        channel: 'sms',
        variants: [{ language: 'es', body: expect.stringContaining('Hola') }],
        fallback: [{ channel: 'email', subject: 'Your balance', body: 'Dear {{ account.name }}' }],
        undeliveredOutcome: 'next',
      },
      outcomes: ['next'],
    });
  });

  it('offers an "Undelivered" outcome when asked to branch on failure', () => {
    const step = stepOf('send-message', { ...sms, onUndelivered: 'branch' });
    expect(step.run).toMatchObject({ outcomes: ['next', 'undelivered'], input: { undeliveredOutcome: 'undelivered' } });
    expect(Object.keys(step.next).sort()).toEqual(['next', 'undelivered']);
  });

  it('points at the fallback or variant at fault', () => {
    const issues = issuesAt('send-message', {
      ...sms,
      variants: [
        { language: 'es', body: 'Hola {{ account.nombre }}' },
        { language: 'es', body: 'Hola' },
      ],
      fallback: [
        { channel: 'email', body: 'no subject' },
        { channel: 'sms', body: 'again' },
        { channel: 'voice', body: 'Press one', voice: { mode: 'prerecorded' } },
      ],
    });
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['template', 'variants.0.body'],
      ['duplicate-language', 'variants.1.language'],
      ['missing-subject', 'fallback.0.subject'],
      ['duplicate-channel', 'fallback.1.channel'],
      ['missing-recording', 'fallback.2.voice.recordingUrl'],
    ]);
  });

  it('limits WhatsApp and push texts to what those channels carry', () => {
    expect(issuesAt('send-message', { channel: 'push', body: 'x'.repeat(241) })).toEqual([
      expect.objectContaining({ code: 'push-too-long', field: 'body' }),
    ]);
    expect(issuesAt('send-message', { channel: 'whatsapp', body: 'x'.repeat(4097) })).toEqual([
      expect.objectContaining({ code: 'whatsapp-too-long', field: 'body' }),
    ]);
  });
});

describe('payments', () => {
  it('creates a payment link for the balance, a fixed amount or a share', () => {
    expect(stepOf('payment-link', {}).run).toEqual({
      op: 'activity',
      activity: 'createPaymentLink',
      input: { amount: { type: 'balance' }, expiresInDays: 14 },
      outcomes: ['next'],
    });
    expect(issuesAt('payment-link', { amount: { type: 'percent', percent: 150 } })).toEqual([
      expect.objectContaining({ code: 'invalid-config', field: 'amount.percent' }),
    ]);
  });

  it('offers a plan within the global ceilings and says when an account is not eligible', () => {
    const step = stepOf('payment-plan', { maxInstallments: 12, minInstallmentCents: 2_000 });
    expect(step.run).toMatchObject({ activity: 'offerPaymentPlan', outcomes: ['offered', 'not_eligible'], input: { frequency: 'monthly' } });
    expect(issuesAt('payment-plan', { maxInstallments: 48, minInstallmentCents: 500 }).map((i) => i.field)).toEqual([
      'maxInstallments',
      'minInstallmentCents',
    ]);
  });

  it('warns about a large discount without blocking it', () => {
    expect(issuesAt('prompt-pay-discount', { percent: 40, validDays: 5 })).toEqual([
      expect.objectContaining({ code: 'large-discount', severity: 'warning' }),
    ]);
  });

  it('extends the deadline by a number of days', () => {
    expect(stepOf('deadline-extension', { days: 10 }).run).toMatchObject({ activity: 'extendDueDate', input: { days: 10 } });
  });

  it('follows a promise to kept, broken or none', () => {
    expect(stepOf('wait-for-promise', { graceDays: 2 }).run).toEqual({ op: 'waitForPromise', graceDays: 2, kept: 'kept', broken: 'broken', none: 'none' });
  });
});

describe('logic', () => {
  it('splits by weights that, with the control group, add up to 100', () => {
    const run = stepOf('ab-split', { experimentId: 'sms-first', arms: [{ key: 'A', label: 'SMS first', weight: 45 }, { key: 'B', label: 'Email first', weight: 45 }], controlPercent: 10 }).run;
    expect(run).toEqual({
      op: 'split',
      experimentId: 'sms-first',
      arms: [
        { outcome: 'variant:A', weight: 45 },
        { outcome: 'variant:B', weight: 45 },
        { outcome: 'control', weight: 10, control: true },
      ],
    });
    expect(issuesAt('ab-split', { experimentId: 'x1', arms: [{ key: 'A', label: 'a', weight: 50 }, { key: 'A', label: 'b', weight: 40 }] })).toEqual([
      expect.objectContaining({ code: 'weights-not-100', field: 'arms', message: 'arm weights and the control group add up to 90%, not 100%' }),
      expect.objectContaining({ code: 'duplicate-arm', field: 'arms.1.key' }),
    ]);
  });

  it('splits into the four tiers, in order, with an outcome for accounts in none', () => {
    const kind = builtInRegistry.get('tier-split')!;
    const step = stepOf('tier-split', kind.defaults);
    expect(Object.keys(step.next)).toEqual(['tier-1', 'tier-2', 'tier-3', 'tier-4', 'otherwise']);
    expect(step.run).toMatchObject({ op: 'branch', otherwise: 'otherwise' });
    expect(issuesAt('tier-split', { tiers: [] })).toEqual([expect.objectContaining({ code: 'invalid-config', field: 'tiers' })]);
  });

  it('waits for the new account signals', () => {
    const step = stepOf('wait-for-event', { events: ['payment_failed', 'reply', 'plan_accepted'], timeout: { days: 2 } });
    expect(step.run).toMatchObject({ op: 'waitForEvent', on: { payment_failed: 'payment_failed', reply: 'reply', plan_accepted: 'plan_accepted' } });
  });

  it('repeats up to a cap', () => {
    expect(stepOf('repeat', { times: 3 }).run).toEqual({ op: 'repeat', times: 3, again: 'again', done: 'done' });
    expect(issuesAt('repeat', { times: 0 })).toEqual([expect.objectContaining({ code: 'invalid-config', field: 'times' })]);
  });
});

describe('actions', () => {
  it('queues an agent task with a templated note', () => {
    expect(stepOf('agent-task', { note: 'Call {{ account.firstName }}', priority: 'high' }).run).toMatchObject({
      activity: 'createAgentTask',
      input: { queue: 'collections', priority: 'high', note: 'Call {{ account.firstName }}', dueInHours: 24 },
    });
    expect(issuesAt('agent-task', { note: 'Call {{ account.nick }}' })).toEqual([expect.objectContaining({ code: 'template', field: 'note' })]);
  });

  it('holds a disputed account until the dispute is resolved', () => {
    expect(stepOf('dispute-hold', {}).run).toEqual({
      op: 'waitForEvent',
      on: { dispute_resolved: 'resolved' },
      timeout: { after: { days: 90 } },
      timeoutOutcome: 'timeout',
    });
  });

  it('escalates to an agency or legal with placed/blocked outcomes', () => {
    expect(stepOf('escalate', { to: 'legal', partner: 'Smith & Partners' }).run).toMatchObject({ activity: 'escalateAccount', outcomes: ['placed', 'blocked'] });
  });

  it('sets account attributes, refusing names that are not identifiers', () => {
    expect(stepOf('update-account', { set: { hardship: true, segment: 'recovery' } }).run).toMatchObject({ input: { set: { hardship: true, segment: 'recovery' } } });
    expect(issuesAt('update-account', { set: {} })).toEqual([expect.objectContaining({ code: 'invalid-config', field: 'set' })]);
    expect(issuesAt('update-account', { set: { 'bad name': 1 } })[0]).toMatchObject({ code: 'invalid-config' });
  });

  it('calls a webhook at a full http(s) URL, and names it as the address the step calls (the outbound lint judges it)', () => {
    expect(issuesAt('webhook', { url: 'file:///etc/passwd' })).toEqual([expect.objectContaining({ field: 'url', message: 'give the full URL, e.g. https://crm.example.com/kairos-hook' })]);
    expect(issuesAt('webhook', { url: 'crm.example.com/hook' })).toEqual([expect.objectContaining({ field: 'url' })]);
    expect(stepOf('webhook', { url: 'https://crm.example.com/hook' }).run).toMatchObject({ activity: 'callWebhook', outcomes: ['ok', 'failed'] });
    expect(builtInRegistry.get('webhook')!.outboundUrls({ url: 'http://169.254.169.254/', timeoutSeconds: 10 })).toEqual([{ field: 'url', url: 'http://169.254.169.254/' }]);
    expect(builtInRegistry.get('send-message')!.outboundUrls(builtInRegistry.get('send-message')!.defaults)).toEqual([]);
  });
});
