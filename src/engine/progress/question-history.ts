import type { QuestionId } from '../content/types';
import type { QuestionHistory, QuestionHistoryEntry } from '../quiz/build-session';
import { LOG, type Progress } from './types';
import { logQuestionId } from './cards';

/**
 * How often each question was answered and whether the latest answer was right, from the
 * review log (a rating of 1, Again, is a wrong answer).
 * @param progress the learner's progress
 */
export function buildQuestionHistory(progress: Progress): QuestionHistory {
  const history = new Map<QuestionId, QuestionHistoryEntry>();
  for (const log of progress.logs) {
    const id = logQuestionId(progress, log);
    const previous = history.get(id);
    history.set(id, { seen: (previous?.seen ?? 0) + 1, lastCorrect: log[LOG.rating] !== 1 });
  }
  return history;
}
