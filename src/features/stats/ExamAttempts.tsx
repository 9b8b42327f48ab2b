import { Link } from 'react-router';
import type { ExamAttemptSummary } from '../../engine/progress/types';
import { formatPercent } from './format';

const SHOWN = 5;
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The latest mock exams and their scores, newest first. */
export function ExamAttempts({ history }: { history: readonly ExamAttemptSummary[] }) {
  if (history.length === 0) {
    return (
      <p>
        No mock exam yet. <Link to="/exam">Sit one</Link> to see how you would do on the day.
      </p>
    );
  }
  const latest = [...history].sort((a, b) => b.submittedAt - a.submittedAt).slice(0, SHOWN);
  const best = Math.max(...history.map((attempt) => attempt.scaled));
  return (
    <>
      <p>
        {history.length} taken, best estimated score {best}. <Link to="/exam">All attempts and a new exam</Link>
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Latest mock exams, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Correct</th>
              <th scope="col">Estimated score</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {latest.map((attempt) => (
              <tr key={attempt.id}>
                <th scope="row">{DATE.format(new Date(attempt.startedAt))}</th>
                <td>
                  {attempt.correct} of {attempt.size} ({formatPercent(attempt.percent)})
                </td>
                <td>{attempt.scaled}</td>
                <td>{attempt.passed ? '✓ Passed' : '✗ Not passed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
