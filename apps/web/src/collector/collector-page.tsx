import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { addressLine, licenceFor, phoneForReading, type CollectorIdentity } from '@kairos/cadence';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { QueryError } from '../analytics/query-error';
import { useRole } from '../shell/session-menu';
import { Loading } from '../shell/status';
import { CollectorIdentityForm } from './collector-identity-form';

/** Who may change the identity; every signed-in role reads it (the API says the same). */
export const IDENTITY_EDITORS = ['admin'];
const PORTFOLIO_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** `/collector?portfolio=<id>`: who collects a portfolio's accounts, as messages, disclosures, letters and the checkout page name it. */
export function CollectorPage() {
  const role = useRole();
  const [params, setParams] = useSearchParams();
  const portfolioId = params.get('portfolio') ?? 'default';
  const [typed, setTyped] = useState(portfolioId);
  const typedId = useId();
  const valid = PORTFOLIO_ID.test(portfolioId);
  const saved = useQuery({ queryKey: queryKeys.collector(portfolioId), queryFn: () => kairosApi.collector(portfolioId), enabled: valid });
  const show = (e: FormEvent) => {
    e.preventDefault();
    setParams({ portfolio: typed.trim() });
  };
  return (
    <div className="page collector-page">
      <div className="page-head">
        <h1>Collector identity</h1>
      </div>
      <p className="page-intro">
        Every message, disclosure, letter and checkout page names the collector of the account’s portfolio. A portfolio without a complete identity sends
        nothing: its sends are refused and the reason is recorded on the enrollment.
      </p>
      <form className="inline-form" onSubmit={show} aria-label="Choose a portfolio">
        <label htmlFor={typedId}>Portfolio</label>
        <input id={typedId} value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={63} autoComplete="off" spellCheck={false} />
        <button type="submit" className="small">
          Show
        </button>
      </form>
      {!valid && (
        <p role="alert" className="field-error">
          “{portfolioId}” is not a portfolio id: use lowercase letters, digits and dashes, such as default or cards-2026.
        </p>
      )}
      {saved.isPending && valid && <Loading what="the collector identity" />}
      {saved.isError && <QueryError error={saved.error} retry={() => void saved.refetch()} title="The collector identity could not be loaded" />}
      {saved.data && (
        <>
          {saved.data.sendsAllowed ? (
            <p className="ok" role="status">
              Sends for portfolio {saved.data.portfolioId} name this collector.
            </p>
          ) : (
            <p className="collector-refused" role="status">
              Sends for portfolio {saved.data.portfolioId} are refused: it {saved.data.problem?.replace(/^portfolio "[^"]*" /, '')}.
            </p>
          )}
          {IDENTITY_EDITORS.includes(role ?? '') ? (
            <CollectorIdentityForm key={saved.data.portfolioId} saved={saved.data} />
          ) : saved.data.collector ? (
            <IdentityDetails c={saved.data.collector} />
          ) : (
            <p className="muted">Only an administrator can set it: ask one.</p>
          )}
        </>
      )}
    </div>
  );
}

function IdentityDetails({ c }: { c: CollectorIdentity }) {
  const rows: Array<[string, string]> = [
    ['Legal name', c.legalName],
    ['Name in messages', c.displayName],
    ['Phone', `${phoneForReading(c.phone)}, ${c.hours}`],
    ['Mailing address', addressLine(c.mailingAddress)],
    ['Website', c.website],
    ['Licences', c.licences.map((l) => licenceFor(c, l.state)).join('; ') || 'none'],
  ];
  return (
    <dl className="collector-details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
