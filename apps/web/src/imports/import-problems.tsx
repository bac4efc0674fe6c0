import { kairosApi } from '../api/endpoints';
import { CsvExportButton } from '../shell/csv-export-button';
import { sentence } from '../shell/format';
import type { ImportPreview } from './import-upload';

/** Every problem of the rows by row and column (the first 500 here, all of them in the CSV), each saying what to write instead. */
export function ImportProblems({ importId, problems, problemCount, rejectedRows }: { importId: string; problems: ImportPreview['problems']; problemCount: number; rejectedRows: number }) {
  return (
    <section className="import-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">4. Fix the rows with problems, or import without them</h2>
      {problemCount === 0 ? (
        <p className="ok">No row has a problem with this mapping.</p>
      ) : (
        <>
          <p>
            {problemCount.toLocaleString('en-US')} {problemCount === 1 ? 'problem' : 'problems'} in {rejectedRows.toLocaleString('en-US')} {rejectedRows === 1 ? 'row' : 'rows'}: a row with a problem is not
            imported. Fix them in your file and upload it again, or start now and import the fixed rows later (rows already imported count as unchanged).
            {problems.length < problemCount ? ` The first ${problems.length.toLocaleString('en-US')} are listed; the CSV holds every one.` : ''}
          </p>
          <CsvExportButton label="Download problems (CSV)" what="Every problem as row, column, problem." download={() => kairosApi.importProblems(importId)} />
          <div className="table-scroll import-problems-scroll">
            <table className="list-table import-problems-table">
              <caption className="visually-hidden">Problems by row and column</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p, i) => (
                  <tr key={`${p.row}-${p.column ?? ''}-${i}`}>
                    <td className="number">{p.row}</td>
                    <td>{p.column ?? '(whole row)'}</td>
                    <td>{sentence(p.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
