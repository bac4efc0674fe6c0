import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { RequestBody } from '../api/types';
import { RESTRICTED_READS } from '../shell/role-reads';
import { useRole } from '../shell/session-menu';
import { ErrorMessage } from '../shell/status';
import { accountsLink, filterFromParams, filterWords, readPastedIds, type Audience } from './audience';
import { AudienceJobProgress } from './audience-job';
import { AudiencePreview } from './audience-preview';
import { CadencePicker, type CadenceChoice } from './cadence-picker';

/** Who may enroll an audience (the API refuses the others; they are not even asked). */
export const AUDIENCE_ENROLLERS: readonly string[] = RESTRICTED_READS.enrollment.roles;

type PreviewBody = RequestBody<'/api/v1/enrollments/preview', 'post'>;

/** A key per preview, so a second click on "Enroll" (or a retry) answers with the same job instead of a second one. */
const newIdempotencyKey = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

/** `/enroll?<Accounts list filter>`: a published cadence, an audience, a preview of who enters and why not, then the enrollment with its progress. */
export default function EnrollPage() {
  const role = useRole();
  return (
    <div className="page enroll-page">
      <div className="page-head">
        <h1>Enroll an audience</h1>
      </div>
      <p className="page-intro">
        Put many accounts in a published cadence at once: the accounts of a filter of the <Link to="/accounts">Accounts</Link> list, a list of account ids, or the accounts of an import. The
        preview says how many would enter and why the others would not, before anything is enrolled.
      </p>
      {role !== undefined && AUDIENCE_ENROLLERS.includes(role) ? (
        <EnrollAudience />
      ) : (
        <div className="error-box" role="alert">
          <strong>Not allowed</strong>
          <p>Strategists, engineers and administrators enroll accounts in cadences: ask one of them.</p>
        </div>
      )}
    </div>
  );
}

function EnrollAudience() {
  const id = useId();
  const [params] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const filtered = Object.keys(filter).length > 0;
  // `/enroll?import=<id>`, from an import's summary: the accounts its file described.
  const importId = params.get('import');
  const fromImport = useQuery({ queryKey: queryKeys.importProgress(importId ?? ''), queryFn: () => kairosApi.getImport(importId!), enabled: importId !== null });
  const [choice, setChoice] = useState<CadenceChoice>({ cadenceId: '', versionId: '' });
  const [cadenceName, setCadenceName] = useState('');
  const [mode, setMode] = useState<Audience['kind']>(importId ? 'import' : filtered ? 'filter' : 'ids');
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState('');
  const preview = useMutation({ mutationFn: (body: PreviewBody) => kairosApi.previewAudience(body), onSuccess: () => setIdempotencyKey(newIdempotencyKey()) });
  const start = useMutation({ mutationFn: (body: PreviewBody) => kairosApi.enrollAudience({ ...body, idempotencyKey }) });
  const started = start.data;
  // A preview (and an enrollment) is of exactly what was chosen: a change asks for a new one.
  const changed = () => {
    preview.reset();
    start.reset();
    setProblem(null);
  };

  const askPreview = () => {
    if (!choice.cadenceId) return setProblem('Choose the cadence to enroll them in.');
    let audience: Audience;
    if (mode === 'filter') audience = { kind: 'filter', filter };
    else if (mode === 'import' && importId) audience = { kind: 'import', importId };
    else {
      const ids = readPastedIds(pasted);
      if (!ids.ok) return setProblem(ids.problem);
      audience = { kind: 'ids', accountIds: ids.accountIds };
    }
    setProblem(null);
    preview.mutate({ cadenceId: choice.cadenceId, ...(choice.versionId ? { versionId: choice.versionId } : {}), audience });
  };

  if (started) {
    return (
      <>
        <AudienceJobProgress first={started} cadenceName={cadenceName} />
        <button
          type="button"
          onClick={() => {
            changed();
            setPasted('');
          }}
        >
          Enroll another audience
        </button>
      </>
    );
  }
  const entering = preview.data?.entering ?? 0;
  return (
    <>
      <section className="enroll-choice" aria-label="Cadence and audience">
        <CadencePicker
          choice={choice}
          onChange={(c, name) => {
            setChoice(c);
            setCadenceName(name);
            changed();
          }}
        />
        <fieldset className="enroll-audience">
          <legend>Audience</legend>
          {importId && (
            <>
              <label className="check">
                <input type="radio" name={`${id}-audience`} checked={mode === 'import'} onChange={() => (setMode('import'), changed())} /> The accounts of the import{' '}
                <strong>{fromImport.data ? `${fromImport.data.fileName} (${fromImport.data.portfolioId})` : importId}</strong>
              </label>
              {fromImport.isError && <p className="field-error">That import could not be read: pick it again from the Imports page.</p>}
            </>
          )}
          <label className="check">
            <input type="radio" name={`${id}-audience`} checked={mode === 'filter'} onChange={() => (setMode('filter'), changed())} /> The Accounts list filter:{' '}
            <strong>{filterWords(filter)}</strong>
          </label>
          <p className="muted enroll-filter-note">
            {filtered ? (
              <Link to={accountsLink(filter)}>See these accounts, or change the filter, on the Accounts list</Link>
            ) : (
              <>
                To enroll fewer, filter the <Link to="/accounts">Accounts</Link> list and choose “Enroll these accounts” there.
              </>
            )}
          </p>
          <label className="check">
            <input type="radio" name={`${id}-audience`} checked={mode === 'ids'} onChange={() => (setMode('ids'), changed())} /> A list of account ids
          </label>
          {mode === 'ids' && (
            <div className="field">
              <label htmlFor={`${id}-ids`}>Account ids, one per line</label>
              <textarea
                id={`${id}-ids`}
                rows={6}
                value={pasted}
                onChange={(e) => {
                  setPasted(e.target.value);
                  changed();
                }}
                placeholder={'A-1001\nA-1002'}
              />
            </div>
          )}
        </fieldset>
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className={preview.data ? undefined : 'primary'} onClick={askPreview} disabled={preview.isPending}>
            {preview.isPending ? 'Counting…' : preview.data ? 'Preview again' : 'Preview'}
          </button>
        </div>
        {preview.isError && <ErrorMessage error={preview.error} title="No preview" />}
      </section>
      {preview.data && (
        <>
          <AudiencePreview preview={preview.data} cadenceName={cadenceName} />
          {entering > 0 ? (
            <div className="dialog-buttons">
              <button type="button" className="primary" disabled={start.isPending} onClick={() => start.mutate(preview.variables)}>
                {start.isPending ? 'Starting…' : `Enroll ${entering.toLocaleString('en-US')} ${entering === 1 ? 'account' : 'accounts'}`}
              </button>
            </div>
          ) : (
            <p className="muted">
              Nobody would enter: choose a wider filter on the <Link to="/accounts">Accounts</Link> list, other accounts, or another cadence.
            </p>
          )}
          {start.isError && <ErrorMessage error={start.error} title="Not enrolled" />}
        </>
      )}
    </>
  );
}
