import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { getPortfolio, listAudit } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, dana, example, signedIn, type ApiClient } from '../testing/api-harness';

const TOKEN = 'super-secret-twilio-token-5f2a9c';
const SMTP_PASSWORD = 'super-secret-smtp-password-77d1';

describeEachDatabase('portfolio routes', (db) => {
  let admin: ApiClient;
  let engineer: ApiClient;
  let agent: ApiClient;
  const printed: string[] = [];
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    [admin, engineer, agent] = [await signedIn(app, 'admin'), await signedIn(app, 'engineer'), await signedIn(app, 'agent')];
  });
  afterEach(() => vi.restoreAllMocks());

  /** Everything the process prints while `run` runs (console and the raw streams). */
  async function capture<T>(run: () => Promise<T>): Promise<T> {
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void printed.push(a.map(String).join(' ')));
    for (const s of [process.stdout, process.stderr]) {
      const write = s.write.bind(s);
      vi.spyOn(s, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => (printed.push(String(chunk)), write(chunk as never, ...(rest as [])))) as never);
    }
    return run();
  }

  it('stores a portfolio\'s secrets but never answers, audits or prints them', async () => {
    const body = {
      name: 'Cards 2026',
      settings: {
        channels: { sms: 'twilio', voice: 'twilio', email: 'smtp' },
        twilio: { accountSid: `AC${'a'.repeat(32)}`, from: '+15550001111' },
        smtp: { host: 'smtp.example.com', port: 587, secure: false, user: 'kairos', from: 'collections@example.com' },
        receiptWaitSeconds: 20,
        outbound: { allowedHosts: ['smtp.example.com'] },
      },
      secrets: { twilioAuthToken: TOKEN, smtpPassword: SMTP_PASSWORD },
    };
    const answers = await capture(async () => [
      await admin.put('/api/v1/portfolios/cards-2026', body),
      await admin.put('/api/v1/portfolios/cards-2026', { ...body, secrets: undefined, name: 'Cards' }),
      await engineer.get('/api/v1/portfolios/cards-2026'),
      await engineer.get('/api/v1/portfolios'),
      await admin.get('/api/v1/audit?action=portfolio_change'),
      await admin.put('/api/v1/portfolios/cards-2026', { ...body, secrets: { twilioAuthToken: 'short' } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 200, 200, 200, 200, 400]);
    expect(answers[2]!.body).toMatchObject({
      id: 'cards-2026', name: 'Cards', secretsSet: ['smtpPassword', 'twilioAuthToken'],
      webhooks: { twilioStatusCallback: 'http://kairos.test/api/v1/webhooks/twilio/cards-2026/status', stripe: 'http://kairos.test/api/v1/webhooks/stripe/cards-2026' },
    });
    expect(answers[4]!.body.entries.map((e: { detail: unknown }) => e.detail)).toEqual([expect.objectContaining({ secretsChanged: [] }), expect.objectContaining({ secretsChanged: ['smtpPassword', 'twilioAuthToken'] })]);
    expect(answers[5]!.body.issues[0]).toMatchObject({ field: 'secrets.twilioAuthToken' });
    for (const a of answers) {
      expect(JSON.stringify(a.body)).not.toContain(TOKEN);
      expect(JSON.stringify(a.body)).not.toContain(SMTP_PASSWORD);
    }
    expect(printed.join('\n')).not.toContain(TOKEN);
    expect((await getPortfolio(db(), 'cards-2026'))!.secrets).toEqual({ twilioAuthToken: TOKEN, smtpPassword: SMTP_PASSWORD });
    expect((await listAudit(db(), { action: 'portfolio_change', limit: 5 })).map((r) => JSON.stringify(r)).join()).not.toContain(TOKEN);
  });

  it('refuses settings that cannot work, naming the field', async () => {
    const res = await admin.put('/api/v1/portfolios/bad', { name: 'Bad', settings: { channels: { email: 'twilio', sms: 'twilio' } } });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['settings.channels.email', 'settings.twilio']));
    const sid = await admin.put('/api/v1/portfolios/bad', { name: 'Bad', settings: { channels: {}, twilio: { accountSid: 'nope' } } });
    expect(sid.body.issues[0]).toMatchObject({ field: 'settings.twilio.accountSid', message: expect.stringContaining('AC') });
  });

  it('refuses a setting it does not know, so a misspelt compliance profile is an error and not the default profile in silence', async () => {
    const res = await admin.put('/api/v1/portfolios/typo', { name: 'Typo', settings: { channels: {}, complianceProfle: 'uk-fca-example' } });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'settings.complianceProfle', message: expect.stringMatching(/unknown field "complianceProfle"/) }]);
    expect((await admin.get('/api/v1/portfolios/typo')).status).toBe(404);
  });

  it('makes a portfolio a sandbox of test accounts and turns its promise hold off, as the policies then say', async () => {
    const res = await admin.put('/api/v1/portfolios/try-out', { name: 'Try-out', settings: { channels: { sms: 'sandbox' }, sandbox: true, holdContactWhilePromiseOpen: false } });
    expect(res.status).toBe(201);
    const policies = (await admin.get('/api/v1/portfolio-policies')).body as Array<{ portfolioId: string }>;
    expect(policies.find((p) => p.portfolioId === 'try-out')).toEqual({ portfolioId: 'try-out', name: 'Try-out', sandbox: true, holdContactWhilePromiseOpen: false });
    // An object is the sandbox provider's own block: that portfolio is not a sandbox of test accounts.
    await admin.put('/api/v1/portfolios/real-book', { name: 'Real', settings: { channels: {}, sandbox: { receipts: true } } });
    expect(((await admin.get('/api/v1/portfolio-policies')).body as Array<{ portfolioId: string; sandbox: boolean }>).find((p) => p.portfolioId === 'real-book')).toMatchObject({ sandbox: false, holdContactWhilePromiseOpen: true });
    const wrong = await admin.put('/api/v1/portfolios/try-out', { name: 'Try-out', settings: { channels: {}, sandbox: 'yes', holdContactWhilePromiseOpen: 'no' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['settings.sandbox', 'settings.holdContactWhilePromiseOpen']));
  });

  const acme = {
    legalName: 'Acme Recoveries Holdings LLC',
    displayName: 'Acme Recoveries',
    phone: '+13125550199',
    mailingAddress: { line1: '12 Lake Street', city: 'Chicago', state: 'IL', postalCode: '60601' },
    hours: 'Mon–Fri 9–5 CT',
    website: 'https://acme-recoveries.test',
    licences: [{ state: 'NY', number: '2091234-DCA' }],
  };

  it('says when a portfolio has no collector identity, so its sends are refused', async () => {
    const res = await agent.get('/api/v1/portfolios/default/collector');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ portfolioId: 'default', collector: null, sendsAllowed: false, problem: expect.stringMatching(/^portfolio "default" has no collector identity/) });
  });

  it('sets the collector identity, audited, and every signed-in role reads it back', async () => {
    const created = await admin.put('/api/v1/portfolios/acme-book/collector', acme);
    expect(created.status).toBe(201);
    expect((await admin.put('/api/v1/portfolios/acme-book/collector', { ...acme, hours: 'Mon–Sat 9–5 CT' })).status).toBe(200);
    const read = await agent.get('/api/v1/portfolios/acme-book/collector');
    expect(read.body).toEqual({ portfolioId: 'acme-book', collector: { ...acme, hours: 'Mon–Sat 9–5 CT' }, sendsAllowed: true, problem: null });
    const audit = await admin.get('/api/v1/audit?action=portfolio_change');
    expect(audit.body.entries.map((e: { detail: unknown }) => e.detail)).toContainEqual({ portfolioId: 'acme-book', created: true, collector: { legalName: acme.legalName, displayName: acme.displayName } });
    expect((await engineer.put('/api/v1/portfolios/acme-book/collector', acme)).status).toBe(403);
  });

  it('refuses an identity with wrong fields, naming each, and keeps what was stored', async () => {
    await admin.put('/api/v1/portfolios/strict-book/collector', DEMO_COLLECTOR_IDENTITY);
    const res = await admin.put('/api/v1/portfolios/strict-book/collector', {
      ...acme,
      phone: '312-555-0199',
      website: 'http://acme-recoveries.test',
      mailingAddress: { ...acme.mailingAddress, state: 'Illinois' },
      licences: [{ state: 'ZZ', number: '1' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['licences.0.state', 'mailingAddress.state', 'phone', 'website']);
    expect((await getPortfolio(db(), 'strict-book'))!.settings.collector).toEqual(DEMO_COLLECTOR_IDENTITY);
  });

  it('keeps the identity when provider settings are saved without it, and checks one given with them', async () => {
    await admin.put('/api/v1/portfolios/both/collector', acme);
    expect((await admin.put('/api/v1/portfolios/both', { name: 'Both', settings: { channels: { sms: 'sandbox' } } })).status).toBe(200);
    expect((await agent.get('/api/v1/portfolios/both/collector')).body.collector).toEqual(acme);
    const bad = await admin.put('/api/v1/portfolios/both', { name: 'Both', settings: { channels: {}, collector: { ...acme, postal: true, phone: 'call us' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toContainEqual({ field: 'settings.collector.phone', message: 'must be an E.164 phone number such as +12125550100' });
  });

  it("warns in the design lint while a portfolio with accounts has no collector identity, and stops once it is set", async () => {
    const created = await admin.post('/api/v1/cadences', { name: 'Lint: collector', graph: example('three-reminders') });
    await admin.put('/api/v1/accounts/PF-1', { ...dana, portfolioId: 'lint-book' });
    const warning = async () =>
      (await admin.get(`/api/v1/cadences/${created.body.id}/lint`)).body.findings.filter((f: { rule: string; message: string }) => f.rule === 'lint.collector-identity' && f.message.includes('"lint-book"'));
    expect(await warning()).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'start', message: expect.stringMatching(/"lint-book" .*refused until an administrator sets one/) })]);
    await admin.put('/api/v1/portfolios/lint-book/collector', acme);
    expect(await warning()).toEqual([]);
  });

  it('refuses a Twilio base URL or SMTP host Kairos would not call, at the field, storing nothing', async () => {
    const accountSid = `AC${'b'.repeat(32)}`;
    const twilio = (baseUrl: string, outbound?: { allowedHosts: string[] }) =>
      admin.put('/api/v1/portfolios/outbound-probe', {
        name: 'Probe',
        settings: { channels: { sms: 'twilio' }, twilio: { accountSid, from: '+15550001111', baseUrl }, ...(outbound ? { outbound } : {}) },
        secrets: { twilioAuthToken: TOKEN },
      });
    const fileUrl = await twilio('file:///etc/passwd');
    expect([fileUrl.status, fileUrl.body.issues]).toEqual([400, [{ field: 'settings.twilio.baseUrl', message: 'Kairos sends requests over https only, not file: use an https:// URL' }]]);
    const refused = await Promise.all(['http://127.0.0.1:8080', 'https://169.254.169.254/', 'https://10.0.0.8/', 'https://twilio-proxy.example.com'].map((u) => twilio(u)));
    expect(refused.map((r) => [r.status, r.body.issues[0].field, r.body.issues[0].message])).toEqual([
      [400, 'settings.twilio.baseUrl', expect.stringContaining('https only, not http')],
      [400, 'settings.twilio.baseUrl', expect.stringContaining('169.254.169.254 is a cloud metadata address')],
      [400, 'settings.twilio.baseUrl', expect.stringContaining('10.0.0.8 is a private network address')],
      [400, 'settings.twilio.baseUrl', expect.stringMatching(/^twilio-proxy\.example\.com is not among the hosts this portfolio may call: an admin adds it/)],
    ]);
    expect(await getPortfolio(db(), 'outbound-probe')).toBeNull();

    // The admin allows the proxy's host in the same save; Twilio's own host needs no allowing.
    expect((await twilio('https://twilio-proxy.example.com', { allowedHosts: ['twilio-proxy.example.com'] })).status).toBe(201);
    expect((await twilio('https://api.twilio.com')).status).toBe(200);
    expect((await getPortfolio(db(), 'outbound-probe'))!.settings.twilio?.baseUrl).toBe('https://api.twilio.com');

    const smtp = (host: string, allowedHosts: string[]) =>
      admin.put('/api/v1/portfolios/outbound-probe', { name: 'Probe', settings: { channels: { email: 'smtp' }, smtp: { host, port: 587, from: 'c@example.com' }, outbound: { allowedHosts } } });
    const smtpRefused = [await smtp('10.0.0.5', []), await smtp('mail.example.net', [])];
    expect(smtpRefused.map((r) => [r.status, r.body.issues[0].field, r.body.issues[0].message])).toEqual([
      [400, 'settings.smtp.host', expect.stringContaining('10.0.0.5 is a private network address')],
      [400, 'settings.smtp.host', expect.stringContaining('mail.example.net is not among the hosts')],
    ]);
    expect((await smtp('mail.example.net', ['Mail.Example.net'])).status).toBe(200);
    expect((await getPortfolio(db(), 'outbound-probe'))!.settings.outbound).toEqual({ allowedHosts: ['mail.example.net'] });
  });

  it('takes allowed hosts from admins only, refuses entries Kairos would never call, and audits the list', async () => {
    const body = (allowedHosts: string[]) => ({ name: 'Hooks', settings: { channels: {}, outbound: { allowedHosts } } });
    const bad = await admin.put('/api/v1/portfolios/hooks', body(['crm.example.com', '169.254.169.254', '*.com', 'https://x.example.com/']));
    expect([bad.status, bad.body.issues.map((i: { field: string }) => i.field)]).toEqual([400, ['settings.outbound.allowedHosts.1', 'settings.outbound.allowedHosts.2', 'settings.outbound.allowedHosts.3']]);
    expect((await engineer.put('/api/v1/portfolios/hooks', body(['crm.example.com']))).status).toBe(403);
    expect((await admin.put('/api/v1/portfolios/hooks', body(['crm.example.com', '*.partner.example.org']))).status).toBe(201);
    const [entry] = (await listAudit(db(), { action: 'portfolio_change', limit: 1 })).map((r) => r.detail);
    expect(entry).toMatchObject({ portfolioId: 'hooks', allowedHosts: ['crm.example.com', '*.partner.example.org'] });
  });
});
