import { render } from '@testing-library/react';
import questions from 'virtual:content/questions';
import { App } from '../../../src/app/App';
import type { Question } from '../../../src/engine/content/types';
import type { AnswerResponse } from '../../../src/engine/quiz/grade';
import { createTestStores } from '../../helpers/render-app';

export const BANK: readonly Question[] = questions;

/** The right response to a question, with original option indexes. */
export function rightResponse(question: Question): AnswerResponse {
  if (question.type === 'fill') return { kind: 'fill', text: question.answers[0]! };
  return { kind: 'choice', selected: question.options.flatMap((option, index) => (option.correct ? [index] : [])) };
}

/** A wrong but non-empty response to a question. */
export function wrongResponse(question: Question): AnswerResponse {
  if (question.type === 'fill') return { kind: 'fill', text: 'certainly-not-this' };
  const wrong = question.options.findIndex((option) => !option.correct);
  return { kind: 'choice', selected: [wrong] };
}

export function findQuestion(id: string): Question {
  return BANK.find((question) => question.id === id)!;
}

/**
 * Starts an exam in fresh test stores, lets `prepare` act on it through the store, and
 * renders the app at `path` (the running exam unless said otherwise).
 */
export function openExam(size: number, prepare: (context: ReturnType<typeof createTestStores>) => void = () => undefined, path = '/exam/run') {
  const context = createTestStores();
  const exam = context.stores.exam.current()!.getState().start(BANK, { size });
  prepare(context);
  const view = render(<App stores={context.stores} initialPath={path} />);
  return { ...context, exam, view };
}
