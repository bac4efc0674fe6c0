import { expect, it } from 'vitest';
import { complianceProfiles, parseProfileFile } from '@kairos/compliance';
import { listAudit } from '../audit/audit';
import { ComplianceProfileCatalog, putComplianceProfile } from './compliance-profiles';
import { describeEachDatabase } from '../testing';

const fileOf = (json: unknown) => {
  const r = parseProfileFile(json, complianceProfiles);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.file;
};
const admin = { id: 'u-admin', email: 'admin@kairos.test', role: 'admin' };

describeEachDatabase('stored compliance profiles', (db) => {
  it('are stored with an audit row of each change, and reach a catalog on its next refresh', async () => {
    let now = 0;
    const catalog = new ComplianceProfileCatalog(db(), complianceProfiles, 1_000, () => now);
    await catalog.refresh();
    expect(catalog.has('acme')).toBe(false);

    const first = await putComplianceProfile(db(), { file: fileOf({ id: 'acme', title: 'ACME', extends: 'us-reg-f', holidays: ['2026-12-24'] }), actor: admin });
    expect(first.created).toBe(true);
    await catalog.refresh();
    expect(catalog.has('acme'), 'within the TTL the catalog keeps what it loaded').toBe(false);
    now = 1_000;
    await catalog.refresh();
    expect(catalog.get('acme')?.title).toBe('ACME');
    expect([...catalog.keys()]).toEqual(['us-reg-f', 'uk-fca-example', 'acme']);

    const second = await putComplianceProfile(db(), { file: fileOf({ id: 'acme', title: 'ACME v2', hours: { 'mon-fri': '09:00-17:00' } }), actor: admin });
    expect(second.created).toBe(false);
    await catalog.refresh(true);
    expect(catalog.get('acme')?.title).toBe('ACME v2');

    const audit = await listAudit(db(), { action: 'compliance_profile_change', limit: 10 });
    expect(audit.map((a) => [a.actorId, a.detail.profileId, a.detail.created])).toEqual(
      expect.arrayContaining([['u-admin', 'acme', true], ['u-admin', 'acme', false]]),
    );
    const change = audit.find((a) => a.detail.created === false)!;
    expect(change.detail).toMatchObject({ definition: { title: 'ACME v2' }, previous: { title: 'ACME', extends: 'us-reg-f' } });
  });
});
