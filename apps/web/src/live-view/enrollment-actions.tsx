import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { Enrollment } from '../api/types';
import { sentence } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { ENROLLMENT_CONTROLLERS } from './version-pause';

type Action = 'pause' | 'resume' | 'stop';
const WORDS: Record<Action, { button: string; title: string; explain: string; go: string }> = {
  pause: { button: 'Pause…', title: 'Pause this enrollment?', explain: 'It sends nothing until resumed, then goes on where it was.', go: 'Pause it' },
  resume: { button: 'Resume…', title: 'Resume this enrollment?', explain: 'It goes on where it was; a step whose wait ended during the pause runs now.', go: 'Resume it' },
  stop: { button: 'Stop…', title: 'Stop this enrollment?', explain: 'It ends now, as "stopped", and cannot be resumed. The account can be enrolled again later.', go: 'Stop it' },
};

/** Pause, resume or stop one running enrollment, each with a reason (optional for resume). */
export function EnrollmentActions({ enrollment }: { enrollment: Pick<Enrollment, 'id' | 'status' | 'paused'> }) {
  const role = useRole();
  const [action, setAction] = useState<Action | null>(null);
  // The dialog stays open after a stop finishes the enrollment: its answer is read there.
  const offered: Action[] =
    enrollment.status !== 'active' || !ENROLLMENT_CONTROLLERS.includes(role ?? '') ? [] : enrollment.paused ? ['resume', 'stop'] : ['pause', 'stop'];
  if (offered.length === 0 && !action) return null;
  return (
    <div className="dialog-buttons">
      {offered.map((a) => (
        <button key={a} type="button" onClick={() => setAction(a)}>
          {WORDS[a].button}
        </button>
      ))}
      {action && <ActionDialog key={action} enrollmentId={enrollment.id} action={action} onClose={() => setAction(null)} />}
    </div>
  );
}

function ActionDialog({ enrollmentId, action, onClose }: { enrollmentId: string; action: Action; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const words = WORDS[action];
  const act = useMutation({
    mutationFn: (why: string) =>
      action === 'pause' ? kairosApi.pauseEnrollment(enrollmentId, why) : action === 'stop' ? kairosApi.stopEnrollment(enrollmentId, why) : kairosApi.resumeEnrollment(enrollmentId, why || undefined),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.enrollment(enrollmentId) });
      void client.invalidateQueries({ queryKey: ['enrollments'] });
      void client.invalidateQueries({ queryKey: ['live'] });
      // The account page shows its enrollments' state too.
      void client.invalidateQueries({ queryKey: ['account'] });
    },
  });
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const submit = () => {
    const why = reason.trim();
    if (action !== 'resume' && !why) return setProblem("Say why: it goes into the audit log and the enrollment's timeline.");
    setProblem(null);
    act.mutate(why);
  };
  return (
    <dialog ref={ref} className="promote-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{words.title}</h2>
      <p>{words.explain}</p>
      <label htmlFor={`${id}-reason`}>{action === 'resume' ? 'Reason (optional)' : 'Reason'}</label>
      <textarea id={`${id}-reason`} value={reason} maxLength={500} rows={3} disabled={act.isPending || act.isSuccess} onChange={(e) => setReason(e.target.value)} />
      {(problem || act.isError) && (
        <p role="alert" className="field-error">
          {problem ?? `Nothing changed: ${sentence(errorMessage(act.error))}`}
        </p>
      )}
      {act.isSuccess && <p role="status">{sentence(act.data.message)}</p>}
      <div className="dialog-buttons">
        {!act.isSuccess && (
          <button type="button" className="primary" onClick={submit} disabled={act.isPending}>
            {words.go}
          </button>
        )}
        <button type="button" onClick={() => ref.current?.close()}>
          {act.isSuccess ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
