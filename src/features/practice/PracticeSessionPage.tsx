import { Link } from 'react-router';
import { useQuestionBank } from '../../lib/use-question-bank';
import { usePractice } from '../../store/stores-context';
import { PracticeRun } from './PracticeRun';
import { PracticeSummary } from './PracticeSummary';
import './practice.css';

/** The session in progress (resumed after a reload), or its results once finished. */
export function PracticeSessionPage() {
  const active = usePractice((state) => state.active);
  const next = usePractice((state) => state.next);
  const bank = useQuestionBank();
  if (!active) {
    return (
      <div>
        <h1 tabIndex={-1}>No session in progress</h1>
        <p>
          <Link to="/practice">Start a practice session</Link>
        </p>
      </div>
    );
  }
  if (bank.status === 'loading') return <p role="status">Loading questions…</p>;
  if (bank.status === 'error') return <p role="alert">The question bank could not be loaded ({bank.message}). Reload the page.</p>;
  const { session } = active;
  if (session.current >= session.items.length) return <PracticeSummary active={active} bank={bank.bank} />;
  const question = bank.bank.byId.get(session.items[session.current]!.questionId);
  if (!question) {
    return (
      <div>
        <h1 tabIndex={-1}>This question was retired</h1>
        <p>The question bank changed since this session started; this question is no longer in it.</p>
        <button type="button" className="button button--primary" onClick={next}>
          Skip to the next question
        </button>
      </div>
    );
  }
  return <PracticeRun key={session.id} active={active} question={question} />;
}
