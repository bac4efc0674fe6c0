import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { VersionLive } from '../api/types';
import { sentence } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { workThroughVersion, type VersionRunProgress } from './version-pause-run';

/** Roles that may pause and resume enrollments (the API refuses the others). */
export const ENROLLMENT_CONTROLLERS = ['strategist', 'compliance_officer', 'engineer', 'admin'];

type Action = 'pause' | 'resume';
const WORDS = {
  pause: { button: 'Pause all running', title: 'Pause every running enrollment of this version?', go: 'Pause them', doing: 'Pausing', done: 'Paused' },
  resume: { button: 'Resume all paused', title: 'Resume every paused enrollment of this version?', go: 'Resume them', doing: 'Resuming', done: 'Resumed' },
} as const;

/**
 * Pause or resume a whole version (during an incident, say), with a reason that goes into the audit
 * log and each enrollment's timeline, and a progress bar while the API works through the enrollments.
 */
export function VersionPause({ versionId, live }: { versionId: string; live: VersionLive }) {
  const role = useRole();
  const [action, setAction] = useState<Action | null>(null);
  if (!ENROLLMENT_CONTROLLERS.includes(role ?? '')) return null;
  const running = live.enrollments.active - live.enrollments.paused;
  return (
    <div className="version-pause">
      <button type="button" onClick={() => setAction('pause')} disabled={running === 0} title={running === 0 ? 'No enrollment of this version is running' : undefined}>
        {WORDS.pause.button} ({running})
      </button>
      <button type="button" onClick={() => setAction('resume')} disabled={live.enrollments.paused === 0} title={live.enrollments.paused === 0 ? 'No enrollment of this version is paused' : undefined}>
        {WORDS.resume.button} ({live.enrollments.paused})
      </button>
      {action && <VersionPauseDialog key={action} versionId={versionId} action={action} onClose={() => setAction(null)} />}
    </div>
  );
}

function VersionPauseDialog({ versionId, action, onClose }: { versionId: string; action: Action; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<VersionRunProgress | null>(null);
  const [state, setState] = useState<'asking' | 'working' | 'done'>('asking');
  const words = WORDS[action];
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const run = async () => {
    const why = reason.trim();
    if (action === 'pause' && !why) {
      setProblem("Say why: it goes into the audit log and each enrollment's timeline.");
      return;
    }
    setProblem(null);
    setState('working');
    try {
      await workThroughVersion(() => (action === 'pause' ? kairosApi.pauseVersion(versionId, why) : kairosApi.resumeVersion(versionId, why || undefined)), setProgress);
      setState('done');
    } catch (err) {
      setProblem(`Stopped: ${sentence(errorMessage(err))} What is done stays done; start again to carry on.`);
      setState('asking');
    } finally {
      void client.invalidateQueries({ queryKey: queryKeys.live(versionId) });
      void client.invalidateQueries({ queryKey: ['enrollments'] });
      void client.invalidateQueries({ queryKey: ['enrollment'] });
    }
  };

  const total = progress ? progress.done + progress.remaining : 0;
  return (
    <dialog ref={ref} className="promote-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{words.title}</h2>
      {action === 'pause' ? (
        <p>
          Paused enrollments send nothing until they are resumed, and then go on where they were: a wait that ends meanwhile ends at the resume, and a
          wait for the customer's reply is extended by the length of the pause. They stay enrolled, so their accounts are not enrolled again.
        </p>
      ) : (
        <p>Each paused enrollment goes on where it was; a step whose wait ended during the pause runs now.</p>
      )}
      <label htmlFor={`${id}-reason`}>{action === 'pause' ? 'Reason' : 'Reason (optional)'}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        maxLength={500}
        rows={3}
        disabled={state !== 'asking'}
        aria-invalid={problem !== null && action === 'pause' && !reason.trim()}
        onChange={(e) => setReason(e.target.value)}
        placeholder={action === 'pause' ? 'e.g. SMS provider incident, messages failing' : undefined}
      />
      {progress && (
        <p>
          <progress aria-label={`${words.doing} enrollments`} value={progress.done} max={Math.max(total, 1)} /> {words.done} {progress.done} of {total}
        </p>
      )}
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      {state === 'done' && progress && (
        <div role="status">
          <p>
            {words.done} {progress.done} enrollment{progress.done === 1 ? '' : 's'}.
            {progress.remaining > 0 && ` ${progress.remaining} could not be changed now: try again in a moment.`}
          </p>
          {progress.failed.length > 0 && (
            <ul>
              {progress.failed.map((f) => (
                <li key={f.id}>
                  <code>{f.id}</code>: {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-buttons">
        {state !== 'done' && (
          <button type="button" className="primary" onClick={() => void run()} disabled={state === 'working'}>
            {state === 'working' ? `${words.doing}…` : words.go}
          </button>
        )}
        <button type="button" onClick={() => ref.current?.close()} disabled={state === 'working'}>
          {state === 'done' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
