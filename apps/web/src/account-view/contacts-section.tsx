import { formatWhen } from '../shell/format';
import { StorySection } from './section';
import type { AccountStory } from './story';

type Contact = AccountStory['contacts']['items'][number];

/** The compliance decision of an attempt in words: allowed, or stopped by which rule and why. */
export function decisionText(c: Pick<Contact, 'decision' | 'rule' | 'reasons' | 'profile'>): string {
  const under = c.profile ? ` under ${c.profile}` : '';
  if (c.decision === 'allow') return `Allowed${under}`;
  const why = c.reasons.length ? `: ${c.reasons.join('; ')}` : '';
  return `${c.decision === 'block' ? 'Blocked' : 'Deferred'} by ${c.rule ?? 'a rule'}${under}${why}`;
}

/** Every contact attempt, newest first, with the decision that let it out or stopped it and the message as written. */
export function ContactsSection({ story, onMore }: { story: AccountStory; onMore: () => void }) {
  const { items, more } = story.contacts;
  return (
    <StorySection
      title="Contact attempts"
      isEmpty={items.length === 0}
      empty="No contact yet: messages of enrolled cadences and calls agents report appear here with the compliance decision about each."
      more={more}
      onMore={onMore}
    >
      <table className="list-table">
        <caption className="visually-hidden">Contact attempts, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col">Compliance decision</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td>{formatWhen(c.createdAt)}</td>
              <td>
                {c.channel.toUpperCase()} <span className="muted">to {c.recipient}</span>
              </td>
              <td>
                {c.status}
                {c.outcome ? ` (${c.outcome})` : ''}
              </td>
              <td>{decisionText(c)}</td>
              <td>
                {c.subject && <strong>{c.subject}</strong>}
                <div className="message-body">{c.body}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StorySection>
  );
}
