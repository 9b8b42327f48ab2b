import { useEffect, useLayoutEffect, useRef } from 'react';

export interface ExamKeyHandlers {
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onFlag: () => void;
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes((target as HTMLInputElement).type);
}

/**
 * The exam's own keys, on top of useQuizKeys (1-9 and Enter): ← and → for the previous and
 * next question, F to flag. Arrows are left alone on any form control (they move between
 * radio buttons there), F only in text boxes, where it is typed.
 * @param handlers what the keys do; the latest handlers are always used
 * @param enabled false while a dialog is open
 */
export function useExamKeys(handlers: ExamKeyHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const onControl = event.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName);
      if (event.key === 'ArrowLeft' && !onControl) latest.current.onPrevious();
      else if (event.key === 'ArrowRight' && !onControl) latest.current.onNext();
      else if (event.key.toLowerCase() === 'f' && !isTextField(event.target)) latest.current.onFlag();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
