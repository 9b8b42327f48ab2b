import { useState, type KeyboardEvent } from 'react';

/** The prompt's text, and the up and down arrows walking the command history like a shell. */
export interface CommandHistory {
  readonly draft: string;
  setDraft: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** Empties the prompt and returns to the newest end of the history. */
  reset: () => void;
}

/**
 * Up shows the previous command, Down the next one, and Down past the newest brings back what
 * was being typed before walking.
 * @param history commands typed, oldest first
 */
export function useCommandHistory(history: readonly string[]): CommandHistory {
  const [draft, setDraftText] = useState('');
  const [cursor, setCursor] = useState<number | null>(null);
  const [typed, setTyped] = useState('');

  const show = (index: number) => {
    setCursor(index);
    setDraftText(history[index] ?? '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp') {
      if (history.length === 0) return;
      event.preventDefault();
      if (cursor === null) setTyped(draft);
      show(cursor === null ? history.length - 1 : Math.max(0, cursor - 1));
    } else if (event.key === 'ArrowDown') {
      if (cursor === null) return;
      event.preventDefault();
      if (cursor + 1 < history.length) show(cursor + 1);
      else {
        setCursor(null);
        setDraftText(typed);
      }
    }
  };

  return {
    draft,
    setDraft: (text) => {
      setDraftText(text);
      setCursor(null);
    },
    onKeyDown,
    reset: () => {
      setDraftText('');
      setCursor(null);
      setTyped('');
    },
  };
}
