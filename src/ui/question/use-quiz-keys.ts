import { useEffect, useLayoutEffect, useRef } from 'react';

export interface QuizKeyHandlers {
  /** Keys 1-9: the displayed option number (1-based). */
  readonly onDigit?: (digit: number) => void;
  /** Enter anywhere except on a button or link (those act on Enter themselves). */
  readonly onEnter?: () => void;
  readonly onEscape?: () => void;
  /** Ctrl+Z / Cmd+Z outside text fields. */
  readonly onUndo?: () => void;
  /** Space outside buttons and text fields. */
  readonly onSpace?: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes((target as HTMLInputElement).type)));
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY');
}

/**
 * The keyboard of a quiz, as in Anki: digits pick options, Enter submits and moves on,
 * Escape leaves, Ctrl+Z undoes (in an empty text box too). Typing in a text box types; buttons keep their own keys.
 * @param handlers what each key does; the latest handlers are always used
 */
export function useQuizKeys(handlers: QuizKeyHandlers): void {
  const latest = useRef(handlers);
  // Updated after each render (before any key can arrive), so the listener needs no re-binding.
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const current = latest.current;
      const text = isTextField(event.target);
      // Ctrl+Z undoes the last answer, except where it would undo typing in a text box.
      const emptyField = text && (event.target as HTMLInputElement).value === '';
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && (!text || emptyField) && current.onUndo) {
        event.preventDefault();
        current.onUndo();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape' && current.onEscape) {
        event.preventDefault();
        current.onEscape();
      } else if (event.key === 'Enter' && !isActivatable(event.target) && current.onEnter) {
        event.preventDefault();
        current.onEnter();
      } else if (event.key === ' ' && !text && !isActivatable(event.target) && !(event.target instanceof HTMLInputElement) && current.onSpace) {
        event.preventDefault();
        current.onSpace();
      } else if (/^[1-9]$/.test(event.key) && !text && current.onDigit) {
        event.preventDefault();
        current.onDigit(Number(event.key));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
