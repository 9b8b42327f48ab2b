import { useEffect, useId, useRef } from 'react';

export interface SubmitDialogProps {
  /** Item indexes without an answer, ascending. */
  readonly unanswered: readonly number[];
  /** Item indexes still flagged, ascending. */
  readonly flagged: readonly number[];
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  /** Go to a question (the dialog closes). */
  readonly onJump: (index: number) => void;
}

function QuestionButtons({ indexes, onJump }: { indexes: readonly number[]; onJump: (index: number) => void }) {
  return (
    <ul className="exam-dialog__questions">
      {indexes.map((index) => (
        <li key={index}>
          <button type="button" className="button" onClick={() => onJump(index)}>
            Question {index + 1}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The last check before submitting: lists unanswered and flagged questions (each a way back
 * to it). A modal <dialog>: focus stays inside, Escape keeps working, and focus returns to
 * where it was when the dialog closes.
 */
export function SubmitDialog({ unanswered, flagged, onSubmit, onCancel, onJump }: SubmitDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const blanks = unanswered.length;

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog === null) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="exam-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="exam-dialog__title">
        {blanks === 0 ? 'Submit your exam?' : `${blanks === 1 ? '1 question is' : `${blanks} questions are`} unanswered`}
      </h2>
      {blanks > 0 ? (
        <>
          <p>An unanswered question counts as wrong. Go back to one:</p>
          <QuestionButtons indexes={unanswered} onJump={onJump} />
        </>
      ) : (
        <p>Every question has an answer.</p>
      )}
      {flagged.length > 0 ? (
        <>
          <p>Still flagged for review:</p>
          <QuestionButtons indexes={flagged} onJump={onJump} />
        </>
      ) : null}
      <p>After submitting you cannot change your answers.</p>
      <div className="exam-dialog__actions">
        <button type="button" className="button button--primary" onClick={onSubmit}>
          {blanks > 0 ? 'Submit anyway' : 'Submit exam'}
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          Keep working
        </button>
      </div>
    </dialog>
  );
}
