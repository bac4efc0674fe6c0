import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { accountSnapshotSchema, type AccountSnapshotInput } from '@kairos/cadence';
import { renderTemplate } from '@kairos/cadence/templates';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { SAMPLE_ACCOUNTS } from './sample-accounts';
import type { TemplateSource } from './template-sources';


function render(source: string, account: AccountSnapshotInput): { text: string } | { error: string } {
  const parsed = accountSnapshotSchema.safeParse(account);
  if (!parsed.success) return { error: `this account cannot be used: ${parsed.error.issues[0]?.message}` };
  try {
    // The worker renders at send time; a preview renders as if sent now.
    return { text: renderTemplate(source, parsed.data, new Date().toISOString()) };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0]! };
  }
}

/** The node's templates rendered for a sample account (or a real one from the API), exactly as the worker would. */
export function MessagePreview({ templates }: { templates: readonly TemplateSource[] }) {
  const selectId = useId();
  const accounts = useQuery({ queryKey: queryKeys.accounts, queryFn: () => kairosApi.listAccounts(20), staleTime: 60_000 });
  const choices = useMemo(() => [...(accounts.data ?? []), ...SAMPLE_ACCOUNTS], [accounts.data]);
  const [accountId, setAccountId] = useState<string | undefined>();
  const account = choices.find((a) => a.id === accountId) ?? choices[0]!;
  return (
    <section className="preview" aria-labelledby={`${selectId}-h`}>
      <h3 id={`${selectId}-h`}>Preview</h3>
      <label htmlFor={selectId}>Preview for account</label>
      <select id={selectId} value={account.id} onChange={(e) => setAccountId(e.target.value)}>
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.id})
          </option>
        ))}
      </select>
      {templates.map((t) => {
        const out = render(t.source, account);
        return (
          <figure key={t.key} className="preview-message">
            <figcaption>{t.label}</figcaption>
            {'text' in out ? <p className="preview-text">{out.text}</p> : <p className="field-error">Cannot render: {out.error}</p>}
          </figure>
        );
      })}
    </section>
  );
}
