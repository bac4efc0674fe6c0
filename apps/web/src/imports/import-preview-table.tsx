import { formatCents } from '../shell/format';
import type { ImportPreview } from './import-upload';

type PreviewRow = ImportPreview['preview'][number];

const attributesText = (a: PreviewRow['account']) =>
  Object.entries(a.attributes ?? {})
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');

/** The first good rows as they will be stored: what the mapping makes of the file, before anything is written. */
export function ImportPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  return (
    <section className="import-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">3. Check the first rows as they will be stored</h2>
      {rows.length === 0 ? (
        <p className="muted">No row can be stored with this mapping yet: see the problems below, or match more columns.</p>
      ) : (
        <div className="table-scroll">
          <table className="list-table import-preview-table">
            <caption className="visually-hidden">The first rows as they will be stored</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Account</th>
                <th scope="col">Name</th>
                <th scope="col">Balance</th>
                <th scope="col">Due date</th>
                <th scope="col">Phones</th>
                <th scope="col">Email</th>
                <th scope="col">Time zone</th>
                <th scope="col">Address</th>
                <th scope="col">Attributes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ row, account: a }) => (
                <tr key={row}>
                  <td className="number">{row}</td>
                  <td>{a.id}</td>
                  <td>{a.name}</td>
                  <td className="number">{formatCents(a.balanceCents, a.currency ?? 'USD')}</td>
                  <td>{a.dueDate}</td>
                  <td>{(a.phones ?? []).map((p) => `${p.number}${p.type ? ` (${p.type})` : ''}`).join(', ') || '—'}</td>
                  <td>{a.email ?? '—'}</td>
                  <td>{a.timezone}</td>
                  <td>{a.address ? [a.address.line1, a.address.city, a.address.state, a.address.postalCode].filter(Boolean).join(', ') : '—'}</td>
                  <td>{attributesText(a) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
