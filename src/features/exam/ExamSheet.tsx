import { useEffect, useRef, useState } from 'react';
import type { ExamState } from '../../engine/exam/exam-state';
import { unansweredIndexes } from '../../engine/exam/exam-state';
import type { AnswerResponse } from '../../engine/quiz/grade';
import { requiredSelections, toggleSelection } from '../../engine/quiz/selection';
import type { LoadedBank } from '../../lib/use-question-bank';
import { useExamStore, useExamStoreApi } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { QuestionView } from '../../ui/question/QuestionView';
import { useQuizKeys } from '../../ui/question/use-quiz-keys';
import { ExamTimer } from './ExamTimer';
import { KeyboardHelp } from './KeyboardHelp';
import { QuestionMap } from './QuestionMap';
import { SubmitDialog } from './SubmitDialog';
import { useExamKeys } from './use-exam-keys';

export interface ExamSheetProps {
  readonly exam: ExamState;
  readonly bank: LoadedBank;
  readonly onSubmit: () => void;
  /** Called when the clock reaches zero: the exam is handed in as it stands. */
  readonly onExpire: () => void;
}

/** The running exam. No verdicts here: nothing is graded before submission. */
export function ExamSheet({ exam, bank, onSubmit, onExpire }: ExamSheetProps) {
  const actions = useExamStoreApi().getState();
  const notice = useExamStore((state) => state.notice);
  const [confirming, setConfirming] = useState(false);
  const index = exam.current;
  const item = exam.items[index]!;
  const question = bank.byId.get(item.questionId);
  const response = exam.answers[index] ?? null;
  const flagged = exam.flagged.includes(index);
  const last = index === exam.items.length - 1;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownIndex = useRef(index);

  // A new question moves focus to its heading, so a screen reader starts reading it there.
  const [tooMany, setTooMany] = useState<string | null>(null);
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    setTooMany(null);
    headingRef.current?.focus();
  }, [index]);

  const answer = (next: AnswerResponse | null) => {
    // As in the exam's own software: no more picks than the question asks for.
    if (next?.kind === 'choice' && question?.type === 'multiple' && next.selected.length > requiredSelections(question)) {
      setTooMany(`This question asks for ${requiredSelections(question)} answers. Unpick one before choosing another.`);
      return;
    }
    setTooMany(null);
    actions.answer(index, next);
  };
  const pickByNumber = (digit: number) => {
    const original = item.optionOrder[digit - 1];
    if (question === undefined || question.type === 'fill' || original === undefined) return;
    const selected = response?.kind === 'choice' ? response.selected : [];
    answer({ kind: 'choice', selected: toggleSelection(selected, original, question) });
  };
  const moveOn = () => (last ? setConfirming(true) : actions.next());
  const toggleFlag = () => actions.toggleFlag(index);
  useQuizKeys(confirming ? {} : { onDigit: pickByNumber, onEnter: moveOn });
  useExamKeys({ onPrevious: actions.previous, onNext: actions.next, onFlag: toggleFlag }, !confirming);

  const heading = (
    <>
      <h2 ref={headingRef} tabIndex={-1} className="exam-run__question-title">
        Question {index + 1} of {exam.items.length}
      </h2>
      {flagged ? <span className="badge badge--warn">⚑ Flagged for review</span> : null}
    </>
  );
  return (
    <div className="exam-page exam-run">
      <header className="exam-run__bar">
        <div>
          <p className="eyebrow">Mock exam · objective 351.1</p>
          <h1 tabIndex={-1} className="exam-run__title">
            Exam in progress
          </h1>
        </div>
        <ExamTimer deadline={exam.startedAt + exam.durationMs} onExpire={onExpire} />
      </header>
      {notice ? (
        <Banner tone="warning" title="Saving problem" actions={<button type="button" className="button" onClick={actions.dismissNotice}>Dismiss</button>}>
          <p>{notice}</p>
        </Banner>
      ) : null}
      <div className="exam-run__layout">
        <div className="exam-run__main">
          {question ? (
            <>
              <QuestionView key={index} question={question} item={item} response={response} onChange={answer} heading={heading} inputId="exam-fill-answer" />
              <p role="status" className="error-text">
                {tooMany}
              </p>
            </>
          ) : (
            <section className="question">
              <div className="question__heading">{heading}</div>
              <Banner tone="warning" title="This question is no longer in the bank">
                <p>The questions were updated since this exam started. It will be left out of the score.</p>
              </Banner>
            </section>
          )}
          <div className="question-actions exam-run__actions">
            <button type="button" className="button" onClick={actions.previous} disabled={index === 0} aria-keyshortcuts="ArrowLeft">
              <span aria-hidden="true">←</span> Previous
            </button>
            <button type="button" className="button exam-run__flag" aria-pressed={flagged} onClick={toggleFlag} aria-keyshortcuts="F">
              <span aria-hidden="true">{flagged ? '⚑' : '⚐'}</span> Flag for review
            </button>
            {last ? null : (
              <button type="button" className="button button--primary" onClick={actions.next} aria-keyshortcuts="ArrowRight Enter">
                Next <span aria-hidden="true">→</span>
              </button>
            )}
            <button type="button" className={last ? 'button button--primary exam-run__submit' : 'button exam-run__submit'} onClick={() => setConfirming(true)}>
              Submit exam…
            </button>
          </div>
        </div>
        <aside className="exam-run__side" aria-label="Exam overview">
          <QuestionMap exam={exam} onJump={actions.goTo} />
          <KeyboardHelp />
        </aside>
      </div>
      {confirming ? (
        <SubmitDialog
          unanswered={unansweredIndexes(exam)}
          flagged={exam.flagged}
          onSubmit={onSubmit}
          onCancel={() => setConfirming(false)}
          onJump={(target) => {
            setConfirming(false);
            actions.goTo(target);
          }}
        />
      ) : null}
    </div>
  );
}
