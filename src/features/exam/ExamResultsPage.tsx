import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { AREA_TITLES } from '../../engine/content/types';
import { examDeadline } from '../../engine/exam/exam-state';
import { ASSUMED_CUT_PERCENT, PASSING_SCALED_SCORE, SCALED_SCORE_EXPLANATION, SCALED_SCORE_MAX } from '../../engine/exam/score-exam';
import type { ExamAttemptSummary } from '../../engine/progress/types';
import type { AreaTally } from '../../engine/quiz/summarize';
import { useQuestionBank, type LoadedBank } from '../../lib/use-question-bank';
import { scoreAttempt } from '../../store/exam-recording';
import type { SavedAttempt } from '../../store/exam-store';
import { useExamStore, useProgressStore } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { AnswerReview } from './AnswerReview';
import { formatDateTime, formatDuration, formatPercent } from './format';
import { useSettleExams } from './use-record-attempts';
import './exam.css';

function ScaleNote() {
  return (
    <details className="exam-scale-note">
      <summary>How the 200–800 score is estimated (LPI does not publish its scaling)</summary>
      <p>{SCALED_SCORE_EXPLANATION}</p>
    </details>
  );
}

function AreaTable({ byArea }: { byArea: readonly AreaTally[] }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="exam-areas-title" tabIndex={0}>
      <table className="exam-areas">
        <thead>
          <tr>
            <th scope="col">Knowledge area</th>
            <th scope="col">Correct</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {byArea.map((row) => (
            <tr key={row.area}>
              <th scope="row">{AREA_TITLES[row.area]}</th>
              <td>
                {row.correct} of {row.total}
              </td>
              <td>
                <span className="exam-areas__score">
                  <span className="exam-areas__bar" aria-hidden="true">
                    <span className={row.percent >= ASSUMED_CUT_PERCENT ? 'exam-areas__fill' : 'exam-areas__fill exam-areas__fill--low'} style={{ width: `${row.percent}%` }} />
                  </span>
                  {formatPercent(row.percent)}
                  {row.percent < ASSUMED_CUT_PERCENT ? (
                    <Link className="exam-areas__practise" to={`/practice?area=${row.area}`} aria-label={`Practise ${AREA_TITLES[row.area]}`}>
                      Practise
                    </Link>
                  ) : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ExamReport({ attempt, bank }: { attempt: SavedAttempt; bank: LoadedBank }) {
  const scored = useMemo(() => scoreAttempt(attempt.exam, bank.byId), [attempt, bank]);
  if (scored === null) {
    return (
      <Banner tone="warning" title="This exam cannot be scored">
        <p>None of its questions is in the question bank any more (the content was updated).</p>
      </Banner>
    );
  }
  const { exam, score } = scored;
  const submittedAt = exam.submittedAt ?? examDeadline(exam);
  const timedOut = submittedAt >= examDeadline(exam);
  return (
    <>
      <section className={score.passed ? 'exam-verdict exam-verdict--pass' : 'exam-verdict exam-verdict--fail'} aria-labelledby="exam-verdict-title">
        <h2 id="exam-verdict-title" className="exam-verdict__title">
          {score.passed ? '✓ Passed' : '✗ Not passed'}
        </h2>
        <dl className="exam-verdict__figures">
          <div>
            <dt>Estimated score</dt>
            <dd>
              <strong>{score.scaledScore}</strong> of {SCALED_SCORE_MAX} <span className="exam-verdict__note">(pass mark {PASSING_SCALED_SCORE})</span>
            </dd>
          </div>
          <div>
            <dt>Correct</dt>
            <dd>
              <strong>{score.correct}</strong> of {score.total} ({formatPercent(score.percent)})
            </dd>
          </div>
          <div>
            <dt>Time used</dt>
            <dd>
              {formatDuration(submittedAt - exam.startedAt)} of {formatDuration(exam.durationMs)}
            </dd>
          </div>
          <div>
            <dt>Answered</dt>
            <dd>
              {score.answeredCount} of {score.total}
            </dd>
          </div>
        </dl>
        <ScaleNote />
      </section>
      {timedOut ? (
        <Banner tone="info" title="Time ran out">
          <p>The exam was submitted automatically at the deadline, with the answers given by then.</p>
        </Banner>
      ) : null}
      {scored.removedCount > 0 ? (
        <Banner tone="warning" title="Some questions were left out">
          <p>{scored.removedCount} of the exam’s questions are no longer in the question bank, so they are not scored.</p>
        </Banner>
      ) : null}
      <section className="exam-results__section">
        <h2 id="exam-areas-title">Score by knowledge area</h2>
        <AreaTable byArea={score.byArea} />
      </section>
      <AnswerReview exam={exam} score={score} bank={bank} />
    </>
  );
}

function NotKept({ summary }: { summary: ExamAttemptSummary | undefined }) {
  return (
    <Banner tone="info" title={summary ? 'The answers of this exam are no longer kept' : 'No exam at this address'}>
      <p>
        {summary ? 'Only the last few exams are kept whole for review.' : ''}
        {summary
          ? ` Its result stays in your history: ${summary.correct} of ${summary.size} correct (${formatPercent(summary.percent)}), estimated ${summary.scaled}, ${summary.passed ? 'passed' : 'not passed'}.`
          : ' No exam with this address is in your history.'}
      </p>
    </Banner>
  );
}

/** The result of one submitted exam: pass or fail, per-area scores, time, and every answer reviewed. */
export function ExamResultsPage() {
  const { attemptId } = useParams();
  const bank = useQuestionBank();
  useSettleExams(bank);
  const attempt = useExamStore((state) => state.attempts.find((saved) => saved.exam.id === attemptId));
  const summary = useProgressStore((state) => state.progress.examHistory.find((entry) => entry.id === attemptId));
  return (
    <div className="exam-page exam-results">
      <header>
        <p className="eyebrow">Mock exam{attempt ? ` · ${formatDateTime(attempt.exam.startedAt)}` : ''}</p>
        <h1 tabIndex={-1}>Exam results</h1>
      </header>
      {attempt === undefined ? <NotKept summary={summary} /> : null}
      {attempt !== undefined && bank.status === 'loading' ? <p role="status">Loading the questions…</p> : null}
      {attempt !== undefined && bank.status === 'error' ? (
        <Banner tone="error" title="The questions could not be loaded">
          <p>{bank.message}. Reload the page to try again.</p>
        </Banner>
      ) : null}
      {attempt !== undefined && bank.status === 'ready' ? <ExamReport attempt={attempt} bank={bank.bank} /> : null}
      <p className="exam-results__next">
        <Link className="button button--primary" to="/exam">
          Take another exam
        </Link>
        <Link className="button" to="/dashboard">
          See your dashboard
        </Link>
      </p>
    </div>
  );
}
