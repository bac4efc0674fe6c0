import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { EnrollmentDetail as Detail } from '../api/types';
import { formatWhen } from '../shell/format';
import { ErrorMessage, Loading } from '../shell/status';
import { EnrollmentDetail, enrollmentStatusClass, enrollmentStatusText } from './enrollment-detail';

interface Props {
  cadenceId: string;
  versionId: string;
  openId: string | null;
  onOpen(enrollmentId: string | null): void;
  onDetail(detail: Detail | null): void;
  stepName(id: string): string;
}

/** Enrollments on this version, searchable by account; opening one shows its timeline and path. */
export function EnrollmentsPanel({ cadenceId, versionId, openId, onOpen, onDetail, stepName }: Props) {
  const [account, setAccount] = useState('');
  const searchId = useId();
  const filter = { cadenceId, ...(account.trim() ? { accountId: account.trim() } : {}), limit: 100 };
  const list = useQuery({ queryKey: queryKeys.enrollments(filter), queryFn: () => kairosApi.listEnrollments(filter), refetchInterval: 3_000 });
  const mine = list.data?.filter((e) => e.cadenceVersionId === versionId);

  if (openId) {
    return (
      <EnrollmentDetail
        enrollmentId={openId}
        stepName={stepName}
        onLoaded={onDetail}
        onClose={() => {
          onOpen(null);
          onDetail(null);
        }}
      />
    );
  }
  return (
    <section className="enrollments" aria-labelledby={`${searchId}-h`}>
      <h2 id={`${searchId}-h`}>Enrollments</h2>
      <label htmlFor={searchId}>Find an account</label>
      <input id={searchId} type="search" value={account} placeholder="Account id, e.g. DEMO-1001" onChange={(e) => setAccount(e.target.value)} />
      {list.isPending && <Loading what="enrollments" />}
      {list.isError && <ErrorMessage error={list.error} retry={() => void list.refetch()} />}
      {mine?.length === 0 && (
        <p className="muted">
          {account.trim()
            ? `No enrollment of account “${account.trim()}” in this version.`
            : 'No account is enrolled in this version yet. Enroll one with POST /api/v1/enrollments (see the API reference).'}
        </p>
      )}
      {mine && mine.length > 0 && (
        <ul className="enrollment-list">
          {mine.map((e) => (
            <li key={e.id}>
              <button type="button" className="link-button" onClick={() => onOpen(e.id)} aria-label={`Open account ${e.accountId}`}>
                {e.accountId}
              </button>{' '}
              <span className={enrollmentStatusClass(e)}>{enrollmentStatusText(e)}</span> <span className="muted">since {formatWhen(e.startedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
