import { useId, useState, type ReactNode } from 'react';

export interface ChartTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}

/**
 * A chart with its name, and its numbers as a table: the table is always there for screen readers
 * (visually hidden), and "Show as table" puts it in place of the drawing for everyone.
 */
export function ChartFigure({ title, description, table, children }: { title: string; description?: string; table: ChartTable; children: ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          Show as table
        </button>
      </figcaption>
      {description && <p className="muted chart-description">{description}</p>}
      {!asTable && (
        // The drawing is one image named by the title; its numbers are in the table below.
        <div className="chart-drawing" role="img" aria-label={`${title} (chart; the same numbers follow as a table)`}>
          {children}
        </div>
      )}
      {/* A table is as wide as its content whatever its width says: hide its box, not the table. */}
      <div className={asTable ? 'chart-table-box' : 'visually-hidden'}>
        <table className="list-table chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) =>
                  j === 0 ? (
                    <th scope="row" key={j}>
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
