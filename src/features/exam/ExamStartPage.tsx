import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { remainingMs, type ExamState } from '../../engine/exam/exam-state';
import { useQuestionBank } from '../../lib/use-question-bank';
import { useClock, useExamStore, useProgressStore, useExamStoreApi } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { ExamHistory } from './ExamHistory';
import { formatDuration } from './format';
import { KeyboardHelp } from './KeyboardHelp';
import { StartForm } from './StartForm';
import { useSettleExams } from './use-record-attempts';
import './exam.css';

function ActiveExamBanner({ exam }: { exam: ExamState }) {
  const clock = useClock();
  const discard = useExamStore((state) => state.discard);
  const [confirming, setConfirming] = useState(false);
  const answered = Object.keys(exam.answers).length;
  const left = formatDuration(remainingMs(exam, clock.now()));
  return (
    <Banner
      tone="info"
      title="You have an exam in progress"
      actions={
        confirming ? (
          <>
            <button type="button" className="button button--danger" onClick={discard}>
              Yes, discard it
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              No, keep it
            </button>
          </>
        ) : (
          <>
            <Link className="button button--primary" to="/exam/run">
              Resume the exam
            </Link>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Discard it…
            </button>
          </>
        )
      }
    >
      <p>
        {answered} of {exam.items.length} questions answered, {left} left. The clock kept running while you were away.
        {confirming ? ' Discarding throws its answers away without a score.' : ''}
      </p>
    </Banner>
  );
}

/** Start a mock exam, or resume the one in progress; past attempts below. */
export function ExamStartPage() {
  const examStore = useExamStoreApi();
  const navigate = useNavigate();
  const bank = useQuestionBank();
  const expiredId = useSettleExams(bank);
  const active = useExamStore((state) => state.active);
  const attempts = useExamStore((state) => state.attempts);
  const notice = useExamStore((state) => state.notice);
  const history = useProgressStore((state) => state.progress.examHistory);
  const reviewable = useMemo(() => new Set(attempts.map((attempt) => attempt.exam.id)), [attempts]);

  const start = (size: number) => {
    if (bank.status !== 'ready') return;
    examStore.getState().start(bank.bank.questions, { size });
    navigate('/exam/run');
  };

  return (
    <div className="exam-page exam-start-page">
      <header className="exam-start-page__header">
        <p className="eyebrow">LPIC-3 · Exam 305-300 · Objective 351.1</p>
        <h1 tabIndex={-1}>Mock exam</h1>
        <p className="lead">
          The real 305-300 exam has 60 questions in 90 minutes: single answer, multiple answer and fill in the blank, passed at 500 on a
          scale from 200 to 800. This mock exam asks about objective 351.1 only, draws from every knowledge area in proportion and uses all
          three formats, at the same pace of 90 seconds a question.
        </p>
      </header>
      {notice ? (
        <Banner tone="warning" title="About your saved exams" actions={<button type="button" className="button" onClick={examStore.getState().dismissNotice}>Dismiss</button>}>
          <p>{notice}</p>
        </Banner>
      ) : null}
      {expiredId ? (
        <Banner tone="info" title="Time ran out on your exam" actions={<Link className="button" to={`/exam/results/${encodeURIComponent(expiredId)}`}>See its results</Link>}>
          <p>The clock kept running while you were away, so the exam was submitted at its deadline with the answers given by then.</p>
        </Banner>
      ) : null}
      {bank.status === 'error' ? (
        <Banner tone="error" title="The questions could not be loaded">
          <p>{bank.message}. Reload the page to try again.</p>
        </Banner>
      ) : null}
      {active ? (
        <ActiveExamBanner exam={active} />
      ) : (
        <section aria-labelledby="exam-start-title" className="exam-start-page__section">
          <h2 id="exam-start-title">Start an exam</h2>
          <ul className="exam-rules">
            <li>A countdown runs from the start; when it reaches zero the exam is submitted as it stands.</li>
            <li>Move freely between questions, flag any for review and change answers until you submit.</li>
            <li>No feedback until you submit; then you see every answer with its explanation.</li>
            <li>Your answers also count as reviews: each question is scheduled again like any other.</li>
            <li>Closing the tab does not stop the clock; come back to this page to resume.</li>
          </ul>
          <StartForm bankSize={bank.status === 'ready' ? bank.bank.questions.length : null} onStart={start} />
        </section>
      )}
      <KeyboardHelp />
      <section aria-labelledby="exam-history-title" className="exam-start-page__section">
        <h2 id="exam-history-title">Past attempts</h2>
        <ExamHistory history={history} reviewable={reviewable} />
      </section>
    </div>
  );
}
