import { useEffect, useState } from 'react';
import type { Question } from '../engine/content/types';
import { indexQuestions } from '../engine/quiz/question-bank';
import { loadQuestionBank } from './content';

export interface LoadedBank {
  readonly questions: readonly Question[];
  readonly byId: ReturnType<typeof indexQuestions>;
}

export type BankState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly bank: LoadedBank } | { readonly status: 'error'; readonly message: string };

let cached: Promise<LoadedBank> | null = null;

/** Loads the question bank once per page load (its own chunk) and indexes it by id. */
export function getQuestionBank(): Promise<LoadedBank> {
  cached ??= loadQuestionBank().then((questions) => ({ questions, byId: indexQuestions(questions) }));
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

/** The question bank for a view: loading, ready, or a message when it could not be loaded. */
export function useQuestionBank(): BankState {
  const [state, setState] = useState<BankState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    getQuestionBank().then(
      (bank) => !cancelled && setState({ status: 'ready', bank }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
