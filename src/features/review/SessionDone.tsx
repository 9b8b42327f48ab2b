import { useEffect } from 'react';
import { Link } from 'react-router';
import { useClock, useProgressStore } from '../../store/stores-context';
import { useQuizKeys } from '../../ui/question/use-quiz-keys';
import { NewLimitNote, NextDue } from './NextDue';
import { LEARN_AHEAD_MS, type ReviewMode } from './review-session';
import type { ReviewSession } from './use-review-session';

// Wait at most this long before looking again for a learning step that came due.
const LONGEST_WAIT_MS = 60 * 60_000;

function title(mode: ReviewMode, answered: number): string {
  if (mode === 'weak') return answered > 0 ? 'Weak-areas review finished' : 'No weak questions to review';
  return answered > 0 ? 'Done for now' : 'Nothing to review right now';
}

/** The end of a session: how much was done, when the next question is due, what to do instead. */
export function SessionDone({ session, mode }: { session: ReviewSession; mode: ReviewMode }) {
  const clock = useClock();
  const canUndo = useProgressStore((state) => state.progress.undo.length > 0);
  const settings = useProgressStore((state) => state.progress.settings);
  const later = session.queue.learningLater[0];
  const { refresh } = session;

  // A learning step due later today comes back on this page by itself, as in Anki.
  useEffect(() => {
    if (mode !== 'due' || later === undefined) return;
    const wait = later.due - LEARN_AHEAD_MS - clock.now();
    if (wait > LONGEST_WAIT_MS) return;
    const timer = window.setTimeout(refresh, Math.max(0, wait) + 1000);
    return () => window.clearTimeout(timer);
  }, [mode, later, clock, refresh]);

  useQuizKeys({ onUndo: session.undo });

  const count = session.answered.length;
  return (
    <div className="review-done">
      <h1 tabIndex={-1}>{title(mode, count)}</h1>
      {session.announcement ? (
        <p className="review-announcement" aria-hidden="true">
          {session.announcement}
        </p>
      ) : null}
      {count > 0 ? (
        <p className="lead">
          You answered {count === 1 ? 'one question' : `${count} questions`} in this session.
        </p>
      ) : null}
      {mode === 'due' ? (
        <>
          <NextDue queue={session.queue} now={session.now} />
          <NewLimitNote newPerDay={settings.newPerDay} newToday={session.queue.counts.newToday} unseen={session.unseen} />
        </>
      ) : null}
      <div className="review-done__actions">
        <Link className="button button--primary" to="/practice">
          Practise instead
        </Link>
        <Link className="button" to="/weak-areas">
          See your weak areas
        </Link>
        <Link className="button" to="/review">
          Back to Review
        </Link>
        {canUndo ? (
          <button type="button" className="button" onClick={session.undo} aria-keyshortcuts="Control+Z">
            Undo last answer
          </button>
        ) : null}
      </div>
    </div>
  );
}
