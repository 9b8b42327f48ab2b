import type { Question, QuestionId } from '../../engine/content/types';
import type { AnswerResponse } from '../../engine/quiz/grade';
import { createRng, hashSeed } from '../../engine/quiz/rng';
import { isSelectionComplete, requiredSelections } from '../../engine/quiz/selection';
import { createSessionItem, type SessionItem } from '../../engine/quiz/session-item';
import { CARD_STATE, type CardState, type CompactCard, type LogSource, type Progress, type RatingValue } from '../../engine/progress/types';
import type { ReviewQueue } from '../../engine/srs/review-queue';

/** A review session of the due queue, or of the weak-areas selection. */
export type ReviewMode = 'due' | 'weak';

/**
 * Anki's default learn-ahead limit: when nothing else is left, a learning step due within
 * 20 minutes is shown early rather than making the learner wait for it.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Questions in a weak-areas session. */
export const WEAK_SESSION_SIZE = 20;

export const RATING_NAMES: Readonly<Record<RatingValue, string>> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export const STATE_NAMES: Readonly<Record<CardState, string>> = { 0: 'New', 1: 'Learning', 2: 'Review', 3: 'Relearning' };
export const SOURCE_NAMES: Readonly<Record<LogSource, string>> = { p: 'Practice', r: 'Review', e: 'Mock exam' };

/**
 * The next question of a due-queue session, as Anki orders it: due cards (most overdue
 * first, learning steps once their time has come), then today's new questions, then a
 * learning step due within the learn-ahead limit.
 * @param queue today's queue at `now`
 * @param now epoch ms
 */
export function pickNextDue(queue: ReviewQueue, now: number): QuestionId | null {
  const soonest = queue.learningLater[0];
  return queue.due[0] ?? queue.new[0] ?? (soonest !== undefined && soonest.due - now <= LEARN_AHEAD_MS ? soonest.id : null);
}

/**
 * The next question of a weak-areas session: the first of the list not answered yet.
 * @param list the session's questions, in order
 * @param answered questions answered in this session
 */
export function pickNextWeak(list: readonly QuestionId[], answered: readonly QuestionId[]): QuestionId | null {
  const done = new Set(answered);
  return list.find((id) => !done.has(id)) ?? null;
}

/**
 * How the options are shown: shuffled (unless the question keeps its order) with a seed
 * from the question and how often it was reviewed, so a reload shows the same order and
 * the next review a new one.
 * @param question the question
 * @param card its card, if any
 */
export function reviewItem(question: Question, card: CompactCard | undefined): SessionItem {
  return createSessionItem(question, createRng(hashSeed(`${question.id}:${card?.reps ?? 0}`)));
}

/**
 * Why an answer cannot be submitted yet, or null when it can.
 * @param question the question
 * @param response the answer so far
 */
export function answerProblem(question: Question, response: AnswerResponse | null): string | null {
  if (question.type === 'fill') return response?.kind === 'fill' && response.text.trim() ? null : 'Type an answer first, or choose “I don’t know”.';
  const selected = response?.kind === 'choice' ? response.selected : [];
  if (isSelectionComplete(selected, question)) return null;
  return question.type === 'multiple'
    ? `Choose ${requiredSelections(question)} options (${selected.length} chosen).`
    : 'Choose an option first, or choose “I don’t know”.';
}

/**
 * The empty answer given by "I don't know".
 * @param question the question
 */
export function emptyResponse(question: Question): AnswerResponse {
  return question.type === 'fill' ? { kind: 'fill', text: '' } : { kind: 'choice', selected: [] };
}

/**
 * How many of these questions were never answered.
 * @param progress learner progress
 * @param ids the bank's question ids
 */
export function countUnseen(progress: Progress, ids: readonly QuestionId[]): number {
  let count = 0;
  for (const id of ids) {
    const card = Object.hasOwn(progress.cards, id) ? progress.cards[id] : undefined;
    if (card === undefined || card.state === CARD_STATE.new) count += 1;
  }
  return count;
}
