import { useId } from 'react';
import type { ExamState } from '../../engine/exam/exam-state';

export interface QuestionMapProps {
  readonly exam: ExamState;
  readonly onJump: (index: number) => void;
}

function describe(answered: boolean, flagged: boolean): string {
  return `${answered ? 'answered' : 'unanswered'}${flagged ? ', flagged for review' : ''}`;
}

/**
 * Every question as a button that jumps to it. The state is in each button's name and in
 * its look (filled with a tick when answered, a flag mark when flagged), never colour alone.
 */
export function QuestionMap({ exam, onJump }: QuestionMapProps) {
  const headingId = useId();
  const answeredCount = Object.keys(exam.answers).length;
  return (
    <nav className="exam-map" aria-labelledby={headingId}>
      <h2 id={headingId} className="exam-map__title">
        Question map
      </h2>
      <p className="exam-map__summary">
        Answered {answeredCount} of {exam.items.length}
        {exam.flagged.length > 0 ? ` · Flagged ${exam.flagged.length}` : ''}
      </p>
      <ol className="exam-map__grid">
        {exam.items.map((item, index) => {
          const answered = exam.answers[index] !== undefined;
          const flagged = exam.flagged.includes(index);
          const classes = ['exam-map__button', answered ? 'exam-map__button--answered' : '', flagged ? 'exam-map__button--flagged' : ''];
          return (
            <li key={item.questionId}>
              <button
                type="button"
                className={classes.filter(Boolean).join(' ')}
                aria-label={`Question ${index + 1}, ${describe(answered, flagged)}`}
                aria-current={index === exam.current ? 'step' : undefined}
                onClick={() => onJump(index)}
              >
                <span aria-hidden="true">{index + 1}</span>
                {answered ? (
                  <span className="exam-map__tick" aria-hidden="true">
                    ✓
                  </span>
                ) : null}
                {flagged ? (
                  <span className="exam-map__flag" aria-hidden="true">
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="exam-map__legend" aria-label="Legend">
        <li>
          <span className="exam-map__swatch exam-map__swatch--answered" aria-hidden="true">
            ✓
          </span>
          Answered
        </li>
        <li>
          <span className="exam-map__swatch" aria-hidden="true" />
          Unanswered
        </li>
        <li>
          <span className="exam-map__swatch exam-map__swatch--flag" aria-hidden="true">
            ⚑
          </span>
          Flagged
        </li>
        <li>
          <span className="exam-map__swatch exam-map__swatch--current" aria-hidden="true" />
          Current
        </li>
      </ul>
    </nav>
  );
}
