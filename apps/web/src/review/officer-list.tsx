import type { ReviewDetail } from '../api/review-types';
import { sentence } from '../shell/format';
import { originsText } from '../users/account-origins';

/**
 * The compliance officers, who handed each their account, and whether each may decide on this
 * version: an author may not, nor an officer whose account an author created, invited or reset.
 */
export function OfficerList({ review }: { review: ReviewDetail }) {
  if (review.officers.length === 0) return <p className="muted">No compliance officer can sign in: an admin must invite one.</p>;
  return (
    <section className="officer-list" aria-labelledby={`officers-${review.id}`}>
      <h3 id={`officers-${review.id}`}>Who may decide</h3>
      <ul aria-label="Compliance officers">
        {review.officers.map((o) => (
          <li key={o.id}>
            <strong>{o.name}</strong> <span className="muted">({originsText(o.origins)})</span>
            <br />
            {o.mayDecide ? <span className="ok">May decide.</span> : <span className="field-error">May not decide: {sentence(o.reason ?? 'not independent of the authors')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
