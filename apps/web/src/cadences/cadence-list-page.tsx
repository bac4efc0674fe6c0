import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { kairosApi } from '../api/endpoints';
import { ImportCadenceForm } from '../cadence-file/import-cadence-form';
import { queryKeys } from '../api/query-keys';
import { useRole } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { CadenceRow } from './cadence-row';
import { NewCadenceDialog } from '../new-cadence/new-cadence-dialog';

export function CadenceListPage() {
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const role = useRole();
  const designer = role === 'strategist' || role === 'admin';
  const cadences = useQuery({ queryKey: queryKeys.cadences(showArchived), queryFn: () => kairosApi.listCadences(showArchived) });

  const newButton = (
    <button type="button" className="primary" onClick={() => (setImporting(false), setCreating(true))}>
      New cadence
    </button>
  );
  const importButton = (
    <button type="button" onClick={() => (setCreating(false), setImporting(true))}>
      Import cadence
    </button>
  );

  return (
    <div className="page">
      <div className="page-head">
        <h1>Cadences</h1>
        {designer && !importing && cadences.data?.length !== 0 && (
          <div className="page-actions">
            {importButton}
            {newButton}
          </div>
        )}
      </div>
      {designer && creating && <NewCadenceDialog open onClose={() => setCreating(false)} />}
      {importing && <ImportCadenceForm onCancel={() => setImporting(false)} />}
      <label className="toggle">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived cadences
      </label>
      {cadences.isPending && <Loading what="cadences" />}
      {cadences.isError && <ErrorMessage error={cadences.error} retry={() => void cadences.refetch()} />}
      {cadences.data?.length === 0 && !importing && (
        <EmptyState
          title={showArchived ? 'No cadences at all yet' : 'No cadences yet'}
          action={
            designer ? (
              <div className="page-actions">
                {newButton}
                {importButton}
              </div>
            ) : undefined
          }
        >
          <p>
            A cadence is the outreach an account goes through: messages, waits and branches.{' '}
            {designer ? 'Create one and draw it on the canvas, or import one exported from Kairos.' : 'Strategists create them; ask one to share theirs.'}
          </p>
        </EmptyState>
      )}
      {cadences.data && cadences.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">Cadences</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Last changed</th>
              <th scope="col">Created by</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {cadences.data.map((c) => (
              <CadenceRow key={c.id} cadence={c} canChange={designer} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
