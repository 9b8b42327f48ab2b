import type { QuestionId } from '../content/types';
import {
  CARD_STATE,
  type CompactCard,
  type LogSource,
  type RatingValue,
  type ReviewLogEntry,
  type StudySettings,
} from '../progress/types';
import { schedulerFor, toReviewTime } from './scheduler';

/** One past answer to feed through the scheduler. */
export interface ReplayAnswer {
  readonly questionId: QuestionId;
  readonly rating: RatingValue;
  /** Epoch ms. */
  readonly reviewedAt: number;
  readonly responseMs: number;
  readonly source: LogSource;
}

/** Cards and logs rebuilt from a history of answers. */
export interface ReplayResult {
  readonly cards: Record<string, CompactCard>;
  readonly logQuestionIds: QuestionId[];
  readonly logs: ReviewLogEntry[];
}

/**
 * Rebuilds FSRS cards and logs from past answers, oldest first (ties keep input order), as
 * if each had been rated when it was given. Used by migrations from versions without cards.
 * @param settings scheduler settings to replay with
 * @param answers past answers in any order
 */
export function replayAnswers(settings: StudySettings, answers: readonly ReplayAnswer[]): ReplayResult {
  const scheduler = schedulerFor(settings);
  const ordered = [...answers].sort((a, b) => a.reviewedAt - b.reviewedAt);
  const cards = new Map<string, CompactCard>();
  const indexById = new Map<QuestionId, number>();
  const logs: ReviewLogEntry[] = [];
  for (const answer of ordered) {
    const reviewedAt = toReviewTime(answer.reviewedAt);
    const before = cards.get(answer.questionId);
    const after = scheduler.review(before, reviewedAt, answer.rating);
    cards.set(answer.questionId, after);
    const index = indexById.get(answer.questionId) ?? indexById.size;
    indexById.set(answer.questionId, index);
    logs.push([index, answer.rating, reviewedAt, answer.responseMs, before?.state ?? CARD_STATE.new, after.state, answer.source]);
  }
  // fromEntries defines properties, so even a "__proto__" id cannot touch a prototype.
  return { cards: Object.fromEntries(cards), logQuestionIds: [...indexById.keys()], logs };
}
