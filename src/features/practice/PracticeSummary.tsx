import { Link, useNavigate } from 'react-router';
import { AREA_TITLES } from '../../engine/content/types';
import { listSessionResults } from '../../engine/quiz/practice-session';
import { summarizeSession } from '../../engine/quiz/summarize';
import { buildSession } from '../../engine/quiz/build-session';
import type { LoadedBank } from '../../lib/use-question-bank';
import type { ActivePractice } from '../../store/practice-store';
import { useStores } from '../../store/stores-context';
import { Feedback } from '../../ui/question/Feedback';
import { QuestionView } from '../../ui/question/QuestionView';

const percent = (value: number) => `${Math.round(value)}%`;

/** The end of a session: score, per-area breakdown, every missed question with its explanation. */
export function PracticeSummary({ active, bank }: { active: ActivePractice; bank: LoadedBank }) {
  const stores = useStores();
  const navigate = useNavigate();
  const results = listSessionResults(active.session);
  const summary = summarizeSession(bank.byId, results);
  const missed = active.session.items
    .map((item, index) => ({ item, result: active.session.answers[index], question: bank.byId.get(item.questionId) }))
    .filter((entry) => entry.result && !entry.result.correct && entry.question);

  const retryMissed = () => {
    const ids = summary.missedQuestionIds;
    const seed = active.session.seed + 1;
    const built = buildSession(bank.questions, { questionIds: ids }, ids.length, seed);
    stores.practice.getState().start({ filters: { questionIds: ids }, size: ids.length, label: `Retry of ${ids.length} missed` }, built, seed);
  };

  return (
    <div className="practice-summary">
      <h1 tabIndex={-1}>Session complete</h1>
      <p className="score-line">
        <span className="score-line__big">{percent(summary.percent)}</span>
        <span>
          {summary.correct} of {summary.total} right{results.length < active.session.items.length ? ` (${active.session.items.length - results.length} skipped)` : ''}
          {summary.medianResponseMs !== null ? ` · median ${Math.round(summary.medianResponseMs / 1000)} s per question` : ''}
        </span>
      </p>
      <div className="summary-actions">
        {summary.missedQuestionIds.length > 0 ? (
          <button type="button" className="button button--primary" onClick={retryMissed}>
            Retry the {summary.missedQuestionIds.length} missed
          </button>
        ) : null}
        <button
          type="button"
          className={summary.missedQuestionIds.length > 0 ? 'button' : 'button button--primary'}
          onClick={() => {
            stores.practice.getState().quit();
            navigate('/practice');
          }}
        >
          New session
        </button>
      </div>
      <h2>By knowledge area</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Score by knowledge area">
        <table>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Right</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {summary.byArea.map((row) => (
              <tr key={row.area}>
                <th scope="row">
                  <Link to={`/practice?area=${row.area}`}>{AREA_TITLES[row.area]}</Link>
                </th>
                <td>
                  {row.correct} / {row.total}
                </td>
                <td>{percent(row.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{missed.length === 0 ? 'Nothing missed' : `Missed questions (${missed.length})`}</h2>
      {missed.length === 0 ? <p>Every answer was right. The questions will come back in your reviews when they are due.</p> : null}
      <ol className="missed-list">
        {missed.map(({ item, result, question }) => (
          <li key={item.questionId} className="missed-list__item">
            <QuestionView question={question!} item={item} response={null} grade={result!} onChange={() => undefined} heading={<span>{AREA_TITLES[question!.area]}</span>} />
            <Feedback question={question!} grade={result!} />
          </li>
        ))}
      </ol>
    </div>
  );
}
