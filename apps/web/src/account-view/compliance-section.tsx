import { formatWhen } from '../shell/format';
import { StorySection } from './section';
import type { AccountStory } from './story';

type Change = AccountStory['complianceHistory']['items'][number];

const ACTION_WORDS: Record<Change['action'], string> = {
  opt_out: 'Opted out',
  opt_in: 'Opted back in',
  compliance_change: 'Changed',
  dispute_reported: 'Dispute reported',
};

/** What a change was, in words: the channel of an opt-out, the fields a person changed and to what. */
export function changeText(c: Change): string {
  const d = c.detail as { channel?: string; changes?: Record<string, { to: unknown }>; keyword?: string };
  if (c.action === 'opt_out' || c.action === 'opt_in') return `${ACTION_WORDS[c.action]} of ${d.channel ?? 'a channel'}${d.keyword ? ` (said "${d.keyword}")` : ''}`;
  if (c.action === 'dispute_reported') return 'A dispute was reported: contact stops until it is verified';
  const fields = Object.entries(d.changes ?? {}).map(([field, { to }]) => `${field} → ${JSON.stringify(to)}`);
  return fields.length ? `${ACTION_WORDS.compliance_change} ${fields.join('; ')}` : ACTION_WORDS.compliance_change;
}

const who = (by: Change['by']) => by.email ?? by.id;

/** The facts that decide whether and when the holder may be contacted, and who changed them when. */
export function ComplianceSection({ story, onMore, children }: { story: AccountStory; onMore: () => void; children?: React.ReactNode }) {
  const c = story.account.compliance;
  return (
    <StorySection title="Consents and compliance" empty="" isEmpty={false} more={story.complianceHistory.more} onMore={onMore}>
      <dl className="facts">
        <dt>Governing profile</dt>
        <dd>
          {story.account.governingProfile ? `${story.account.governingProfile.id} (from the ${story.account.governingProfile.source})` : 'unknown'}
        </dd>
        <dt>Opted out of</dt>
        <dd>{c.optOuts.length ? c.optOuts.join(', ') : 'nothing'}</dd>
        <dt>Cease communication</dt>
        <dd>{c.ceaseCommunication ? 'requested: no collection contact' : 'no'}</dd>
        <dt>Dispute</dt>
        <dd>
          {c.dispute.status}
          {c.dispute.openedAt ? ` (opened ${formatWhen(c.dispute.openedAt)})` : ''}
        </dd>
        <dt>Inconvenient times</dt>
        <dd>{c.inconvenientTimes.length ? c.inconvenientTimes.map((t) => `${(t.days ?? []).join(', ') || 'every day'} ${t.from}–${t.to}`).join('; ') : 'none said'}</dd>
        <dt>Phone line</dt>
        <dd>{c.phoneType}</dd>
      </dl>
      {children}
      <h3>Who changed them</h3>
      {story.complianceHistory.items.length === 0 ? (
        <p className="muted">Nothing has changed since the account was created: opt-outs, cease requests and disputes recorded here or said by the holder appear here.</p>
      ) : (
        <table className="list-table">
          <caption className="visually-hidden">Changes to consents and compliance facts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {story.complianceHistory.items.map((h, i) => (
              <tr key={`${h.at}-${i}`}>
                <td>{formatWhen(h.at)}</td>
                <td>
                  {who(h.by)}
                  {h.by.role ? <span className="muted"> ({h.by.role.replace('_', ' ')})</span> : null}
                </td>
                <td>{changeText(h)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StorySection>
  );
}
