import { Link } from 'react-router';
import { AREA_TITLES } from '../../engine/content/types';
import type { WeakAreaRow } from '../../engine/srs/weak-areas';
import { findLesson } from '../../lib/content';
import { formatShare } from './format';

/** A percentage, or a dash read out as "none yet". */
function Share({ value }: { value: number | null }) {
  if (value !== null) return <>{formatShare(value)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">none yet</span>
    </>
  );
}

function titleOf(row: WeakAreaRow): string {
  return row.lesson === null ? AREA_TITLES[row.area] : (findLesson(row.lesson)?.title ?? row.lesson);
}

function practiceLink(row: WeakAreaRow): string {
  return row.lesson === null ? `/practice?area=${encodeURIComponent(row.area)}` : `/practice?lesson=${encodeURIComponent(row.lesson)}`;
}

/**
 * One weak-areas table (areas or lessons), weakest first, each row with its practice link.
 * @param rows the rows, already in order
 * @param label the table's name, e.g. "Knowledge areas, weakest first"
 * @param kind what a row is, for the first column's header
 */
export function WeakAreasTable({ rows, label, kind }: { rows: readonly WeakAreaRow[]; label: string; kind: 'Area' | 'Lesson' }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="weak-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{kind}</th>
            <th scope="col">Seen</th>
            <th scope="col">Recent accuracy</th>
            <th scope="col">Recall now</th>
            <th scope="col">Lapses</th>
            <th scope="col">Due</th>
            <th scope="col">
              <span className="visually-hidden">Practice</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = titleOf(row);
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.lesson === null ? title : <Link to={`/lessons/${encodeURIComponent(row.lesson)}`}>{title}</Link>}
                  {row.leeches > 0 ? (
                    <span className="badge badge--warn weak-table__leeches">
                      {row.leeches} {row.leeches === 1 ? 'leech' : 'leeches'}
                    </span>
                  ) : null}
                </th>
                <td>
                  {row.seen} of {row.total}
                </td>
                <td>
                  <Share value={row.recentAccuracy} />
                  {row.recentAnswers > 0 ? (
                    <span className="weak-table__sub">
                      {' '}
                      · {row.recentAnswers} {row.recentAnswers === 1 ? 'answer' : 'answers'}
                    </span>
                  ) : null}
                </td>
                <td>
                  <Share value={row.averageRetrievability} />
                </td>
                <td>{row.lapses}</td>
                <td>{row.due}</td>
                <td>
                  <Link className="button weak-table__practise" to={practiceLink(row)} aria-label={`Practise ${title}`}>
                    Practise
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
