import { useId } from 'react';
import { assignColumn, chooseFormat, fieldChoices, FORMAT_TEXT, formatChoices, PHONE_COUNTRIES, type ImportMapping } from './import-mapping';
import { sentence } from '../shell/format';

/** Step 2: each column of the file -> the account field it fills, and how its cells are written. */
export function MappingTable({ header, mapping, problems, onChange, disabled }: {
  header: readonly string[];
  mapping: ImportMapping;
  problems: ReadonlyArray<{ column: string | null; message: string }>;
  onChange(next: ImportMapping): void;
  disabled?: boolean;
}) {
  const countryId = useId();
  const currencyId = useId();
  const choices = fieldChoices(mapping);
  const byColumn = new Map<string, string[]>();
  for (const p of problems) if (p.column !== null) byColumn.set(p.column, [...(byColumn.get(p.column) ?? []), p.message]);
  const general = problems.filter((p) => p.column === null);
  const countries = PHONE_COUNTRIES.some((c) => c.code === mapping.defaultCountry) ? PHONE_COUNTRIES : [...PHONE_COUNTRIES, { code: mapping.defaultCountry, name: mapping.defaultCountry }];
  return (
    <section className="import-mapping" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">2. Match the columns to account fields</h2>
      <p className="muted">Kairos suggested a field for each column it recognised. Change any choice: the preview and the problems below follow it.</p>
      <div className="import-mapping-defaults">
        <label htmlFor={countryId}>Phones without a country code are in</label>{' '}
        <select id={countryId} value={mapping.defaultCountry} disabled={disabled} onChange={(e) => onChange({ ...mapping, defaultCountry: e.target.value })}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={currencyId}>Currency when no column gives one</label>{' '}
        <input
          id={currencyId}
          className="import-currency"
          defaultValue={mapping.currency}
          maxLength={3}
          disabled={disabled}
          onChange={(e) => {
            const code = e.target.value.toUpperCase();
            // Sent once it is a whole code; the API says what is wrong with one that is not a currency.
            if (/^[A-Z]{3}$/.test(code)) onChange({ ...mapping, currency: code });
          }}
        />
      </div>
      {general.length > 0 && (
        <ul className="field-error" role="alert" aria-label="Problems of the mapping">
          {general.map((p) => (
            <li key={p.message}>{sentence(p.message)}</li>
          ))}
        </ul>
      )}
      <table className="list-table import-mapping-table">
        <caption className="visually-hidden">Column mapping</caption>
        <thead>
          <tr>
            <th scope="col">Column in your file</th>
            <th scope="col">Account field</th>
            <th scope="col">Written as</th>
          </tr>
        </thead>
        <tbody>
          {header.map((column) => {
            const chosen = mapping.columns[column];
            const formats = chosen ? formatChoices(chosen.field) : [];
            const columnProblems = byColumn.get(column) ?? [];
            return (
              <tr key={column} className={columnProblems.length > 0 ? 'row-invalid' : undefined}>
                <th scope="row">{column}</th>
                <td>
                  <select aria-label={`Field for column ${column}`} value={chosen?.field ?? ''} disabled={disabled} onChange={(e) => onChange(assignColumn(mapping, column, e.target.value))}>
                    <option value="">Not imported</option>
                    {choices.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                  {columnProblems.map((m) => (
                    <p key={m} className="field-error">
                      {sentence(m)}
                    </p>
                  ))}
                </td>
                <td>
                  {chosen && formats.length > 0 ? (
                    <select aria-label={`Format of column ${column}`} value={chosen.format ?? formats[0]} disabled={disabled} onChange={(e) => onChange(chooseFormat(mapping, column, e.target.value))}>
                      {formats.map((f) => (
                        <option key={f} value={f}>
                          {FORMAT_TEXT[f] ?? f}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
