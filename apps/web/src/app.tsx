import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { CadenceListPage } from './cadences/cadence-list-page';
import { AppLayout } from './shell/app-layout';
import { Loading } from './shell/status';
import { NotFoundPage } from './shell/not-found-page';
import { OutboxPage } from './outbox/outbox-page';
import { SignInPage } from './sign-in/sign-in-page';

// The canvas pages carry React Flow; the list pages do not wait for it.
const EditorPage = lazy(() => import('./editor/editor-page'));
const VersionPage = lazy(() => import('./live-view/version-page'));

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/cadences" replace />} />
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
        <Route path="/outbox" element={<OutboxPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
