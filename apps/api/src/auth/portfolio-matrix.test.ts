// The portfolio dimension of the access matrix: every guarded route declares here how it is scoped
// by the caller's portfolios. A person of portfolio A gets 404 for B's item exactly as for a missing
// one, and B's rows never appear in A's lists; routes that read no account facts say why not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInRegistry, compile, type TimelineEntry } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import {
  appendAnalyticsEvents, beginContactAttempt, createImport, createAgentTask, createCadence, createEnrollment, applyChannelOptOut, getAccount, listAudit, publishVersion, recordProgress, upsertAccount, upsertPortfolio, writeSandboxOutbox, type KairosDb,
} from '@kairos/db';
import { openTestDatabase } from '@kairos/db/testing';
import type { Role } from '@kairos/review';
import { appWithoutTemporal, client, dana, publishedCadence, signedInTo, type ApiClient } from '../testing/api-harness';

/** What each portfolio holds: an account, a finished enrollment, a contact attempt and a sandbox message. */
interface Book {
  account: string;
  enrollment: string;
  outbox: string;
  /** An uploaded import into the portfolio, its file named after the portfolio's account (`A-1.csv`). */
  importId: string;
}
interface Fixture {
  A: Book;
  B: Book;
  cadenceId: string;
  versionId: string;
  /** A published A/B split with one assigned account in A and two in B. */
  splitCadenceId: string;
}
type Side = 'A' | 'B';

/**
 * `one`: a route naming one item of a portfolio (an account, an enrollment, a message); B's answers 404 to A's
 * reader, A's does not (unless `onlyRefusal`: a write whose success needs more than this test sets up).
 * `list`: a list whose rows name their account; A's reader sees A's rows and never B's.
 * `report`: figures summed over accounts; A's reader counts A's facts only (A has one of each, B two); with a
 * `body`, the report is a POST of it.
 * `none`: the route reads nothing of accounts, and says why.
 */
type Rule =
  | { one: (f: Fixture, side: Side) => { path: string; body?: unknown }; as: Role; onlyRefusal?: true }
  | { list: (f: Fixture) => string; as: Role; accountsOf: (body: unknown) => string[] }
  | { report: (f: Fixture) => string; as: Role; measure: (body: unknown) => number; body?: (f: Fixture) => unknown; status?: number }
  | { none: string };

const account = (f: Fixture, s: Side) => f[s].account;
/** The sum of a CSV column (cells here are plain numbers and dates, never quoted). */
const csvColumnSum = (column: string) => (body: unknown) => {
  const [header, ...rows] = String(body).trim().split('\n').map((line) => line.split(','));
  const at = header!.indexOf(column);
  return rows.reduce((sum, row) => sum + Number(row[at] ?? 0), 0);
};
/** The account ids a CSV names in a `"accountId":"…"` detail cell. */
const csvAccounts = (body: unknown) => [...String(body).matchAll(/accountId""?:""?([^"]+)"/g)].map((m) => m[1]!);
const ids = (body: unknown) => (body as Array<{ accountId?: string; id?: string }>).map((r) => r.accountId ?? r.id!);

const PORTFOLIO_RULES: Record<string, Rule> = {
  'GET /api/v1/imports/{id}': { one: (f, s) => ({ path: `/api/v1/imports/${f[s].importId}` }), as: 'engineer' },
  'GET /api/v1/imports/{id}/problems.csv': { one: (f, s) => ({ path: `/api/v1/imports/${f[s].importId}/problems.csv` }), as: 'engineer' },
  'PUT /api/v1/imports/{id}/mapping': { one: (f, s) => ({ path: `/api/v1/imports/${f[s].importId}/mapping`, body: { columns: { id: { field: 'id' } } } }), as: 'engineer' },
  'POST /api/v1/imports/{id}/start': { one: (f, s) => ({ path: `/api/v1/imports/${f[s].importId}/start` }), as: 'engineer', onlyRefusal: true },
  'POST /api/v1/imports/{id}/cancel': { one: (f, s) => ({ path: `/api/v1/imports/${f[s].importId}/cancel` }), as: 'engineer', onlyRefusal: true },
  'GET /api/v1/imports': { list: () => '/api/v1/imports', as: 'engineer', accountsOf: (body) => (body as Array<{ fileName: string }>).map((i) => i.fileName.replace(/\.csv$/, '')) },
  'GET /api/v1/cadences/{id}/entry-matches': { none: 'counts only the portfolios the caller reads and names the others without a count (routes/entry-matches.test.ts)' },
  'POST /api/v1/imports': { none: 'places accounts rather than reading them: a portfolio the caller does not read is refused with 400 naming portfolioId (routes/imports.test.ts)' },
  'GET /api/v1/accounts/{id}': { one: (f, s) => ({ path: `/api/v1/accounts/${account(f, s)}` }), as: 'strategist' },
  'GET /api/v1/accounts': { list: () => '/api/v1/accounts?limit=500', as: 'strategist', accountsOf: (body) => ids((body as { accounts: unknown }).accounts) },
  'GET /api/v1/accounts/{id}/ledger': { one: (f, s) => ({ path: `/api/v1/accounts/${account(f, s)}/ledger` }), as: 'strategist' },
  'GET /api/v1/accounts/{id}/story': { one: (f, s) => ({ path: `/api/v1/accounts/${account(f, s)}/story` }), as: 'strategist' },
  'PUT /api/v1/accounts/{id}': { one: (f, s) => ({ path: `/api/v1/accounts/${account(f, s)}`, body: { ...dana, portfolioId: 'pa' } }), as: 'engineer', onlyRefusal: true },
  'PATCH /api/v1/accounts/{id}/compliance': { one: (f, s) => ({ path: `/api/v1/accounts/${account(f, s)}/compliance`, body: {} }), as: 'compliance_officer' },
  'GET /api/v1/enrollments': { list: () => '/api/v1/enrollments?limit=500', as: 'strategist', accountsOf: ids },
  'GET /api/v1/enrollments/{id}': { one: (f, s) => ({ path: `/api/v1/enrollments/${f[s].enrollment}` }), as: 'strategist' },
  // Pausing needs a running workflow (the fixture's enrollments have finished): only the refusal is checked here.
  'POST /api/v1/enrollments/{id}/pause': { one: (f, s) => ({ path: `/api/v1/enrollments/${f[s].enrollment}/pause`, body: { reason: 'incident' } }), as: 'strategist', onlyRefusal: true },
  'POST /api/v1/enrollments/{id}/resume': { one: (f, s) => ({ path: `/api/v1/enrollments/${f[s].enrollment}/resume`, body: {} }), as: 'compliance_officer', onlyRefusal: true },
  'POST /api/v1/enrollments/{id}/stop': { one: (f, s) => ({ path: `/api/v1/enrollments/${f[s].enrollment}/stop`, body: { reason: 'asked' } }), as: 'engineer', onlyRefusal: true },
  'POST /api/v1/enrollments': { one: (f, s) => ({ path: '/api/v1/enrollments', body: { accountId: account(f, s), cadenceId: f.cadenceId } }), as: 'strategist', onlyRefusal: true },
  'POST /api/v1/account-events': {
    one: (f, s) => ({ path: '/api/v1/account-events', body: { type: 'payment', eventId: `pay-${s}`, accountId: account(f, s), occurredAt: '2026-01-02T10:00:00Z', amountCents: 100 } }),
    as: 'engineer',
    onlyRefusal: true,
  },
  'GET /api/v1/contacts': { list: () => '/api/v1/contacts?limit=500', as: 'strategist', accountsOf: ids },
  'POST /api/v1/contacts': {
    one: (f, s) => ({ path: '/api/v1/contacts', body: { idempotencyKey: `call-${s}`, accountId: account(f, s), channel: 'call', outcome: 'no_answer', at: '2026-01-02T15:00:00Z', alreadyHappened: true } }),
    as: 'engineer',
  },
  'POST /api/v1/contacts/check': { one: (f, s) => ({ path: '/api/v1/contacts/check', body: { accountId: account(f, s), channel: 'sms' } }), as: 'compliance_officer' },
  'GET /api/v1/outbox': { list: () => '/api/v1/outbox?limit=200', as: 'strategist', accountsOf: ids },
  'POST /api/v1/outbox/{id}/receipt': { one: (f, s) => ({ path: `/api/v1/outbox/${f[s].outbox}/receipt`, body: { status: 'delivered' } }), as: 'strategist', onlyRefusal: true },
  'POST /api/v1/outbox/{id}/reply': { one: (f, s) => ({ path: `/api/v1/outbox/${f[s].outbox}/reply`, body: { text: 'hello' } }), as: 'strategist', onlyRefusal: true },
  'GET /api/v1/dashboard': {
    report: () => '/api/v1/dashboard',
    as: 'strategist',
    measure: (body) => (body as { byChannel: Array<{ attempts: number }> }).byChannel.reduce((sum, c) => sum + c.attempts, 0),
  },
  'GET /api/v1/dashboard/export': { report: () => '/api/v1/dashboard/export', as: 'strategist', measure: csvColumnSum('attempts') },
  'GET /api/v1/versions/{versionId}/analytics': {
    report: (f) => `/api/v1/versions/${f.versionId}/analytics`,
    as: 'strategist',
    measure: (body) => Object.values((body as { nodes: Record<string, { entered: number }> }).nodes).reduce((sum, n) => sum + n.entered, 0),
  },
  'GET /api/v1/audit': { list: () => '/api/v1/audit?action=opt_out&limit=200', as: 'compliance_officer', accountsOf: (body) => (body as { entries: Array<{ detail: { accountId: string } }> }).entries.map((e) => e.detail.accountId) },
  'GET /api/v1/audit/export': { list: () => '/api/v1/audit/export?action=opt_out', as: 'compliance_officer', accountsOf: csvAccounts },
  'POST /api/v1/enrollments/preview': {
    report: () => '/api/v1/enrollments/preview',
    body: (f) => ({ cadenceId: f.cadenceId, audience: { kind: 'filter', filter: {} } }),
    as: 'strategist',
    measure: (body) => (body as { total: number }).total,
  },
  'POST /api/v1/enrollments/audience': {
    report: () => '/api/v1/enrollments/audience',
    // Every account is already in the split cadence: the job it starts enrolls nobody, and its total counts the audience.
    body: (f) => ({ cadenceId: f.splitCadenceId, audience: { kind: 'filter', filter: {} } }),
    status: 202,
    as: 'strategist',
    measure: (body) => (body as { total: number }).total,
  },
  'GET /api/v1/experiments': {
    report: (f) => `/api/v1/experiments?cadenceId=${f.splitCadenceId}`,
    as: 'strategist',
    measure: (body) => (body as Array<{ enrolled: number }>).reduce((sum, e) => sum + e.enrolled, 0),
  },
  'GET /api/v1/experiments/{experimentId}': {
    report: (f) => `/api/v1/experiments/tone-test?cadenceId=${f.splitCadenceId}`,
    as: 'strategist',
    measure: (body) => (body as { arms: Array<{ enrolled: number }> }).arms.reduce((sum, a) => sum + a.enrolled, 0),
  },
};

const NOT_ACCOUNTS = {
  people: 'people and their sign-in: admins only, not account facts',
  design: 'cadence designs, versions and reviews hold no account',
  public: 'no session: signed by a provider or public',
  settings: 'configuration, not account facts',
} as const;
for (const route of [
  'GET /api/v1/me', 'POST /api/v1/auth/password', 'GET /api/v1/users', 'POST /api/v1/users', 'PATCH /api/v1/users/{id}', 'PUT /api/v1/users/{id}/portfolios',
  'POST /api/v1/users/{id}/deactivate', 'POST /api/v1/users/{id}/reactivate', 'POST /api/v1/users/{id}/sign-out', 'POST /api/v1/users/{id}/password-reset',
  'POST /api/v1/invitations', 'GET /api/v1/invitations', 'POST /api/v1/invitations/{id}/revoke',
]) PORTFOLIO_RULES[route] = { none: NOT_ACCOUNTS.people };
for (const route of [
  'POST /api/v1/cadences', 'GET /api/v1/cadences', 'GET /api/v1/cadences/{id}', 'PUT /api/v1/cadences/{id}/draft', 'PATCH /api/v1/cadences/{id}', 'POST /api/v1/cadences/{id}/duplicate',
  'POST /api/v1/cadences/{id}/validate', 'GET /api/v1/cadences/{id}/lint', 'GET /api/v1/cadences/{id}/diff', 'POST /api/v1/cadences/{id}/versions', 'GET /api/v1/cadences/{id}/versions',
  'GET /api/v1/versions/{versionId}', 'POST /api/v1/cadences/{id}/reviews', 'GET /api/v1/cadences/{id}/reviews', 'GET /api/v1/reviews', 'GET /api/v1/reviews/{reviewId}',
  'POST /api/v1/reviews/{reviewId}/comments', 'POST /api/v1/reviews/{reviewId}/approve', 'POST /api/v1/reviews/{reviewId}/request-changes', 'GET /api/v1/node-kinds',
]) PORTFOLIO_RULES[route] = { none: NOT_ACCOUNTS.design };
for (const route of [
  'PUT /api/v1/portfolios/{id}', 'PUT /api/v1/portfolios/{id}/collector',
  'GET /api/v1/outbound-policy', 'GET /api/v1/compliance/profiles', 'PUT /api/v1/compliance/profiles/{id}', 'GET /api/v1/analytics/settings', 'PUT /api/v1/analytics/settings',
  'GET /api/v1/analytics/freshness',
]) PORTFOLIO_RULES[route] = { none: NOT_ACCOUNTS.settings };
// A portfolio's settings are read by those who read its accounts: its id stands for its rows here.
const portfolioOf = (s: Side) => (s === 'A' ? 'pa' : 'pb');
PORTFOLIO_RULES['GET /api/v1/portfolios/{id}'] = { one: (_f, s) => ({ path: `/api/v1/portfolios/${portfolioOf(s)}` }), as: 'engineer' };
PORTFOLIO_RULES['GET /api/v1/portfolios/{id}/collector'] = { one: (_f, s) => ({ path: `/api/v1/portfolios/${portfolioOf(s)}/collector` }), as: 'strategist' };
PORTFOLIO_RULES['GET /api/v1/portfolios'] = {
  list: () => '/api/v1/portfolios',
  as: 'engineer',
  accountsOf: (body) => (body as Array<{ id: string }>).map((p) => ({ pa: 'A-1', pb: 'B-1' })[p.id] ?? p.id),
};
PORTFOLIO_RULES['GET /api/v1/portfolio-policies'] = { none: 'the settings of the portfolios the caller reads (their ids, names and two flags), no account' };
PORTFOLIO_RULES['POST /api/v1/compliance/evaluate'] = { none: 'a pure decision over the facts the caller hands in; nothing stored is read' };
PORTFOLIO_RULES['POST /api/v1/auto-enrollment/run'] = { none: 'runs the rules of every cadence over every account, as the periodic sweep does: what it enrolls is the rules\' choice, nothing is read back' };
PORTFOLIO_RULES['POST /api/v1/enrollments/bulk'] = { none: 'answers per id: an enrollment of an account the caller does not read is `not_found`, as a missing one (checked below)' };
for (const route of ['POST /api/v1/versions/{versionId}/pause', 'POST /api/v1/versions/{versionId}/resume']) {
  PORTFOLIO_RULES[route] = { none: "changes and counts only the version's enrollments of accounts the caller reads (routes/enrollment-control.test.ts)" };
}
PORTFOLIO_RULES['GET /api/v1/versions/{versionId}/live'] = { none: 'counts of running enrollments per version, no account named' };
PORTFOLIO_RULES['GET /api/v1/analytics/parked'] = { none: 'admins only (who read every portfolio): facts the projection could not take' };
PORTFOLIO_RULES['POST /api/v1/analytics/parked/retry'] = { none: 'admins only (who read every portfolio)' };
PORTFOLIO_RULES['GET /api/v1/enrollments/audience/{id}'] = { none: 'the figures of a job its requester started (read only by them or an admin); it names no account' };
PORTFOLIO_RULES['POST /api/v1/experiments/{experimentId}/promote'] = { none: 'changes a cadence design (the winning arm takes all); reads no account' };

/** A published A/B split (experiment `tone-test`) and an assigned enrollment on each account given. */
async function splitExperiment(db: KairosDb, accountIds: string[]): Promise<string> {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid'] });
  b.add('split', 'ab-split', { experimentId: 'tone-test', arms: [{ key: 'A', label: 'Friendly', weight: 50 }, { key: 'B', label: 'Firm', weight: 50 }] });
  b.add('done', 'exit', { reason: 'completed' });
  b.wire('start', 'next', 'split');
  b.wire('split', 'variant:A', 'done');
  b.wire('split', 'variant:B', 'done');
  const graph = b.build();
  const compiled = compile(graph, builtInRegistry);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  const cadence = await createCadence(db, { name: 'Tone test', graph });
  const { version } = await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'x' });
  for (const accountId of accountIds) {
    const { enrollment } = await createEnrollment(db, { accountId, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => `enrollment-${id}` });
    const at = new Date().toISOString();
    const entries: TimelineEntry[] = [
      { seq: 0, at, type: 'entered', stepId: 'start' },
      { seq: 1, at, type: 'left', stepId: 'start', outcome: 'next' },
      { seq: 2, at, type: 'entered', stepId: 'split' },
      { seq: 3, at, type: 'assigned', stepId: 'split', outcome: 'variant:A', detail: { experimentId: 'tone-test', bucket: 1, control: false } },
      { seq: 4, at, type: 'left', stepId: 'split', outcome: 'variant:A' },
    ];
    await recordProgress(db, { enrollmentId: enrollment.id, entries, status: 'active', currentStepId: 'done', exitReason: null });
  }
  return cadence.id;
}

describe('the portfolio dimension: a person of portfolio A never reads B\'s accounts', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: ReturnType<typeof appWithoutTemporal>;
  const fixture = {} as Fixture;
  const ofA = new Map<Role, ApiClient & { userId: string }>();

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const db = database.db;
    app = appWithoutTemporal(db);
    fixture.cadenceId = await publishedCadence(app);
    const [version] = (await (await signedInTo(app, 'admin', 'all')).get(`/api/v1/cadences/${fixture.cadenceId}/versions`)).body as Array<{ id: string }>;
    fixture.versionId = version!.id;
    const entry = ((await (await signedInTo(app, 'admin', 'all')).get(`/api/v1/versions/${version!.id}`)).body as { graph: { nodes: Array<{ id: string }> } }).graph.nodes[0]!.id;
    const yesterday = new Date(Date.now() - 86_400_000);
    for (const [side, portfolioId] of [['A', 'pa'], ['B', 'pb']] as const) {
      const accountId = `${side}-1`;
      await upsertPortfolio(db, { id: portfolioId, name: `Book ${side}`, settings: { channels: {} } });
      await upsertAccount(db, { id: accountId, ...dana, portfolioId, currency: 'USD', language: 'en', attributes: {} });
      const { enrollment } = await createEnrollment(db, { accountId, cadenceId: fixture.cadenceId, cadenceVersionId: version!.id, workflowIdFor: (id) => `enrollment-${id}` });
      // Finished, so reading it asks Temporal nothing.
      await recordProgress(db, { enrollmentId: enrollment.id, entries: [], status: 'finished', currentStepId: null, exitReason: null });
      await beginContactAttempt(db, { idempotencyKey: `sms-${side}`, enrollmentId: enrollment.id, accountId, stepId: 'sms-1', channel: 'sms', provider: 'sandbox', recipient: dana.phone, body: 'Hi' });
      const { message } = await writeSandboxOutbox(db, { idempotencyKey: `sms-${side}`, accountId, channel: 'sms', recipient: dana.phone, body: 'Hi' });
      const upload = await createImport(db, { portfolioId, fileName: `${accountId}.csv`, content: `id,name\n${accountId},x\n`, mapping: { columns: {}, defaultCountry: 'US', currency: 'USD' }, createdBy: 'test-setup' });
      fixture[side] = { account: accountId, enrollment: enrollment.id, outbox: message.id, importId: upload.id };
      // Facts for the reports: one of each on A's account, two on B's, so a count tells whose were summed.
      const times = side === 'A' ? [1] : [1, 2];
      await appendAnalyticsEvents(
        db,
        { accountId, enrollmentId: enrollment.id },
        times.flatMap((n) => [
          { idempotencyKey: `contact-${side}-${n}`, type: 'contact' as const, outcome: 'allow', channel: 'sms', occurredAt: yesterday },
          { idempotencyKey: `entered-${side}-${n}`, type: 'entered' as const, nodeId: entry, occurredAt: yesterday },
        ]),
      );
      await applyChannelOptOut(db, { contact: { accountId }, channel: 'sms', optIn: false, source: 'provider:sandbox', detail: {} });
    }
    await upsertAccount(db, { id: 'B-2', ...dana, portfolioId: 'pb', currency: 'USD', language: 'en', attributes: {} });
    fixture.splitCadenceId = await splitExperiment(db, [fixture.A.account, fixture.B.account, 'B-2']);
    for (const role of ['strategist', 'compliance_officer', 'engineer'] as const) ofA.set(role, await signedInTo(app, role, ['pa']));
  }, 120_000);
  afterAll(async () => database?.dispose());

  it('has a portfolio rule for every guarded route: a new route must say how it is scoped', async () => {
    const doc = (await client(app).get('/openapi.json')).body as { paths: Record<string, Record<string, { 'x-kairos-roles'?: string[] }>> };
    const guarded = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op['x-kairos-roles']).map(([method]) => `${method.toUpperCase()} ${path}`));
    expect(Object.keys(PORTFOLIO_RULES).sort()).toEqual(guarded.sort());
  });

  const ones = Object.entries(PORTFOLIO_RULES).flatMap(([route, rule]) => ('one' in rule ? [[route, rule] as const] : []));
  it.each(ones)('%s: B\'s item answers 404 as a missing one does; A\'s does not', async (route, rule) => {
    const method = route.split(' ')[0]!;
    const reader = ofA.get(rule.as)!;
    const theirs = rule.one(fixture, 'B');
    const refused = await reader.call(method, theirs.path, theirs.body);
    expect(refused.status, `${route} for B: ${JSON.stringify(refused.body)}`).toBe(404);
    expect(refused.body.error).toBe('not_found');
    expect(JSON.stringify(refused.body)).not.toContain('pb');
    if (rule.onlyRefusal) return;
    const ours = rule.one(fixture, 'A');
    const allowed = await reader.call(method, ours.path, ours.body);
    expect(allowed.status, `${route} for A: ${JSON.stringify(allowed.body)}`).toBeLessThan(300);
  });

  const reports = Object.entries(PORTFOLIO_RULES).flatMap(([route, rule]) => ('report' in rule ? [[route, rule] as const] : []));
  it.each(reports)('%s: sums A\'s facts only', async (route, rule) => {
    const ask = async (reader: ApiClient) => (rule.body ? reader.post(rule.report(fixture), rule.body(fixture)) : reader.get(rule.report(fixture)));
    const ofA_ = await ask(ofA.get(rule.as)!);
    expect(ofA_.status, JSON.stringify(ofA_.body)).toBe(rule.status ?? 200);
    expect(rule.measure(ofA_.body), `${route} for A's reader`).toBe(1);
    const everyone = await ask(await signedInTo(app, rule.as, 'all'));
    expect(rule.measure(everyone.body), `${route} for a reader of every portfolio`).toBe(3);
  });

  const lists = Object.entries(PORTFOLIO_RULES).flatMap(([route, rule]) => ('list' in rule ? [[route, rule] as const] : []));
  it.each(lists)('%s: holds A\'s rows and never B\'s', async (route, rule) => {
    const res = await ofA.get(rule.as)!.get(rule.list(fixture));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const accounts = new Set(rule.accountsOf(res.body));
    expect(accounts.has(fixture.A.account), `${route} lists A's rows`).toBe(true);
    expect(accounts.has(fixture.B.account), `${route} lists B's rows`).toBe(false);
  });

  it('a person of no portfolio reads no account at all, and one of every portfolio reads both', async () => {
    const nobody = await signedInTo(app, 'strategist', []);
    expect((await nobody.get('/api/v1/accounts?limit=500')).body).toMatchObject({ accounts: [], totals: { count: 0, balances: [] } });
    expect((await nobody.get(`/api/v1/accounts/${fixture.A.account}`)).status).toBe(404);
    const everywhere = await signedInTo(app, 'strategist', 'all');
    expect(ids((await everywhere.get('/api/v1/accounts?limit=500')).body.accounts)).toEqual(expect.arrayContaining([fixture.A.account, fixture.B.account]));
  });

  it("the Accounts list's filter and totals never reach past the scope: naming B's portfolio or searching B's account finds nothing", async () => {
    const strategist = ofA.get('strategist')!;
    for (const query of ['portfolio=pb', `q=${encodeURIComponent(fixture.B.account)}`]) {
      const res = await strategist.get(`/api/v1/accounts?${query}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ accounts: [], totals: { count: 0, balances: [] } });
    }
    const all = (await strategist.get('/api/v1/accounts?limit=500')).body;
    expect(all.totals.count).toBe(all.accounts.length);
  });

  it("a selection naming B's enrollment answers not_found for it, as for a missing one, and A's finished one says so", async () => {
    const res = await ofA.get('strategist')!.post('/api/v1/enrollments/bulk', { action: 'pause', reason: 'incident', enrollmentIds: [fixture.B.enrollment, fixture.A.enrollment, crypto.randomUUID()] });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['not_found', 'already_finished', 'not_found']);
    expect(JSON.stringify(res.body)).not.toContain('pb');
  });

  it('an engineer places accounts only in a portfolio they read, saying which field to change', async () => {
    const res = await ofA.get('engineer')!.put('/api/v1/accounts/NEW-B', { ...dana, portfolioId: 'pb' });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'portfolioId', message: expect.stringContaining('"pb"') }]);
  });

  describe('strategists: test accounts in sandbox portfolios only', () => {
    let strategist: ApiClient;
    beforeAll(async () => {
      await upsertPortfolio(database.db, { id: 'sbx-a', name: 'Sandbox of A', settings: { channels: {}, sandbox: true } });
      await upsertPortfolio(database.db, { id: 'sbx-b', name: 'Sandbox of B', settings: { channels: {}, sandbox: true } });
      strategist = await signedInTo(app, 'strategist', ['pa', 'sbx-a']);
    });

    it('creates and replaces a test account in a sandbox portfolio they read', async () => {
      const created = await strategist.put('/api/v1/accounts/TEST-1', { ...dana, portfolioId: 'sbx-a' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const replaced = await strategist.put('/api/v1/accounts/TEST-1', { ...dana, balanceCents: 500, portfolioId: 'sbx-a' });
      expect(replaced.status).toBe(200);
      expect(await getAccount(database.db, 'TEST-1')).toMatchObject({ portfolioId: 'sbx-a', balanceCents: 500 });
    });

    it('is refused in a real portfolio with 403 saying what to do, and nothing is written', async () => {
      const res = await strategist.put('/api/v1/accounts/REAL-1', { ...dana, portfolioId: 'pa' });
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error: 'forbidden', message: expect.stringMatching(/portfolio "pa" is not a sandbox: set portfolioId to a sandbox portfolio/) });
      expect(await getAccount(database.db, 'REAL-1')).toBeNull();
    });

    it('may not move a real account of theirs into a sandbox, nor replace it', async () => {
      const res = await strategist.put(`/api/v1/accounts/${fixture.A.account}`, { ...dana, portfolioId: 'sbx-a' });
      expect(res.status).toBe(403);
      expect(res.body.message).toContain(`account ${fixture.A.account} is in portfolio "pa", which is not a sandbox`);
      expect(await getAccount(database.db, fixture.A.account)).toMatchObject({ portfolioId: 'pa' });
    });

    it('sees the policies of the portfolios they read only: which are sandboxes, and the promise hold', async () => {
      const res = await strategist.get('/api/v1/portfolio-policies');
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        { portfolioId: 'pa', name: 'Book A', sandbox: false, holdContactWhilePromiseOpen: true },
        { portfolioId: 'sbx-a', name: 'Sandbox of A', sandbox: true, holdContactWhilePromiseOpen: true },
      ]);
    });

    it('reaches only the sandboxes they read: another sandbox is refused as any unread portfolio is', async () => {
      const res = await strategist.put('/api/v1/accounts/TEST-B', { ...dana, portfolioId: 'sbx-b' });
      expect(res.status).toBe(400);
      expect(res.body.issues).toEqual([{ field: 'portfolioId', message: expect.stringContaining('"sbx-b"') }]);
    });
  });

  describe('agents: the accounts of their queues, and by exact id, audited', () => {
    let agent: ApiClient & { userId: string };
    beforeAll(async () => {
      await upsertAccount(database.db, { id: 'A-queued', ...dana, portfolioId: 'pa', currency: 'USD', language: 'en', attributes: {} });
      await createAgentTask(database.db, { idempotencyKey: 'call-A-queued', accountId: 'A-queued', queue: 'collections', priority: 'normal', note: 'call back', dueAt: new Date('2026-01-03T10:00:00Z') });
      agent = await signedInTo(app, 'agent', ['pa']);
    });

    it('lists only the accounts with an open task in their portfolios', async () => {
      const listed = (await agent.get('/api/v1/accounts?limit=500')).body;
      expect(ids(listed.accounts)).toEqual(['A-queued']);
      expect(listed.totals.count).toBe(1);
    });

    it('reads another account of their portfolio by its exact id, and the read is audited with who and which', async () => {
      const res = await agent.get(`/api/v1/accounts/${fixture.A.account}`);
      expect(res.status).toBe(200);
      const [read] = await listAudit(database.db, { action: 'account_read', actorId: agent.userId, limit: 5 });
      expect(read).toMatchObject({ actorId: agent.userId, actorRole: 'agent', detail: { accountId: fixture.A.account } });
    });

    it('gets 404 for an account of another portfolio, and nothing is audited for it', async () => {
      expect((await agent.get(`/api/v1/accounts/${fixture.B.account}`)).status).toBe(404);
      const reads = await listAudit(database.db, { action: 'account_read', actorId: agent.userId, limit: 50 });
      expect(reads.map((r) => r.detail.accountId)).not.toContain(fixture.B.account);
    });
  });

  it("answers 404 to a write over another portfolio's account id, changes nothing, and audits the refused write", async () => {
    const engineer = ofA.get('engineer')!;
    const before = await getAccount(database.db, fixture.B.account);
    const res = await engineer.put(`/api/v1/accounts/${fixture.B.account}`, { ...dana, portfolioId: 'pa', balanceCents: 1 });
    expect(res.status).toBe(404);
    expect(await getAccount(database.db, fixture.B.account)).toEqual(before);
    const [refused] = await listAudit(database.db, { action: 'account_write_refused', actorId: engineer.userId, limit: 5 });
    expect(refused).toMatchObject({ actorRole: 'engineer', detail: { accountId: fixture.B.account, route: 'PUT /api/v1/accounts/:id' } });
  });
});
