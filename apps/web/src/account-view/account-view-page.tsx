import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatCents } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { accountActionsFor } from './account-actions';
import { ComplianceSection } from './compliance-section';
import { ContactsSection } from './contacts-section';
import { EnrollForm } from './enroll-form';
import { EnrollmentsSection } from './enrollments-section';
import { LedgerSection } from './ledger-section';
import { ProfileSection } from './profile-section';
import { RecordFactForm } from './record-fact-form';
import { ReportEventForm } from './report-event-form';
import { dpdText, FIRST_PER_SECTION, moreThan } from './story';
import { TasksSection } from './tasks-section';

/** `/accounts/:id`: one view of the customer, from one read of the API; actions as the role allows. */
export default function AccountViewPage() {
  const { id = '' } = useParams();
  const [limit, setLimit] = useState(FIRST_PER_SECTION);
  const story = useQuery({ queryKey: queryKeys.accountStory(id, limit), queryFn: () => kairosApi.accountStory(id, limit), placeholderData: keepPreviousData });
  const actions = accountActionsFor(useRole());
  const showMore = () => setLimit(moreThan);

  if (story.isPending) return <Loading what="the account" />;
  if (story.isError) {
    if (story.error instanceof ApiError && story.error.status === 404) {
      return (
        <div className="page">
          <EmptyState title={`No account ${id} that you read`}>
            <p>Check the id (it must match exactly). Accounts of portfolios you do not read answer as missing: ask an administrator if you need them.</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <div className="page">
        <ErrorMessage error={story.error} retry={() => void story.refetch()} />
      </div>
    );
  }
  const s = story.data;
  const a = s.account;
  return (
    <div className="page account-view">
      <div className="page-head">
        <h1>
          {a.name} <span className="muted">{a.id}</span>
        </h1>
        <p className="account-summary">
          <strong>{formatCents(a.balanceCents, a.currency)}</strong> owed · due {a.dueDate}, {dpdText(s.dpd)} · tier {s.tier ?? 'not set'}{' '}
          <span className="muted">(the account&apos;s tier attribute; each enrollment says what its tier split chose)</span>
        </p>
        {a.consumerId && <p className="muted">Consumer {a.consumerId}</p>}
      </div>
      <ProfileSection story={s} onMore={showMore} />
      <ComplianceSection story={s} onMore={showMore}>
        {actions.recordFact && <RecordFactForm account={a} />}
      </ComplianceSection>
      <LedgerSection story={s} onMore={showMore}>
        {actions.reportEvent && <ReportEventForm account={a} />}
      </LedgerSection>
      <ContactsSection story={s} onMore={showMore} />
      <EnrollmentsSection story={s} onMore={showMore} openCanvas={actions.openCanvas}>
        {actions.enroll && <EnrollForm accountId={a.id} />}
      </EnrollmentsSection>
      <TasksSection story={s} onMore={showMore} />
    </div>
  );
}
