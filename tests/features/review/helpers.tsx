import { render } from '@testing-library/react';
import questions from 'virtual:content/questions';
import { App } from '../../../src/app/App';
import type { ChoiceQuestion, Question, QuestionId } from '../../../src/engine/content/types';
import { createEmptyProgress, updateSettings } from '../../../src/engine/progress/create';
import type { Progress, RatingValue, StudySettings } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import { reviewItem } from '../../../src/features/review/review-session';
import { createTestStores, TEST_NOW } from '../../helpers/render-app';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const bank: readonly Question[] = questions;

/** The first single-answer questions of the bank, in bank order. */
export const singles = questions.filter((question): question is ChoiceQuestion => question.type === 'single' && !question.fixedOrder);

/** A learner who has answered nothing, with some settings changed. */
export function freshProgress(settings: Partial<StudySettings> = {}): Progress {
  return updateSettings(createEmptyProgress(TEST_NOW - 30 * DAY), settings, TEST_NOW - 30 * DAY);
}

/** Applies answers given in review at these times. */
export function answered(progress: Progress, id: QuestionId, steps: readonly (readonly [RatingValue, number])[]): Progress {
  return steps.reduce((current, [rating, at]) => applyRating(current, id, rating, at, 4000, 'r'), progress);
}

/** A question in the Review state whose review is overdue at TEST_NOW. */
export function overdue(progress: Progress, id: QuestionId): Progress {
  return answered(progress, id, [
    [3, TEST_NOW - 20 * DAY],
    [3, TEST_NOW - 20 * DAY + 10 * MINUTE],
  ]);
}

/** Opens the app at a path with this progress in place. */
export function openWith(path: string, progress: Progress) {
  const context = createTestStores();
  context.stores.progress.getState().replaceProgress(progress);
  const view = render(<App stores={context.stores} initialPath={path} />);
  return { ...context, view };
}

/** The option key (1-based) that picks option `original` of a question as a review shows it. */
export function keyFor(question: ChoiceQuestion, progress: Progress, original: number): string {
  const card = Object.hasOwn(progress.cards, question.id) ? progress.cards[question.id] : undefined;
  return String(reviewItem(question, card).optionOrder.indexOf(original) + 1);
}

export function correctIndex(question: ChoiceQuestion): number {
  return question.options.findIndex((option) => option.correct);
}

export function wrongIndex(question: ChoiceQuestion): number {
  return question.options.findIndex((option) => !option.correct);
}
