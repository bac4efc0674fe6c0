import { Link } from 'react-router';
import { formatCents, formatWhen } from '../shell/format';
import { StorySection } from './section';
import type { AccountStory } from './story';

const yesNo = (v: boolean | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'not given');

/** Who the holder is and how to reach them: every phone with its type and consents, emails, address, spouse, flags. */
export function ProfileSection({ story, onMore }: { story: AccountStory; onMore: () => void }) {
  const a = story.account;
  return (
    <StorySection title="Profile" empty="" isEmpty={false}>
      <dl className="facts">
        <dt>Consumer</dt>
        <dd>{a.consumerId ?? 'Not linked to a consumer'}</dd>
        <dt>Portfolio</dt>
        <dd>{a.portfolioId ?? 'default'}</dd>
        <dt>Address</dt>
        <dd>
          {a.address
            ? [a.address.line1, a.address.line2, `${a.address.city}, ${a.address.state} ${a.address.postalCode}`, a.address.country].filter(Boolean).join(' · ')
            : 'No address on file'}
        </dd>
        <dt>Language</dt>
        <dd>{a.language}</dd>
        <dt>Time zone</dt>
        <dd>{a.timezone}</dd>
        <dt>E-SIGN consent</dt>
        <dd>{a.esignConsentAt ? `given ${formatWhen(a.esignConsentAt)}` : 'not given: required notices go by post'}</dd>
        <dt>Do not contact at work</dt>
        <dd>{a.doNotContactAtWork ? 'yes: work numbers are never called' : 'no'}</dd>
        <dt>Spouse</dt>
        <dd>{a.spouse ? [a.spouse.name, a.spouse.phone, a.spouse.email].filter(Boolean).join(' · ') : 'None on file'}</dd>
        <dt>Debt flags</dt>
        <dd>{[a.debtFlags?.timeBarred && 'time-barred', a.debtFlags?.medical && 'medical'].filter(Boolean).join(', ') || 'none'}</dd>
        <dt>Care flags</dt>
        <dd>
          {(a.careFlags ?? []).length === 0
            ? 'none'
            : (a.careFlags ?? []).map((f) => (
                <div key={`${f.kind}-${f.note ?? ''}`}>
                  <strong>{f.kind}</strong>
                  {f.note ? `: ${f.note}` : ''} <span className="muted">(set by {f.setBy ?? 'unknown'}{f.setAt ? `, ${formatWhen(f.setAt)}` : ''})</span>
                </div>
              ))}
        </dd>
      </dl>
      <table className="list-table">
        <caption>Phones</caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Type</th>
            <th scope="col">SMS</th>
            <th scope="col">Calls</th>
            <th scope="col">WhatsApp</th>
          </tr>
        </thead>
        <tbody>
          {(a.phones ?? []).length === 0 && (
            <tr>
              <td colSpan={5} className="muted">No phone on file</td>
            </tr>
          )}
          {(a.phones ?? []).map((p) => (
            <tr key={p.number}>
              <td>
                {p.number}
                {p.number === a.phone ? ' (primary)' : ''}
              </td>
              <td>{p.type}</td>
              <td>{yesNo(p.consents?.sms)}</td>
              <td>{yesNo(p.consents?.voice)}</td>
              <td>{yesNo(p.consents?.whatsapp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="list-table">
        <caption>Emails</caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">Email consent</th>
          </tr>
        </thead>
        <tbody>
          {(a.emails ?? []).length === 0 && (
            <tr>
              <td colSpan={2} className="muted">No email on file</td>
            </tr>
          )}
          {(a.emails ?? []).map((e) => (
            <tr key={e.address}>
              <td>
                {e.address}
                {e.address === a.email ? ' (primary)' : ''}
              </td>
              <td>{yesNo(e.consents?.email)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>The consumer&apos;s other accounts</h3>
      {story.consumerAccounts.items.length === 0 ? (
        <p className="muted">{a.consumerId ? 'No other account of this consumer that you read.' : 'This account names no consumer, so no other accounts are linked.'}</p>
      ) : (
        <ul>
          {story.consumerAccounts.items.map((o) => (
            <li key={o.id}>
              <Link to={`/accounts/${encodeURIComponent(o.id)}`}>{o.id}</Link> {o.name} · {formatCents(o.balanceCents, o.currency)}
            </li>
          ))}
        </ul>
      )}
      {story.consumerAccounts.more && (
        <button type="button" className="small" onClick={onMore}>
          Show more accounts of this consumer
        </button>
      )}
    </StorySection>
  );
}
