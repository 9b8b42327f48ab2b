import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { AREA_TITLES } from '../../engine/content/types';
import { toggleSelection } from '../../engine/quiz/selection';
import { CARD_STATE, type RatingValue } from '../../engine/progress/types';
import { LEECH_LAPSES } from '../../engine/srs/bank';
import { isLeech } from '../../engine/srs/question-info';
import { useProgressStore } from '../../store/stores-context';
import { Feedback } from '../../ui/question/Feedback';
import { QuestionView } from '../../ui/question/QuestionView';
import { RatingButtons } from '../../ui/question/RatingButtons';
import { useQuizKeys } from '../../ui/question/use-quiz-keys';
import { QuestionInfoPanel } from './QuestionInfoPanel';
import { STATE_NAMES, type ReviewMode } from './review-session';
import type { ReviewSession, ShownQuestion } from './use-review-session';

function SessionCounts({ session, mode }: { session: ReviewSession; mode: ReviewMode }) {
  if (mode === 'weak') {
    const total = session.weakList.length;
    const position = Math.min(session.answered.length + 1, total);
    return (
      <p className="review-run__counts">
        Question {position} of {total}
      </p>
    );
  }
  const { counts } = session.queue;
  return (
    <p className="review-run__counts">
      <span className="review-count review-count--due">{counts.dueNow} due</span>
      <span className="review-count review-count--new">{counts.newToday} new</span>
      {counts.dueToday > counts.dueNow ? <span className="review-count">{counts.dueToday - counts.dueNow} later today</span> : null}
    </p>
  );
}

function LeechNotice({ shown, session }: { shown: ShownQuestion; session: ReviewSession }) {
  const card = useProgressStore((state) => state.progress.cards[shown.question.id]);
  const before = session.graded?.preview.before;
  if (!session.graded || session.graded.grade.correct || !isLeech(card) || isLeech(before)) return null;
  return (
    <p className="review-leech-note" role="status">
      <strong>Leech:</strong> you have now forgotten this question {card?.lapses ?? LEECH_LAPSES} times. Reviewing it again will not fix that: re-read
      its section (link above) and write the idea down in your own words. It is listed on the <Link to="/weak-areas">Weak areas</Link> page.
    </p>
  );
}

/** One question of a review: answer, see why, rate with the next interval on each button, undo. */
export function ReviewRun({ session, shown, mode }: { session: ReviewSession; shown: ShownQuestion; mode: ReviewMode }) {
  const navigate = useNavigate();
  const { question, item } = shown;
  const card = useProgressStore((state) => (Object.hasOwn(state.progress.cards, question.id) ? state.progress.cards[question.id] : undefined));
  const canUndo = useProgressStore((state) => state.progress.undo.length > 0);
  const { graded, response } = session;
  const actions = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (graded) actions.current?.querySelector<HTMLButtonElement>('.button--primary')?.focus();
  }, [graded]);

  useQuizKeys({
    onDigit: (digit) => {
      if (graded) {
        if (graded.grade.correct ? digit >= 2 && digit <= 4 : digit === 1) session.rate(digit as RatingValue);
        return;
      }
      const original = item.optionOrder[digit - 1];
      if (question.type === 'fill' || original === undefined) return;
      session.setResponse({ kind: 'choice', selected: toggleSelection(response?.kind === 'choice' ? response.selected : [], original, question) });
    },
    onEnter: () => (graded ? session.rate(3) : session.submit()),
    onSpace: () => (graded ? session.rate(3) : undefined),
    onEscape: () => navigate('/review'),
    onUndo: session.undo,
  });

  // The state the question was in when it was shown (a wrong answer is saved at once).
  const state = (graded ? graded.preview.before?.state : card?.state) ?? CARD_STATE.new;
  return (
    <div className="review-run">
      <div className="review-run__top">
        <h1 tabIndex={-1} className="review-run__title">
          {mode === 'weak' ? 'Weak-areas review' : 'Review'}
        </h1>
        <SessionCounts session={session} mode={mode} />
      </div>
      {session.announcement ? (
        <p className="review-announcement" aria-hidden="true">
          {session.announcement}
        </p>
      ) : null}
      <QuestionView
        key={`${question.id}-${shown.shownAt}`}
        focusOnShow
        question={question}
        item={item}
        response={graded ? null : response}
        grade={graded?.grade ?? null}
        onChange={session.setResponse}
        heading={
          <>
            <span>{AREA_TITLES[question.area]}</span>
            <span className="review-run__badges">
              <span className="badge">{STATE_NAMES[state]}</span>
              {isLeech(card) ? (
                <span className="badge badge--warn" title={`Forgotten ${card?.lapses ?? 0} times`}>
                  Leech
                </span>
              ) : null}
            </span>
          </>
        }
      />
      {session.hint ? (
        <p role="alert" className="error-text">
          {session.hint}
        </p>
      ) : null}
      {graded ? (
        <>
          <Feedback question={question} grade={graded.grade} />
          <LeechNotice shown={shown} session={session} />
          <div className="question-actions" ref={actions}>
            <RatingButtons preview={graded.preview} correct={graded.grade.correct} onRate={session.rate} />
          </div>
        </>
      ) : (
        <div className="question-actions">
          <button type="button" className="button button--primary" onClick={() => session.submit()}>
            Check answer
          </button>
          <button type="button" className="button" onClick={() => session.submit(true)}>
            I don’t know
          </button>
        </div>
      )}
      <div className="review-run__tools">
        <button type="button" className="button" onClick={session.undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          Undo last answer
        </button>
        <Link className="button" to="/review">
          Stop for now
        </Link>
      </div>
      <details className="review-info-disclosure">
        <summary>Question info</summary>
        <QuestionInfoPanel questionId={question.id} now={session.now} />
        <p>
          <Link to={`/review/questions/${encodeURIComponent(question.id)}`}>Open this question’s info page</Link>
        </p>
      </details>
      <p className="keyboard-help">
        Keys: <kbd>1</kbd>–<kbd>9</kbd> pick an option, <kbd>Enter</kbd> checks the answer, then <kbd>2</kbd>/<kbd>3</kbd>/<kbd>4</kbd> rate
        Hard/Good/Easy (<kbd>Enter</kbd> or <kbd>Space</kbd> = Good), <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last answer, <kbd>Esc</kbd> stops.
      </p>
    </div>
  );
}
