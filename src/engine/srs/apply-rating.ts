import type { QuestionId } from '../content/types';
import { cardOf, internQuestionId, logQuestionId } from '../progress/cards';
import {
  CARD_STATE,
  LOG,
  RATING,
  UNDO_LIMIT,
  type CompactCard,
  type LogSource,
  type Progress,
  type RatingValue,
  type ReviewLogEntry,
} from '../progress/types';
import { schedulerFor, toReviewTime, type RatingPreview } from './scheduler';

/**
 * The rating an answer earns: a wrong answer is always Again; a right one is what the
 * learner chose (Hard when it was a struggle, Easy when trivial), Good if they did not choose.
 * @param correct whether the answer was right
 * @param chosen the learner's rating for a right answer; default Good
 */
export function ratingFromAnswer(correct: boolean, chosen?: RatingValue): RatingValue {
  if (!correct) return RATING.again;
  return chosen ?? RATING.good;
}

/**
 * Previews the four ratings for one question with the learner's settings.
 * @param progress current progress
 * @param questionId the question
 * @param now epoch ms
 */
export function previewQuestion(progress: Progress, questionId: QuestionId, now: number): RatingPreview {
  return schedulerFor(progress.settings).previewRatings(cardOf(progress, questionId), now);
}

function sameCard(a: CompactCard | undefined, b: CompactCard | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return (
    a.due === b.due &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state &&
    a.learningSteps === b.learningSteps &&
    a.lastReview === b.lastReview
  );
}

function sanitizeResponseMs(responseMs: number): number {
  return Number.isFinite(responseMs) ? Math.max(0, Math.round(responseMs)) : 0;
}

function commitReview(
  progress: Progress,
  questionId: QuestionId,
  after: CompactCard,
  rating: RatingValue,
  reviewedAt: number,
  responseMs: number,
  source: LogSource,
): Progress {
  const before = cardOf(progress, questionId);
  const { ids, index } = internQuestionId(progress.logQuestionIds, questionId);
  const entry: ReviewLogEntry = [
    index,
    rating,
    reviewedAt,
    sanitizeResponseMs(responseMs),
    before?.state ?? CARD_STATE.new,
    after.state,
    source,
  ];
  const undo = [...progress.undo.slice(-(UNDO_LIMIT - 1)), { questionId, cardBefore: before ?? null, reviewedAt }];
  return {
    ...progress,
    updatedAt: Math.max(progress.updatedAt, reviewedAt),
    cards: { ...progress.cards, [questionId]: after },
    logQuestionIds: ids,
    logs: [...progress.logs, entry],
    undo,
  };
}

/**
 * Applies a rating using a preview the learner saw, so the state change is exactly what the
 * button said. If the card changed since the preview (another tab, an import), the rating is
 * recomputed for the preview's time instead of applying a stale result.
 * @param progress current progress (not modified)
 * @param questionId the question reviewed
 * @param preview from `previewQuestion` / `Scheduler.previewRatings` for this question
 * @param rating the chosen rating
 * @param responseMs time the learner took to answer
 * @param source where the answer was given
 */
export function applyPreview(
  progress: Progress,
  questionId: QuestionId,
  preview: RatingPreview,
  rating: RatingValue,
  responseMs: number,
  source: LogSource,
): Progress {
  const current = cardOf(progress, questionId);
  const after = sameCard(current, preview.before)
    ? preview.options[rating].card
    : schedulerFor(progress.settings).review(current, preview.reviewedAt, rating);
  return commitReview(progress, questionId, after, rating, preview.reviewedAt, responseMs, source);
}

/**
 * Records one answer: schedules the card with FSRS, appends one log and one undo step.
 * Only that question's card changes; the input is not modified.
 * @param progress current progress
 * @param questionId the question answered (need not be in the current bank)
 * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy (see `ratingFromAnswer`)
 * @param now review time, epoch ms (kept to whole seconds)
 * @param responseMs time the learner took to answer (rounded, negative becomes 0)
 * @param source 'p' practice, 'r' review, 'e' exam
 */
export function applyRating(
  progress: Progress,
  questionId: QuestionId,
  rating: RatingValue,
  now: number,
  responseMs: number,
  source: LogSource,
): Progress {
  const reviewedAt = toReviewTime(now);
  const after = schedulerFor(progress.settings).review(cardOf(progress, questionId), reviewedAt, rating);
  return commitReview(progress, questionId, after, rating, reviewedAt, responseMs, source);
}

/** What `undoLast` reversed. */
export interface UndoResult {
  readonly progress: Progress;
  readonly questionId: QuestionId;
  readonly rating: RatingValue;
}

/**
 * Reverses the most recent rating: restores the card saved in the undo record (or removes it
 * when the question was new) and drops the log entry. Refuses (null) when there is nothing
 * to undo or the last log is not the one the undo record describes (e.g. after a merge).
 * @param progress current progress (not modified)
 * @returns the progress before the rating, or null
 */
export function undoLast(progress: Progress): UndoResult | null {
  const step = progress.undo.at(-1);
  const last = progress.logs.at(-1);
  if (step === undefined || last === undefined) return null;
  if (logQuestionId(progress, last) !== step.questionId || last[LOG.reviewedAt] !== step.reviewedAt) return null;
  // A computed key in a literal defines the property, so no id can reach a prototype.
  const cards = step.cardBefore === null ? { ...progress.cards } : { ...progress.cards, [step.questionId]: step.cardBefore };
  if (step.cardBefore === null) delete cards[step.questionId];
  return {
    progress: { ...progress, cards, logs: progress.logs.slice(0, -1), undo: progress.undo.slice(0, -1) },
    questionId: step.questionId,
    rating: last[LOG.rating],
  };
}
