import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Question } from '../../engine/content/types';
import { gradeAnswer, type AnswerResponse } from '../../engine/quiz/grade';
import { isSelectionComplete, requiredSelections, toggleSelection } from '../../engine/quiz/selection';
import { previewQuestion } from '../../engine/srs/apply-rating';
import type { RatingPreview } from '../../engine/srs/scheduler';
import type { RatingValue } from '../../engine/progress/types';
import type { ActivePractice } from '../../store/practice-store';
import { useClock, useStores } from '../../store/stores-context';
import { QuestionView } from '../../ui/question/QuestionView';
import { Feedback } from '../../ui/question/Feedback';
import { RatingButtons } from '../../ui/question/RatingButtons';
import { useQuizKeys } from '../../ui/question/use-quiz-keys';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProgressBar } from '../../ui/ProgressBar';

function isAnswerReady(question: Question, response: AnswerResponse | null): string | null {
  if (question.type === 'fill') return response?.kind === 'fill' && response.text.trim() ? null : 'Type an answer first, or choose “I don’t know”.';
  const selected = response?.kind === 'choice' ? response.selected : [];
  if (isSelectionComplete(selected, question)) return null;
  const needed = requiredSelections(question);
  return question.type === 'multiple' ? `Choose ${needed} options (${selected.length} chosen).` : 'Choose an option first, or choose “I don’t know”.';
}

/** One practice question: answer, submit, see why, rate, move on. Keyboard: 1-9, Enter, Esc. */
export function PracticeRun({ active, question }: { active: ActivePractice; question: Question }) {
  const stores = useStores();
  const clock = useClock();
  const navigate = useNavigate();
  const location = useLocation();
  const { session } = active;
  const index = session.current;
  const item = session.items[index]!;
  const grade = session.answers[index] ?? null;
  const [response, setResponse] = useState<AnswerResponse | null>(null);
  const [preview, setPreview] = useState<RatingPreview | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const nextButton = useRef<HTMLDivElement>(null);
  const shortfall = index === 0 && !grade ? (location.state as { shortfall?: string | null } | null)?.shortfall : null;

  const submit = (giveUp = false) => {
    if (grade) return;
    const problem = giveUp ? null : isAnswerReady(question, response);
    if (problem) return setHint(problem);
    const now = clock.now();
    const given: AnswerResponse = giveUp ? (question.type === 'fill' ? { kind: 'fill', text: '' } : { kind: 'choice', selected: [] }) : response!;
    const result = gradeAnswer(question, given, now - active.shownAt);
    const progress = stores.progress.getState().progress;
    const ratings = previewQuestion(progress, question.id, now);
    // Recorded at once (Good when right, Again when wrong), so a reload never loses the answer;
    // Hard or Easy afterwards replaces that rating with the one the learner picks.
    stores.progress.getState().answer({ questionId: question.id, rating: result.correct ? 3 : 1, responseMs: result.responseMs, source: 'p', preview: ratings });
    stores.practice.getState().record(result);
    setPreview(ratings);
    setHint(null);
    window.requestAnimationFrame(() => nextButton.current?.querySelector<HTMLButtonElement>('.button--primary')?.focus());
  };

  const moveOn = (rating?: RatingValue) => {
    if (!grade) return;
    if (rating !== undefined && rating !== 3 && grade.correct && preview) {
      const { undo, answer } = stores.progress.getState();
      if (undo() === question.id) answer({ questionId: question.id, rating, responseMs: grade.responseMs, source: 'p', preview });
    }
    setResponse(null);
    setPreview(null);
    stores.practice.getState().next();
  };

  useQuizKeys({
    onDigit: (digit) => {
      if (grade) {
        if (grade.correct && digit >= 2 && digit <= 4) moveOn(digit as RatingValue);
        return;
      }
      if (question.type === 'fill') return;
      const original = item.optionOrder[digit - 1];
      if (original === undefined) return;
      const selected = response?.kind === 'choice' ? response.selected : [];
      setResponse({ kind: 'choice', selected: toggleSelection(selected, original, question) });
    },
    onEnter: () => (grade ? moveOn() : submit()),
    onSpace: () => (grade ? moveOn() : undefined),
    onEscape: () => (response && !grade ? setLeaving(true) : navigate('/practice')),
  });

  const answered = Object.keys(session.answers).length;
  return (
    <div className="practice-run">
      <div className="practice-run__top">
        <h1 tabIndex={-1} className="practice-run__title">
          Practice <span className="muted">· {active.config.label}</span>
        </h1>
        <ProgressBar value={answered} max={session.items.length} label={`Question ${index + 1} of ${session.items.length}`} />
      </div>
      {shortfall ? <p className="muted" role="status">{shortfall}</p> : null}
      <QuestionView
        key={index}
        focusOnShow={index > 0}
        question={question}
        item={item}
        response={grade ? null : response}
        grade={grade}
        onChange={(next) => {
          setResponse(next);
          setHint(null);
        }}
        heading={
          <>
            <span>
              Question {index + 1} of {session.items.length}
            </span>
            <span>Difficulty {'●'.repeat(question.difficulty)}{'○'.repeat(3 - question.difficulty)}</span>
          </>
        }
      />
      {hint ? (
        <p role="alert" className="error-text">
          {hint}
        </p>
      ) : null}
      {grade ? (
        <>
          <Feedback question={question} grade={grade} />
          <div className="question-actions" ref={nextButton}>
            {preview ? (
              <RatingButtons preview={preview} correct={grade.correct} onRate={(rating) => moveOn(rating)} />
            ) : (
              <button type="button" className="button button--primary" onClick={() => moveOn()}>
                Next question
              </button>
            )}
          </div>
        </>
      ) : (
        <div className="question-actions">
          <button type="button" className="button button--primary" onClick={() => submit()}>
            Submit answer
          </button>
          <button type="button" className="button" onClick={() => submit(true)}>
            I don’t know
          </button>
          <button type="button" className="button" onClick={() => (response ? setLeaving(true) : navigate('/practice'))}>
            Leave
          </button>
        </div>
      )}
      <p className="keyboard-help">
        Keys: <kbd>1</kbd>–<kbd>9</kbd> pick an option, <kbd>Enter</kbd> submits and moves on, <kbd>2</kbd>/<kbd>3</kbd>/<kbd>4</kbd> rate Hard/Good/Easy, <kbd>Esc</kbd> leaves (the session is kept).
      </p>
      <ConfirmDialog
        open={leaving}
        title="Leave this question?"
        confirmLabel="Leave"
        onConfirm={() => navigate('/practice')}
        onCancel={() => setLeaving(false)}
      >
        <p>Your answer to this question has not been submitted and will be lost. The session itself is kept: you can resume it from the Practice page.</p>
      </ConfirmDialog>
    </div>
  );
}
