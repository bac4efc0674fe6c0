import { formatWhen } from '../shell/format';
import { StorySection } from './section';
import type { AccountStory } from './story';

/** What agents were asked to do about the account, with the note the cadence left them. */
export function TasksSection({ story, onMore }: { story: AccountStory; onMore: () => void }) {
  const { items, more } = story.tasks;
  return (
    <StorySection title="Agent tasks and notes" isEmpty={items.length === 0} empty="No agent task: an Agent task step of a cadence queues one here." more={more} onMore={onMore}>
      <table className="list-table">
        <caption className="visually-hidden">Agent tasks, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col">Queue</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <tr key={t.id}>
              <td>{formatWhen(t.dueAt)}</td>
              <td>{t.queue}</td>
              <td>{t.priority}</td>
              <td>
                {t.status}
                {t.closedAt ? ` ${formatWhen(t.closedAt)}` : ''}
              </td>
              <td className="message-body">{t.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </StorySection>
  );
}
