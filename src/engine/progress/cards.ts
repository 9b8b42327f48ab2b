import type { QuestionId } from '../content/types';
import { LOG, type CompactCard, type Progress, type ReviewLogEntry } from './types';

/**
 * The card of a question, or undefined when it was never answered. Reads own properties
 * only, so an id such as "constructor" never finds something on Object.prototype.
 * @param progress learner progress
 * @param questionId the question
 */
export function cardOf(progress: Progress, questionId: string): CompactCard | undefined {
  return Object.hasOwn(progress.cards, questionId) ? progress.cards[questionId] : undefined;
}

/**
 * The question a log entry is about.
 * @param progress the progress the entry belongs to
 * @param entry one of `progress.logs`
 */
export function logQuestionId(progress: Progress, entry: ReviewLogEntry): QuestionId {
  return progress.logQuestionIds[entry[LOG.questionIndex]] as QuestionId;
}

/**
 * The index of a question in the log id table, adding it at the end when it is not there.
 * @param ids the current table (not modified)
 * @param questionId the question
 * @returns the table to use from now on (the same array if unchanged) and the index
 */
export function internQuestionId(ids: readonly QuestionId[], questionId: QuestionId): { ids: readonly QuestionId[]; index: number } {
  const index = ids.indexOf(questionId);
  return index >= 0 ? { ids, index } : { ids: [...ids, questionId], index: ids.length };
}
