import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { accountSnapshotSchema, type AccountSnapshotInput, type CollectorIdentity, type FieldHint } from '@kairos/cadence';
import { renderTemplate, templateVariables } from '@kairos/cadence/templates';
import { errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { SAMPLE_ACCOUNTS } from './sample-accounts';
import { previewTexts, variantLanguages, type PreviewText } from './template-sources';

const COMMON_LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'zh', 'vi'];

/** Stand where the worker puts the account's live checkout link and the email's signed unsubscribe link, made when the message is sent. */
export const PREVIEW_PAYMENT_LINK = '[payment link]';
export const PREVIEW_UNSUBSCRIBE_LINK = '[unsubscribe link]';

/** Who collects the previewed account, or why its portfolio's sends would be refused (undefined while loading). */
type PreviewCollector = { identity: CollectorIdentity } | { refused: string } | undefined;

function render(source: string, account: AccountSnapshotInput, collector: PreviewCollector): { text: string } | { error: string } {
  const parsed = accountSnapshotSchema.safeParse(account);
  if (!parsed.success) return { error: `this account cannot be used: ${parsed.error.issues[0]?.message}` };
  if (!(collector && 'identity' in collector) && templateVariables(source).some((v) => v.startsWith('collector.'))) {
    return { error: collector ? collector.refused : "the collector of the account's portfolio is not known yet" };
  }
  try {
    // The worker renders at send time; a preview renders as if sent now.
    const extras = { paymentLink: PREVIEW_PAYMENT_LINK, unsubscribeLink: PREVIEW_UNSUBSCRIBE_LINK, ...(collector && 'identity' in collector ? { collector: collector.identity } : {}) };
    return { text: renderTemplate(source, parsed.data, new Date().toISOString(), extras) };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0]! };
  }
}

/** The identity of the account's portfolio, as its sends would name it. */
function usePreviewCollector(portfolioId: string | undefined): PreviewCollector {
  const id = portfolioId ?? 'default';
  const answer = useQuery({ queryKey: queryKeys.collector(id), queryFn: () => kairosApi.collector(id), staleTime: 60_000 });
  if (!answer.data) return undefined;
  return answer.data.collector && answer.data.sendsAllowed
    ? { identity: answer.data.collector }
    : { refused: `portfolio ${id} has no complete collector identity, so this message would be refused: an administrator sets it on the Collector page` };
}

function Rendered({ text, account, collector }: { text: PreviewText; account: AccountSnapshotInput; collector: PreviewCollector }) {
  const subject = text.subject !== undefined ? render(text.subject, account, collector) : undefined;
  const body = render(text.body, account, collector);
  const which = text.variant === undefined ? '' : text.variant ? ` · ${text.variant} variant` : ' · default text';
  return (
    <figure className="preview-message">
      <figcaption>
        {text.label}
        {which}
      </figcaption>
      {subject && ('text' in subject ? <p className="preview-subject">{subject.text}</p> : <p className="field-error">Cannot render the subject: {subject.error}</p>)}
      {'text' in body ? <p className="preview-text">{body.text}</p> : <p className="field-error">Cannot render: {body.error}</p>}
    </figure>
  );
}

/** The step's texts rendered for a sample account or a real one (by id), in a chosen language, exactly as the worker would. */
export function MessagePreview({ ui, config }: { ui: Record<string, FieldHint>; config: Record<string, unknown> }) {
  const selectId = useId();
  const accounts = useQuery({ queryKey: queryKeys.accounts, queryFn: async () => (await kairosApi.listAccounts({ limit: 20 })).accounts, staleTime: 60_000 });
  const [typedId, setTypedId] = useState('');
  const [lookupId, setLookupId] = useState<string | null>(null);
  const looked = useQuery({ queryKey: queryKeys.account(lookupId ?? ''), queryFn: () => kairosApi.getAccount(lookupId!), enabled: lookupId !== null, retry: false, staleTime: 30_000 });
  const choices = useMemo(() => {
    const list: AccountSnapshotInput[] = [...(accounts.data ?? []), ...SAMPLE_ACCOUNTS];
    if (looked.data && !list.some((a) => a.id === looked.data.id)) list.unshift(looked.data);
    return list;
  }, [accounts.data, looked.data]);
  const [accountId, setAccountId] = useState<string | undefined>();
  const account = choices.find((a) => a.id === accountId) ?? choices[0]!;
  const [language, setLanguage] = useState('');
  const accountLanguage = account.language ?? 'en';
  const shownLanguage = language || accountLanguage;
  const languages = [...new Set([...variantLanguages(config), ...COMMON_LANGUAGES])].filter((l) => l !== accountLanguage);
  const texts = previewTexts(ui, config, shownLanguage);
  const asSent = { ...account, language: shownLanguage };
  const collector = usePreviewCollector(account.portfolioId);

  const lookUp = (e: FormEvent) => {
    e.preventDefault();
    const wanted = typedId.trim();
    if (!wanted) return;
    setLookupId(wanted);
    setAccountId(wanted);
  };

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
      <form className="inline-form preview-lookup" onSubmit={lookUp} aria-label="Preview for an account by id">
        <label htmlFor={`${selectId}-id`}>Or an account id</label>
        <input id={`${selectId}-id`} value={typedId} onChange={(e) => setTypedId(e.target.value)} placeholder="e.g. A-1042" maxLength={200} />
        <button type="submit" className="small" disabled={!typedId.trim() || looked.isFetching}>
          {looked.isFetching ? 'Loading…' : 'Use'}
        </button>
      </form>
      {lookupId && looked.isError && (
        <p className="field-error" role="alert">
          Account {lookupId} cannot be shown: {errorMessage(looked.error)}
        </p>
      )}
      <label htmlFor={`${selectId}-lang`}>Language</label>
      <select id={`${selectId}-lang`} value={language} onChange={(e) => setLanguage(e.target.value)}>
        <option value="">The account&apos;s ({accountLanguage})</option>
        {languages.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      {texts.map((t) => (
        <Rendered key={t.key} text={t} account={asSent} collector={collector} />
      ))}
    </section>
  );
}
