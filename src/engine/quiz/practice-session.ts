import type { GradeResult } from './grade';
import type { SessionItem } from './session-item';

/**
 * A practice session in progress. Plain data, so the store can persist it as JSON and
 * resume it after a reload; every helper below returns a new object.
 */
export interface PracticeSession {
  readonly id: string;
  readonly seed: number;
  readonly items: readonly SessionItem[];
  /** Graded answers by item index. */
  readonly answers: Readonly<Record<number, GradeResult>>;
  /** Index of the item on screen; equals items.length once the session is over. */
  readonly current: number;
}

/**
 * Start a practice session at its first item.
 * @param id the caller's identifier (the engine makes no ids, having no randomness of its own)
 * @param seed the seed the items were built with, kept to describe the session
 * @param items the items from `buildSession`
 * @returns a session with no answers
 */
export function createPracticeSession(id: string, seed: number, items: readonly SessionItem[]): PracticeSession {
  return { id, seed, items, answers: {}, current: 0 };
}

/**
 * Keep the verdict on one item. The first answer stands: answering again after the
 * feedback and explanation were shown would flatter the score and the history.
 * @param session the session
 * @param index the item answered; a RangeError is thrown when it is not an item
 * @param result the verdict from `gradeAnswer`
 * @returns the session with the answer recorded, or the same session if already answered
 */
export function recordAnswer(session: PracticeSession, index: number, result: GradeResult): PracticeSession {
  const item = session.items[index];
  if (!Number.isInteger(index) || item === undefined) {
    throw new RangeError(`recordAnswer: index ${index} is not an item of session ${session.id}`);
  }
  if (item.questionId !== result.questionId) {
    throw new RangeError(`recordAnswer: item ${index} shows ${item.questionId}, not ${result.questionId}`);
  }
  if (session.answers[index] !== undefined) return session;
  return { ...session, answers: { ...session.answers, [index]: result } };
}

/**
 * Move to the next item; an unanswered item is simply skipped.
 * @param session the session
 * @returns the session one item further on, stopping at items.length (the end)
 */
export function advance(session: PracticeSession): PracticeSession {
  if (isFinished(session)) return session;
  return { ...session, current: session.current + 1 };
}

/**
 * Whether the learner has moved past the last item.
 * @param session the session
 * @returns true once `current` has reached the number of items
 */
export function isFinished(session: PracticeSession): boolean {
  return session.current >= session.items.length;
}

/**
 * The recorded verdicts in item order, ready for `summarizeSession`.
 * @param session the session
 * @returns the answered items' results; skipped items are left out
 */
export function listSessionResults(session: PracticeSession): GradeResult[] {
  return session.items.flatMap((_, index) => {
    const result = session.answers[index];
    return result === undefined ? [] : [result];
  });
}
