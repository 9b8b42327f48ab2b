import type { Question, QuestionId } from '../content/types';
import { shuffle, type Rng } from './rng';

/**
 * One question as it is shown in a session or exam. `optionOrder[p]` is the original index
 * of the option displayed at position p; answers are always stored as original indexes,
 * so the display order never leaks into grading.
 */
export interface SessionItem {
  readonly questionId: QuestionId;
  readonly optionOrder: readonly number[];
}

/**
 * Decide the display order of a question's options.
 * @param question the question; fill questions have no options, and choice questions with
 *   `fixedOrder` keep their written order (neither draws from the generator)
 * @param rng the generator used to shuffle the other choice questions
 * @returns original option indexes in display order (empty for fill questions)
 */
export function buildOptionOrder(question: Question, rng: Rng): number[] {
  if (question.type === 'fill') return [];
  const identity = question.options.map((_, index) => index);
  return question.fixedOrder ? identity : shuffle(identity, rng);
}

/**
 * Pair a question with its option display order.
 * @param question the question to show
 * @param rng the generator used for the option order
 * @returns the session item
 */
export function createSessionItem(question: Question, rng: Rng): SessionItem {
  return { questionId: question.id, optionOrder: buildOptionOrder(question, rng) };
}

/**
 * Translate a displayed position (e.g. key 3 is position 2) into the original option index.
 * @param item the session item whose options are on screen
 * @param position zero-based display position
 * @returns the original option index, or null when no option is shown at that position
 */
export function toOriginalOptionIndex(item: SessionItem, position: number): number | null {
  return item.optionOrder[position] ?? null;
}
