import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { appendAudit } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, example, publishedCadence, signedIn, type ApiClient } from '../testing/api-harness';

describeEachDatabase('the audit log over the API', (db) => {
  let officer: ApiClient;
  let cadenceId: string;
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    officer = await signedIn(app, 'compliance_officer');
    cadenceId = await publishedCadence(app);
    const strategist = await signedIn(app, 'strategist');
    const other = (await strategist.post('/api/v1/cadences', { name: 'Other', graph: example() })).body.id;
    await strategist.post(`/api/v1/cadences/${other}/reviews`);
    // A value a spreadsheet would run as a formula, as a hostile name might be.
    await appendAudit(db(), { actor: { id: '=HYPERLINK("http://evil")', role: 'agent' }, action: 'comment', detail: { note: 'a, "quoted"\nline' } });
  });

  it('lists who did what to which version, newest first, filtered by cadence and action', async () => {
    const res = await officer.get(`/api/v1/audit?cadenceId=${cadenceId}`);
    expect(res.status).toBe(200);
    expect(res.body.entries.map((e: { action: string }) => e.action)).toEqual(['publish', 'approve', 'submit']);
    const [publish] = res.body.entries;
    expect(publish).toMatchObject({ actorRole: 'strategist', actorEmail: 'strategist@kairos.test', cadenceId, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(new Set(res.body.entries.map((e: { hash: string }) => e.hash)).size).toBe(1);
    const submits = await officer.get('/api/v1/audit?action=submit');
    expect(submits.body.entries).toHaveLength(2);
  });

  it("filters by the actor's email or id, as a person knows a colleague", async () => {
    const byEmail = await officer.get(`/api/v1/audit?cadenceId=${cadenceId}&actor=Strategist@Kairos.test`);
    expect(byEmail.body.entries.map((e: { action: string }) => e.action)).toEqual(['publish', 'submit']);
    const byId = await officer.get(`/api/v1/audit?cadenceId=${cadenceId}&actor=${byEmail.body.entries[0].actorId}`);
    expect(byId.body.entries).toEqual(byEmail.body.entries);
    const csv: Array<{ action: string }> = parse((await officer.get(`/api/v1/audit/export?cadenceId=${cadenceId}&actor=compliance_officer@kairos.test`)).body as string, { columns: true });
    expect(csv.map((r) => r.action)).toEqual(['approve']);
  });

  it('filters by a content hash or the first characters of one, and says what a hash must look like', async () => {
    const { hash } = (await officer.get(`/api/v1/audit?cadenceId=${cadenceId}&action=publish`)).body.entries[0];
    const byPrefix = await officer.get(`/api/v1/audit?cadenceId=${cadenceId}&hash=${hash.slice(0, 12)}`);
    expect(byPrefix.body.entries.map((e: { action: string }) => e.action)).toEqual(['publish', 'approve', 'submit']);
    const bad = await officer.get('/api/v1/audit?hash=zz');
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([expect.objectContaining({ field: 'hash', message: expect.stringMatching(/first 4 characters/) })]);
  });

  it('pages with a cursor and filters by time', async () => {
    const first = await officer.get('/api/v1/audit?limit=2');
    expect(first.body.entries).toHaveLength(2);
    const rest = await officer.get(`/api/v1/audit?limit=100&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.entries, ...rest.body.entries].map((e: { id: number }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rest.body.nextCursor).toBeNull();
    expect((await officer.get('/api/v1/audit?to=2000-01-01T00:00:00Z')).body.entries).toEqual([]);
    const bad = await officer.get('/api/v1/audit?action=delete&from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['action', 'from']);
  });

  it('exports the matching entries as CSV, oldest first, quoting and defusing what needs it', async () => {
    const res = await officer.get('/api/v1/audit/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="kairos-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
    const all = await officer.get('/api/v1/audit?limit=500');
    expect(rows.map((r) => Number(r.id))).toEqual(all.body.entries.map((e: { id: number }) => e.id).reverse());
    const hostile = rows.find((r) => r.action === 'comment')!;
    expect(hostile.actorId).toBe(`'=HYPERLINK("http://evil")`);
    expect(JSON.parse(hostile.detail!)).toEqual({ note: 'a, "quoted"\nline' });
    const filtered = parse((await officer.get(`/api/v1/audit/export?cadenceId=${cadenceId}&action=publish`)).body as string, { columns: true });
    expect(filtered).toHaveLength(1);
  });
});
