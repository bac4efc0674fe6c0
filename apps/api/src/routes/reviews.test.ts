import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, client, example, sessionCookieOf, signedIn, type ApiClient } from '../testing/api-harness';

describeEachDatabase('review and approval over the API', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let strategist: ApiClient;
  let officer: ApiClient;
  let secondOfficer: ApiClient;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    [strategist, officer, secondOfficer] = await Promise.all([
      signedIn(app, 'strategist'),
      signedIn(app, 'compliance_officer'),
      signedIn(app, 'compliance_officer', { second: true }),
    ]);
  });
  const create = async (name: string, graph = example()) => (await strategist.post('/api/v1/cadences', { name, graph })).body.id as string;
  const submit = async (cadenceId: string) => strategist.post(`/api/v1/cadences/${cadenceId}/reviews`);
  const state = async (cadenceId: string) => (await strategist.get(`/api/v1/cadences/${cadenceId}`)).body.lifecycle.state as string;

  it('takes a draft through submitted, approved and published, with the lifecycle shown on the cadence', async () => {
    const id = await create('Lifecycle');
    expect(await state(id)).toBe('draft');
    const submitted = await submit(id);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ status: 'submitted', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await state(id)).toBe('submitted');
    const approved = await officer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash, comment: 'disclosures in place' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: expect.any(String) });
    expect(await state(id)).toBe('approved');
    const published = await strategist.post(`/api/v1/cadences/${id}/versions`);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ hash: submitted.body.hash, reviewId: submitted.body.id, approvedBy: approved.body.decidedBy });
    expect(await state(id)).toBe('published');
  });

  it('refuses an approval by an author: a compliance officer who edited the draft', async () => {
    const admin = await signedIn(app, 'admin');
    const id = await create('Edited by an officer');
    // Whoever edits the draft becomes one of its authors (admins may edit, but never approve).
    await admin.put(`/api/v1/cadences/${id}/draft`, { graph: example() });
    const submitted = await submit(id);
    expect(submitted.body.authorIds).toHaveLength(2);
    const adminApproves = await admin.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash });
    expect(adminApproves.status).toBe(403);
    expect(adminApproves.body.error).toBe('forbidden');
    expect((await officer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash })).status).toBe(200);
  });

  it('an officer who authored the cadence cannot approve it: 403 author_cannot_approve', async () => {
    const admin = await signedIn(app, 'admin');
    const me = (await officer.get('/api/v1/me')).body.user;
    // An officer who was a strategist when they drew the cadence: authors are kept by id.
    await admin.patch(`/api/v1/users/${me.id}`, { role: 'strategist' });
    const officerAsStrategist = await signedIn(app, 'compliance_officer');
    const id = (await officerAsStrategist.post('/api/v1/cadences', { name: 'Own work', graph: example() })).body.id as string;
    const submitted = await officerAsStrategist.post(`/api/v1/cadences/${id}/reviews`);
    expect(submitted.status).toBe(201);
    await admin.patch(`/api/v1/users/${me.id}`, { role: 'compliance_officer' });
    const refused = await officer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'decision_refused', code: 'author_cannot_approve', message: expect.stringMatching(/another compliance officer/) });
    expect((await secondOfficer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash })).status).toBe(200);
  });

  it('refuses an officer invited by an author of the work, and the review says who invited each officer', async () => {
    const admin = await signedIn(app, 'admin');
    const adminMe = (await admin.get('/api/v1/me')).body.user;
    // An admin draws and submits a cadence, then invites an officer of their choosing to approve it.
    const id = (await admin.post('/api/v1/cadences', { name: 'Admin-made', graph: example() })).body.id as string;
    const submitted = await admin.post(`/api/v1/cadences/${id}/reviews`);
    const invited = await admin.post('/api/v1/invitations', { name: 'Mallory Friend', email: 'mallory@kairos.test', role: 'compliance_officer' });
    const token = (invited.body.link as string).split('/invite/')[1];
    const accepted = await client(app).post(`/api/v1/auth/password-links/${token}`, { password: 'mallory sets this' });
    const mallory = client(app, { cookie: sessionCookieOf(accepted) });

    const refused = await mallory.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      error: 'decision_refused',
      code: 'approver_not_independent',
      message: `your account was invited by ${adminMe.name}, an author of this version: a compliance officer whose account no author created, invited or reset must approve it`,
    });
    const seenByMallory = (await mallory.get(`/api/v1/reviews/${submitted.body.id}`)).body;
    expect(seenByMallory).toMatchObject({ canApprove: false, decisionRefusal: { code: 'approver_not_independent' } });
    const listed = new Map((seenByMallory.officers as { name: string }[]).map((o) => [o.name, o]));
    expect(listed.get('Mallory Friend')).toEqual({
      id: accepted.body.user.id,
      name: 'Mallory Friend',
      origins: [{ how: 'invited', byId: adminMe.id, byName: adminMe.name }],
      mayDecide: false,
      reason: refused.body.message,
    });
    expect(listed.get('compliance officer 2')).toMatchObject({ origins: [{ how: 'created', byId: 'test-setup', byName: null }], mayDecide: true, reason: null });

    expect((await secondOfficer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash })).status).toBe(200);
    const decided = (await admin.get(`/api/v1/reviews/${submitted.body.id}`)).body;
    expect(decided).toMatchObject({ decidedByName: 'compliance officer 2', decidedByOrigins: [{ how: 'created', byId: 'test-setup', byName: null }] });
  });

  it('an edit after approval makes the draft a draft again, and publishing it is refused until a new approval', async () => {
    const id = await create('Edit after approval');
    const submitted = await submit(id);
    await officer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash });
    const changed = example();
    changed.nodes.find((n) => n.id === 'wait-7d')!.data.config = { mode: 'duration', duration: { days: 8 } };
    await strategist.put(`/api/v1/cadences/${id}/draft`, { graph: changed });
    expect(await state(id)).toBe('draft');
    const refused = await strategist.post(`/api/v1/cadences/${id}/versions`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'publish_refused', code: 'not_approved' });
    const again = await submit(id);
    expect(again.status).toBe(201);
    expect(again.body.hash).not.toBe(submitted.body.hash);
    await officer.post(`/api/v1/reviews/${again.body.id}/approve`, { hash: again.body.hash });
    expect((await strategist.post(`/api/v1/cadences/${id}/versions`)).status).toBe(201);
  });

  it('refuses an approval for content other than was submitted, and a decision on a closed review', async () => {
    const id = await create('Hash bound');
    const submitted = await submit(id);
    const stale = await officer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: 'f'.repeat(64) });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('hash_mismatch');
    const asked = await officer.post(`/api/v1/reviews/${submitted.body.id}/request-changes`, { hash: submitted.body.hash, comment: 'shorten the SMS' });
    expect(asked.status).toBe(200);
    expect(await state(id)).toBe('changes_requested');
    const late = await secondOfficer.post(`/api/v1/reviews/${submitted.body.id}/approve`, { hash: submitted.body.hash });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('review_not_open');
    const noComment = await officer.post(`/api/v1/reviews/${submitted.body.id}/request-changes`, { hash: submitted.body.hash });
    expect(noComment.status).toBe(400);
    expect(noComment.body.issues[0].field).toBe('comment');
  });

  it('serves the review: submitted graph, diff against the live version, findings and comments', async () => {
    const id = await create('Diffed');
    const first = await submit(id);
    await officer.post(`/api/v1/reviews/${first.body.id}/approve`, { hash: first.body.hash });
    await strategist.post(`/api/v1/cadences/${id}/versions`);
    const changed = example();
    const sms = changed.nodes.find((n) => n.id === 'sms-2')!;
    sms.data.config = { ...sms.data.config, body: `${String(sms.data.config.body)} Thank you.` };
    await strategist.put(`/api/v1/cadences/${id}/draft`, { graph: changed });
    const second = await submit(id);
    await strategist.post(`/api/v1/reviews/${second.body.id}/comments`, { body: 'added thanks', nodeId: 'sms-2', field: 'body' });

    const review = await officer.get(`/api/v1/reviews/${second.body.id}`);
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ status: 'submitted', canApprove: true, findings: [], liveVersion: { version: 1, hash: first.body.hash } });
    expect(review.body.diff.nodes.changed).toEqual([
      expect.objectContaining({ id: 'sms-2', changes: [expect.objectContaining({ field: 'config.body', kind: 'template', after: expect.stringMatching(/Thank you\.$/) })] }),
    ]);
    expect(review.body.comments).toEqual([expect.objectContaining({ body: 'added thanks', nodeId: 'sms-2', field: 'body', kind: 'comment' })]);
    expect((await strategist.get(`/api/v1/reviews/${second.body.id}`)).body.canApprove).toBe(false);
    const diff = await strategist.get(`/api/v1/cadences/${id}/diff`);
    expect(diff.body.diff).toEqual(review.body.diff);
    expect((await strategist.get(`/api/v1/cadences/${id}/reviews`)).body.map((r: { status: string }) => r.status)).toEqual(['submitted', 'published']);
  });

  it('queues the reviews waiting for a decision across cadences, naming the cadence and the people', async () => {
    const waitingId = await create('Queued');
    const waiting = await submit(waitingId);
    const askedId = await create('Sent back');
    const asked = await submit(askedId);
    await officer.post(`/api/v1/reviews/${asked.body.id}/request-changes`, { hash: asked.body.hash, comment: 'say who we are' });
    await strategist.post(`/api/v1/reviews/${asked.body.id}/comments`, { body: 'on it', nodeId: 'sms-1' });

    const queue = await officer.get('/api/v1/reviews');
    expect(queue.status).toBe(200);
    const ids = queue.body.map((r: { id: string }) => r.id);
    expect(ids).toContain(waiting.body.id);
    expect(ids).not.toContain(asked.body.id);
    expect(queue.body.find((r: { id: string }) => r.id === waiting.body.id)).toMatchObject({
      cadenceName: 'Queued',
      status: 'submitted',
      submittedByName: 'strategist',
      authors: [{ id: waiting.body.submittedBy, name: 'strategist' }],
      decidedByName: null,
    });
    const sentBack = await officer.get('/api/v1/reviews?status=changes_requested');
    expect(sentBack.body.find((r: { id: string }) => r.id === asked.body.id)).toMatchObject({ cadenceName: 'Sent back', decidedByName: 'compliance officer' });
    expect((await officer.get('/api/v1/reviews?status=lost')).status).toBe(400);

    const detail = await strategist.get(`/api/v1/reviews/${asked.body.id}`);
    expect(detail.body).toMatchObject({ cadenceName: 'Sent back', decidedByName: 'compliance officer' });
    expect(detail.body.comments.map((c: { kind: string; authorName: string }) => [c.kind, c.authorName])).toEqual([
      ['changes_requested', 'compliance officer'],
      ['comment', 'strategist'],
    ]);
  });

  it('refuses to submit a design with blocking lint findings, listing them at their nodes', async () => {
    const careless = example();
    const sms = careless.nodes.find((n) => n.id === 'sms-1')!;
    sms.data.config = { channel: 'sms', body: 'Hi {{ account.firstName }}, pay now: {{ paymentLink }}' };
    const id = await create('Careless', careless);
    const lint = await strategist.get(`/api/v1/cadences/${id}/lint`);
    expect(lint.body).toMatchObject({ compiled: true, profile: 'us-reg-f' });
    expect(lint.body.findings.map((f: { rule: string; nodeId: string }) => `${f.rule}@${f.nodeId}`).sort()).toEqual([
      'lint.collector-disclosure@sms-1',
      'lint.opt-out-text@sms-1',
    ]);
    const refused = await submit(id);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: 'lint_blocking', findings: expect.arrayContaining([expect.objectContaining({ nodeId: 'sms-1', field: 'body' })]) });
    expect((await strategist.get(`/api/v1/cadences/${id}`)).body.findings).toHaveLength(2);
    expect((await strategist.get(`/api/v1/cadences/${id}/lint?profile=mars`)).status).toBe(400);
  });
});
