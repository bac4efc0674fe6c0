import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { Cadence } from '../api/types';
import { usePublishedCadences } from '../cadences/published-cadences';
import { ErrorMessage, Loading } from '../shell/status';

export interface CadenceChoice {
  cadenceId: string;
  /** Empty: the cadence's newest published version. */
  versionId: string;
}

/** Pick a published cadence and, if not its newest, one of its published versions. */
export function CadencePicker({ choice, onChange }: { choice: CadenceChoice; onChange(c: CadenceChoice, name: string): void }) {
  const id = useId();
  const { cadences, pending, published } = usePublishedCadences();
  const versions = useQuery({ queryKey: queryKeys.versions(choice.cadenceId), queryFn: () => kairosApi.listVersions(choice.cadenceId), enabled: choice.cadenceId !== '' });
  if (cadences.isError) return <ErrorMessage error={cadences.error} title="The cadences could not be listed" retry={() => void cadences.refetch()} />;
  if (pending) return <Loading what="published cadences" />;
  if (published.length === 0) {
    return (
      <p className="muted" role="status">
        No cadence is published yet: open one in <Link to="/cadences">Cadences</Link>, submit it for review and publish it once approved; then enroll accounts in it here.
      </p>
    );
  }
  const name = (c: Cadence | undefined) => c?.name ?? '';
  const newestFirst = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <div className="enroll-cadence">
      <div className="field">
        <label htmlFor={`${id}-cadence`}>Cadence</label>
        <select id={`${id}-cadence`} value={choice.cadenceId} onChange={(e) => onChange({ cadenceId: e.target.value, versionId: '' }, name(published.find((c) => c.id === e.target.value)))}>
          <option value="">Choose a published cadence…</option>
          {published.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {choice.cadenceId && newestFirst.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-version`}>Version</label>
          <select id={`${id}-version`} value={choice.versionId} onChange={(e) => onChange({ ...choice, versionId: e.target.value }, name(published.find((c) => c.id === choice.cadenceId)))}>
            <option value="">The newest (v{newestFirst[0]!.version})</option>
            {newestFirst.slice(1).map((v) => (
              <option key={v.id} value={v.id}>
                v{v.version}
              </option>
            ))}
          </select>
        </div>
      )}
      {versions.isError && <ErrorMessage error={versions.error} title="The versions could not be listed" retry={() => void versions.refetch()} />}
    </div>
  );
}
