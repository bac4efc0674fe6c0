import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ArmResult } from '../api/analytics-types';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { sentence } from '../shell/format';

/** Roles that may turn an arm into the cadence's draft (the API refuses the others). */
export const PROMOTERS = ['strategist', 'admin'];

/**
 * "Promote <arm>": after a confirmation that says what it does, the cadence's draft becomes the live
 * version with the split replaced by that arm's path; a draft, so it goes through review again.
 */
export function PromoteArm({ experimentId, cadenceId, cadenceName, arm }: { experimentId: string; cadenceId: string; cadenceName: string; arm: ArmResult }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const client = useQueryClient();
  const promote = useMutation({
    mutationFn: () => kairosApi.promoteArm(experimentId, { cadenceId, arm: arm.arm }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.cadence(cadenceId) });
      void client.invalidateQueries({ queryKey: queryKeys.lifecycle(cadenceId) });
    },
  });
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const titleId = `promote-${arm.key}-title`;

  return (
    <>
      <button type="button" onClick={() => (promote.reset(), setOpen(true))}>
        Promote {arm.label}
      </button>
      <dialog ref={ref} className="promote-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <h2 id={titleId}>Promote {arm.label}?</h2>
        {!promote.isSuccess && (
          <>
            <p>
              This makes a new <strong>draft</strong> of {cadenceName} in which the A/B split sends every account down {arm.label}'s path; the
              other arms' steps are removed. Nothing changes for customers yet: the draft needs review and approval by a compliance officer again,
              like any edit, before it can be published. Accounts already running stay on their version.
            </p>
            {promote.isError && (
              <p role="alert" className="field-error">
                Not promoted: {sentence(errorMessage(promote.error))}
              </p>
            )}
            <div className="dialog-buttons">
              <button type="button" className="primary" onClick={() => promote.mutate()} disabled={promote.isPending}>
                {promote.isPending ? 'Making the draft…' : `Make the draft with ${arm.label}`}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                Cancel
              </button>
            </div>
          </>
        )}
        {promote.isSuccess && (
          <>
            <p role="status">{sentence(promote.data.message)}</p>
            <div className="dialog-buttons">
              <Link to={`/cadences/${encodeURIComponent(cadenceId)}`} className="button-link primary">
                Open the draft in the editor
              </Link>
              <button type="button" onClick={() => setOpen(false)}>
                Close
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
