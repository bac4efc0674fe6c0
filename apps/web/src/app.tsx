import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { CadenceListPage } from './cadences/cadence-list-page';
import { AppLayout } from './shell/app-layout';
import { ReadersOnly, RoleHome } from './shell/readers-only';
import { Loading } from './shell/status';
import { NotFoundPage } from './shell/not-found-page';
import { OutboxPage } from './outbox/outbox-page';
import { SignInPage } from './sign-in/sign-in-page';
import { PasswordLinkPage } from './sign-in/password-link-page';
import { AccountPage } from './account/account-page';
import { AccountListPage } from './accounts/account-list-page';
import { AuditPage } from './audit/audit-page';
import { ReviewQueuePage } from './review/review-queue-page';
import { UsersPage } from './users/users-page';
import { ExperimentsPage } from './experiments/experiments-page';
import { ChannelCostsPage } from './channel-costs/channel-costs-page';
import { CollectorPage } from './collector/collector-page';
import { NewTestAccountPage } from './test-accounts/new-test-account-page';
import { ImportsPage } from './imports/imports-page';

// The canvas pages carry React Flow; the list pages do not wait for it.
const EditorPage = lazy(() => import('./editor/editor-page'));
const VersionPage = lazy(() => import('./live-view/version-page'));
const ReviewPage = lazy(() => import('./review/review-page'));
// The analytics pages carry the chart library.
const ExperimentPage = lazy(() => import('./experiments/experiment-page').then((m) => ({ default: m.ExperimentPage })));
const DashboardPage = lazy(() => import('./dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const AccountViewPage = lazy(() => import('./account-view/account-view-page'));
// The enroll page carries the chart library too.
const EnrollPage = lazy(() => import('./enroll/enroll-page'));

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      {/* One-time links to set a password: no session needed, the token is the key. */}
      <Route path="/invite/:token" element={<PasswordLinkPage />} />
      <Route path="/reset-password/:token" element={<PasswordLinkPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<RoleHome />} />
        {/* Pages that make reads only some roles may: the others are told who may, and nothing is asked. */}
        <Route element={<ReadersOnly read="design" />}>
          <Route path="/cadences" element={<CadenceListPage />} />
          <Route
            path="/cadences/:cadenceId"
            element={
              <Suspense fallback={<Loading what="the editor" />}>
                <EditorPage />
              </Suspense>
            }
          />
          <Route
            path="/cadences/:cadenceId/versions/:versionId"
            element={
              <Suspense fallback={<Loading what="the version" />}>
                <VersionPage />
              </Suspense>
            }
          />
          <Route path="/reviews" element={<ReviewQueuePage />} />
          <Route
            path="/reviews/:reviewId"
            element={
              <Suspense fallback={<Loading what="the review" />}>
                <ReviewPage />
              </Suspense>
            }
          />
          <Route path="/experiments" element={<ExperimentsPage />} />
          <Route
            path="/experiments/:experimentId"
            element={
              <Suspense fallback={<Loading what="the experiment" />}>
                <ExperimentPage />
              </Suspense>
            }
          />
          <Route
            path="/dashboard"
            element={
              <Suspense fallback={<Loading what="the dashboard" />}>
                <DashboardPage />
              </Suspense>
            }
          />
        </Route>
        <Route
          path="/accounts/:id"
          element={
            <Suspense fallback={<Loading what="the account" />}>
              <AccountViewPage />
            </Suspense>
          }
        />
        <Route
          path="/enroll"
          element={
            <Suspense fallback={<Loading what="the enroll page" />}>
              <EnrollPage />
            </Suspense>
          }
        />
        <Route element={<ReadersOnly read="design" />}>
          <Route path="/channel-costs" element={<ChannelCostsPage />} />
        </Route>
        <Route path="/collector" element={<CollectorPage />} />
        <Route element={<ReadersOnly read="audit" />}>
          <Route path="/audit" element={<AuditPage />} />
        </Route>
        <Route element={<ReadersOnly read="people" />}>
          <Route path="/users" element={<UsersPage />} />
        </Route>
        <Route path="/account" element={<AccountPage />} />
        <Route path="/accounts" element={<AccountListPage />} />
        <Route path="/accounts/new" element={<NewTestAccountPage />} />
        <Route element={<ReadersOnly read="enrollment" />}>
          <Route path="/imports" element={<ImportsPage />} />
        </Route>
        <Route element={<ReadersOnly read="design" />}>
          <Route path="/outbox" element={<OutboxPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
