import { Link } from 'react-router';
import type { Schemas } from '../api/types';
import { ExclusionChart } from './exclusion-chart';

export type EnrollmentPreview = Schemas['EnrollmentPreview'];

const n = (x: number) => x.toLocaleString('en-US');
const accounts = (x: number) => `${n(x)} ${x === 1 ? 'account' : 'accounts'}`;
const accountLink = (id: string) => (
  <Link key={id} to={`/accounts/${encodeURIComponent(id)}`}>
    {id}
  </Link>
);
const joined = (ids: string[]) => ids.flatMap((id, i) => (i === 0 ? [accountLink(id)] : [', ', accountLink(id)]));

/** What enrolling would do: how many enter, how many stay out and why (a chart, then a few accounts per reason). */
export function AudiencePreview({ preview, cadenceName }: { preview: EnrollmentPreview; cadenceName: string }) {
  const reasons = preview.excludedBy.filter((r) => r.count > 0);
  return (
    <section className="enroll-preview" aria-label="Preview">
      <h2>Preview</h2>
      <p className="enroll-counts" role="status">
        <strong>{accounts(preview.entering)}</strong> would enter {cadenceName} v{preview.version}; <strong>{n(preview.excluded)}</strong>{' '}
        {preview.excluded === 1 ? 'is' : 'are'} excluded (of {accounts(preview.total)} in the audience).
      </p>
      {preview.enteringExamples.length > 0 && <p className="muted">For example {joined(preview.enteringExamples)}.</p>}
      {reasons.length > 0 && (
        <>
          <ExclusionChart excludedBy={reasons} />
          <ul className="enroll-reasons" aria-label="Excluded accounts by reason">
            {reasons.map((r) => (
              <li key={r.reason}>
                <strong>{accounts(r.count)}</strong> {r.text}
                {r.examples.length > 0 && r.reason !== 'not_found' && <>: {joined(r.examples)}{r.count > r.examples.length ? ', …' : ''}</>}
                {r.reason === 'not_found' && r.examples.length > 0 && (
                  // A pasted id that names no account has no page to open.
                  <>: {r.examples.join(', ')}{r.count > r.examples.length ? ', …' : ''}</>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.channels.length > 0 && <p className="muted">The cadence sends by {preview.channels.join(', ')}.</p>}
    </section>
  );
}
