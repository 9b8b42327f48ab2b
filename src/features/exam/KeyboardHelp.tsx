import { useId } from 'react';

/** The exam's keyboard shortcuts, shown on the start page and under the running exam. */
export function KeyboardHelp({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = useId();
  return (
    <section className="exam-keys" aria-labelledby={titleId}>
      <Heading id={titleId} className="exam-keys__title">
        Keyboard shortcuts
      </Heading>
      <dl className="exam-keys__list">
        <div>
          <dt>
            <kbd>1</kbd>–<kbd>9</kbd>
          </dt>
          <dd>pick or unpick an option</dd>
        </div>
        <div>
          <dt>
            <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>previous or next question (when the focus is not on an answer)</dd>
        </div>
        <div>
          <dt>
            <kbd>Enter</kbd>
          </dt>
          <dd>next question; on the last one, review and submit</dd>
        </div>
        <div>
          <dt>
            <kbd>F</kbd>
          </dt>
          <dd>flag or unflag the question for review</dd>
        </div>
      </dl>
    </section>
  );
}
