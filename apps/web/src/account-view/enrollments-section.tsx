import { Link } from 'react-router';
import { EnrollmentActions } from '../live-view/enrollment-actions';
import { enrollmentStatusClass, enrollmentStatusText } from '../live-view/enrollment-detail';
import { formatWhen } from '../shell/format';
import { StorySection } from './section';
import type { AccountStory } from './story';

type Enrollment = AccountStory['enrollments']['items'][number];

/** The path an enrollment took, step by step: `tiers → tier-2 · sms-1 → next`. */
export const pathText = (e: Pick<Enrollment, 'path'>) => e.path.map((s) => `${s.stepId} → ${s.outcome}`).join(' · ');

/**
 * Every enrollment with its state, tier, path and timeline; "Open in the live view" for those who read designs, and
 * pause, resume or stop (the live view's own buttons) for those who may.
 */
export function EnrollmentsSection({ story, onMore, openCanvas, children }: { story: AccountStory; onMore: () => void; openCanvas: boolean; children?: React.ReactNode }) {
  const { items, more } = story.enrollments;
  return (
    <StorySection
      title="Enrollments"
      isEmpty={items.length === 0}
      empty="Not enrolled in any cadence: enroll it in a published cadence, or wait for a rule-triggered cadence to pick it up."
      more={more}
      onMore={onMore}
      actions={children}
    >
      <ul className="story-enrollments">
        {items.map((e) => (
          <li key={e.id}>
            <article aria-label={`Enrollment in ${e.cadenceName ?? e.cadenceId}`}>
              <h3>
                {e.cadenceName ?? e.cadenceId} {e.version !== null ? `v${e.version}` : ''} · <span className={enrollmentStatusClass(e)}>{enrollmentStatusText(e)}</span>
              </h3>
              <EnrollmentActions enrollment={e} />
              <p>
                Started {formatWhen(e.startedAt)}
                {e.finishedAt ? `, finished ${formatWhen(e.finishedAt)}` : e.currentStepId ? `, now at ${e.currentStepId}` : ''}. Tier at enrollment: {e.tier || 'none'}
                {e.tierTaken ? `; the tier split chose ${e.tierTaken}` : ''}
                {e.arm ? `; experiment arm ${e.arm}` : ''}.
              </p>
              <p>Path: {e.path.length ? pathText(e) : 'no step left yet'}</p>
              {openCanvas && (
                <Link to={`/cadences/${e.cadenceId}/versions/${e.cadenceVersionId}?enrollment=${e.id}`}>Open in the live view</Link>
              )}
              <details>
                <summary>Timeline ({e.timeline.length})</summary>
                <ol className="timeline">
                  {e.timeline.map((t) => (
                    <li key={t.seq}>
                      {formatWhen(t.at)} {t.type} {t.stepId ?? ''} {t.outcome ? `→ ${t.outcome}` : ''}
                    </li>
                  ))}
                </ol>
              </details>
            </article>
          </li>
        ))}
      </ul>
    </StorySection>
  );
}
