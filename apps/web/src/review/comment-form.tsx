import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { sentence } from '../shell/format';

/**
 * Write a comment on a review: on the whole cadence, or at a step (and, if chosen, one of its fields).
 * `fields` are the step's fields worth pointing at (those that changed or carry findings).
 */
export function CommentForm({ reviewId, nodeId, fields = [], label }: { reviewId: string; nodeId?: string; fields?: ReadonlyArray<{ key: string; title: string }>; label: string }) {
  const [body, setBody] = useState('');
  const [field, setField] = useState('');
  const [sent, setSent] = useState(false);
  const textId = useId();
  const fieldId = useId();
  const client = useQueryClient();
  const send = useMutation({
    mutationFn: () => kairosApi.comment(reviewId, { body: body.trim(), ...(nodeId ? { nodeId } : {}), ...(nodeId && field ? { field } : {}) }),
    onSuccess: async () => {
      setBody('');
      setSent(true);
      await client.invalidateQueries({ queryKey: queryKeys.review(reviewId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) send.mutate();
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={textId}>{label}</label>
      <textarea id={textId} value={body} onChange={(e) => (setBody(e.target.value), setSent(false))} rows={3} maxLength={5000} placeholder="What should the author know?" />
      {nodeId && fields.length > 0 && (
        <>
          <label htmlFor={fieldId}>About</label>
          <select id={fieldId} value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">The whole step</option>
            {fields.map((f) => (
              <option key={f.key} value={f.key}>
                {f.title}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" disabled={!body.trim() || send.isPending}>
        {send.isPending ? 'Sending…' : 'Add comment'}
      </button>
      {sent && (
        <span role="status" className="ok">
          Comment added.
        </span>
      )}
      {send.isError && (
        <p role="alert" className="field-error">
          Not sent: {sentence(errorMessage(send.error))} Your text is kept; try again.
        </p>
      )}
    </form>
  );
}
