import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { ChoiceQuestion, FillQuestion, Question } from '../../engine/content/types';
import type { AnswerResponse, GradeResult } from '../../engine/quiz/grade';
import { requiredSelections, toggleSelection } from '../../engine/quiz/selection';
import { statedChoiceCount } from '../../engine/content/choice-count';
import type { SessionItem } from '../../engine/quiz/session-item';
import { Markdown } from '../Markdown';
import { InlineMarkdown } from '../InlineMarkdown';

export interface QuestionViewProps {
  readonly question: Question;
  readonly item: SessionItem;
  /** The answer so far (controlled); null before any input. */
  readonly response: AnswerResponse | null;
  readonly onChange: (response: AnswerResponse) => void;
  /** When set, the answer is locked and marked right or wrong. */
  readonly grade?: GradeResult | null;
  /** Shown above the prompt, e.g. "Question 3 of 10". */
  readonly heading: ReactNode;
  /** Id for the fill-in text box, so a page can focus it. */
  readonly inputId?: string;
  /**
   * When the question appears (the view is keyed per question), bring it into view and move
   * focus to it (the text box of a fill-in question), so the learner starts at the prompt.
   */
  readonly focusOnShow?: boolean;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

function optionState(index: number, grade: GradeResult | null | undefined, selected: readonly number[]) {
  if (!grade || grade.details.kind !== 'choice') return selected.includes(index) ? 'selected' : 'idle';
  const correct = grade.details.correctOptions.includes(index);
  const picked = grade.details.selected.includes(index);
  if (correct && picked) return 'right';
  if (correct) return 'missed';
  if (picked) return 'wrong';
  return 'idle';
}

const STATE_LABELS: Readonly<Record<string, string>> = {
  right: '✓ Correct, your pick',
  missed: '✓ Correct answer (not picked)',
  wrong: '✗ Your pick, wrong',
};

function ChoiceOptions({ question, item, response, onChange, grade, promptId }: Omit<QuestionViewProps, 'heading' | 'question'> & { question: ChoiceQuestion; promptId: string }) {
  const name = useId();
  // Once graded, the marks show what was submitted, whatever the caller still holds.
  const selected = grade?.details.kind === 'choice' ? grade.details.selected : response?.kind === 'choice' ? response.selected : [];
  const multiple = question.type === 'multiple';
  const locked = Boolean(grade);
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={promptId} className="options">
      {item.optionOrder.map((original, position) => {
        const option = question.options[original]!;
        const state = optionState(original, grade, selected);
        return (
          <label key={original} className={`option option--${state}`}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={selected.includes(original)}
              disabled={locked}
              onChange={() => onChange({ kind: 'choice', selected: toggleSelection(selected, original, question) })}
            />
            <span className="option__key" aria-hidden="true">
              {position + 1}
            </span>
            <span className="option__text">
              <InlineMarkdown text={option.text} />
              {STATE_LABELS[state] ? <span className="option__verdict">{STATE_LABELS[state]}</span> : null}
            </span>
          </label>
        );
      })}
    </div>
  );
}

function FillInput({ question, response, onChange, grade, inputId }: Omit<QuestionViewProps, 'heading' | 'question' | 'item'> & { question: FillQuestion }) {
  const fallbackId = useId();
  const id = inputId ?? fallbackId;
  const hintId = `${id}-hint`;
  const text = grade?.details.kind === 'fill' ? grade.details.given : response?.kind === 'fill' ? response.text : '';
  const verdict = grade ? (grade.correct ? 'right' : 'wrong') : 'idle';
  return (
    <div className={`fill fill--${verdict}`}>
      <label htmlFor={id}>Your answer</label>
      <input
        id={id}
        type="text"
        value={text}
        maxLength={300}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        readOnly={Boolean(grade)}
        aria-describedby={hintId}
        onChange={(event) => onChange({ kind: 'fill', text: event.target.value })}
      />
      <p id={hintId} className="fill__hint">
        {question.caseSensitive ? 'Type it exactly: case matters, as on a Linux command line.' : 'Case does not matter.'}
      </p>
      {grade ? (
        <p className="fill__accepted">
          {grade.correct ? '✓ Accepted.' : '✗ Not accepted.'} {question.answers.length > 1 ? 'Accepted answers: ' : 'Accepted answer: '}
          {question.answers.map((answer, index) => (
            <span key={answer}>
              {index > 0 ? ', ' : ''}
              <code>{answer}</code>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** How many options to pick, said the way the exam says it. */
export function choiceInstruction(question: Question): string | null {
  if (question.type === 'single') return 'Choose one.';
  if (question.type === 'multiple') {
    // The exam's own wording ("Choose TWO.") is in most prompts already; do not say it twice.
    if (statedChoiceCount(question.prompt) !== null) return null;
    const count = requiredSelections(question);
    return `Choose ${(COUNT_WORDS[count] ?? String(count)).toUpperCase()}.`;
  }
  return 'Type the answer.';
}

/** One question in any of the exam's three formats, before and after grading. */
export function QuestionView(props: QuestionViewProps) {
  const { question, heading, focusOnShow = false } = props;
  const promptId = useId();
  const instruction = choiceInstruction(question);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = section.current;
    if (!focusOnShow || !element) return;
    if (element.getBoundingClientRect().top < 0) element.scrollIntoView({ block: 'start', behavior: 'instant' });
    const target = element.querySelector<HTMLElement>('input[type="text"]') ?? element;
    target.focus({ preventScroll: true });
    // Only when the question first appears: the view is keyed per question.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <section className="question" aria-labelledby={promptId} ref={section} tabIndex={-1}>
      <div className="question__heading">{heading}</div>
      <div id={promptId} className="question__prompt">
        <Markdown>{question.prompt}</Markdown>
        {instruction ? <p className="question__instruction">{instruction}</p> : null}
      </div>
      {question.type === 'fill' ? <FillInput {...props} question={question} /> : <ChoiceOptions {...props} question={question} promptId={promptId} />}
    </section>
  );
}
