import { Link } from 'react-router';
import type { ExamAttemptSummary } from '../../engine/progress/types';
import { formatDateTime, formatPercent } from './format';

export interface ExamHistoryProps {
  /** Oldest first, as progress keeps them. */
  readonly history: readonly ExamAttemptSummary[];
  /** Ids of attempts whose answers are still kept for review. */
  readonly reviewable: ReadonlySet<string>;
}

/** Past attempts with their scores, newest first. */
export function ExamHistory({ history, reviewable }: ExamHistoryProps) {
  if (history.length === 0) return <p className="muted">No mock exam taken yet. Your scores will be listed here.</p>;
  const newestFirst = [...history].sort((a, b) => b.submittedAt - a.submittedAt);
  return (
    <div className="table-scroll">
      <table className="exam-history">
        <caption className="visually-hidden">Past mock exams, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Questions</th>
            <th scope="col">Correct</th>
            <th scope="col">Estimated score</th>
            <th scope="col">Result</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((attempt) => (
            <tr key={attempt.id}>
              <th scope="row">{formatDateTime(attempt.startedAt)}</th>
              <td>{attempt.size}</td>
              <td>
                {attempt.correct} ({formatPercent(attempt.percent)})
              </td>
              <td>{attempt.scaled}</td>
              <td>
                <span className={attempt.passed ? 'badge badge--done' : 'badge badge--fail'}>{attempt.passed ? 'Passed' : 'Not passed'}</span>
              </td>
              <td>
                {reviewable.has(attempt.id) ? (
                  <Link to={`/exam/results/${encodeURIComponent(attempt.id)}`} aria-label={`Review the exam of ${formatDateTime(attempt.startedAt)}`}>
                    Review
                  </Link>
                ) : (
                  <span className="muted">No longer kept</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
