import { useId, useRef, useState, type FormEvent } from 'react';
import { DEFAULT_EXAM_SIZE, EXAM_MS_PER_QUESTION } from '../../engine/exam/build-exam';
import { formatExamLength } from './format';

/** The real 305-300 exam: 60 questions in 90 minutes. */
const FULL_EXAM_SIZE = 60;

type Length = 'default' | 'full' | 'custom';

export interface StartFormProps {
  /** Questions in the bank (the most a custom exam can have); null while loading. */
  readonly bankSize: number | null;
  readonly onStart: (size: number) => void;
}

/**
 * Reads a custom length.
 * @param text what was typed
 * @param max the bank's size
 * @returns the size, or a message saying what is expected
 */
function readCustomSize(text: string, max: number): { size: number } | { error: string } {
  const trimmed = text.trim();
  const size = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isInteger(size) || size < 1 || size > max) return { error: `Enter a whole number of questions from 1 to ${max}.` };
  return { size };
}

/** Choose the length (20 questions by default, the real 60, or any other) and start. */
export function StartForm({ bankSize, onStart }: StartFormProps) {
  const [length, setLength] = useState<Length>('default');
  const [custom, setCustom] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const customRef = useRef<HTMLInputElement>(null);
  const customId = useId();
  const hintId = useId();
  const errorId = useId();
  const max = bankSize ?? 0;
  const customRead = readCustomSize(custom, Math.max(1, max));
  const fullSize = Math.min(FULL_EXAM_SIZE, max);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (bankSize === null) return;
    if (length === 'default') return onStart(Math.min(DEFAULT_EXAM_SIZE, bankSize));
    if (length === 'full') return onStart(fullSize);
    if ('error' in customRead) {
      setError(customRead.error);
      customRef.current?.focus();
      return;
    }
    onStart(customRead.size);
  };

  return (
    <form className="exam-start" onSubmit={submit} noValidate>
      <fieldset className="exam-start__lengths">
        <legend>Length</legend>
        <label className="exam-start__choice">
          <input type="radio" name="exam-length" checked={length === 'default'} onChange={() => setLength('default')} />
          <span>
            <strong>{DEFAULT_EXAM_SIZE} questions in {formatExamLength(DEFAULT_EXAM_SIZE, EXAM_MS_PER_QUESTION)}</strong>
            <span className="muted"> (default)</span>
          </span>
        </label>
        <label className="exam-start__choice">
          <input type="radio" name="exam-length" checked={length === 'full'} onChange={() => setLength('full')} />
          <span>
            <strong>{FULL_EXAM_SIZE} questions in {formatExamLength(FULL_EXAM_SIZE, EXAM_MS_PER_QUESTION)}</strong>
            <span className="muted"> (the real exam’s length)</span>
          </span>
        </label>
        <label className="exam-start__choice">
          <input type="radio" name="exam-length" checked={length === 'custom'} onChange={() => setLength('custom')} />
          <strong>Custom length</strong>
        </label>
        <div className="exam-start__custom">
          <label htmlFor={customId}>Number of questions</label>
          <input
            ref={customRef}
            id={customId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={5}
            value={custom}
            aria-invalid={error !== null}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setCustom(event.target.value);
              setLength('custom');
              setError(null);
            }}
          />
          {error ? (
            <p id={errorId} className="error-text exam-start__error">
              {error}
            </p>
          ) : null}
          <p id={hintId} className="muted exam-start__hint">
            {bankSize === null
              ? 'Loading the questions…'
              : `From 1 to ${bankSize}, at the same pace: 90 seconds a question${'size' in customRead ? `, so ${customRead.size} take ${formatExamLength(customRead.size, EXAM_MS_PER_QUESTION)}` : ''}.`}
          </p>
        </div>
      </fieldset>
      <button type="submit" className="button button--primary" disabled={bankSize === null}>
        Start the exam
      </button>
    </form>
  );
}
