import type { QuestionId } from '../content/types';
import { cardOf } from '../progress/cards';
import {
  DEFAULT_SETTINGS,
  LOG,
  type CardState,
  type CompactCard,
  type LogSource,
  type Progress,
  type RatingValue,
} from '../progress/types';
import { LEECH_LAPSES } from './bank';
import { schedulerFor } from './scheduler';

/**
 * Probability of recall of a card at a moment (FSRS forgetting curve over whole elapsed
 * days, as ts-fsrs computes it); 0 for a question never answered. The curve depends only on
 * the FSRS weights, which the app does not personalise, not on the learner's settings.
 * @param card the card, or undefined for an unseen question
 * @param now epoch ms
 */
export function retrievability(card: CompactCard | undefined, now: number): number {
  return schedulerFor(DEFAULT_SETTINGS).retrievability(card, now);
}

/**
 * Whether a card keeps being forgotten (LEECH_LAPSES = 8 lapses or more).
 * @param card the card, or undefined
 */
export function isLeech(card: CompactCard | undefined): boolean {
  return card !== undefined && card.lapses >= LEECH_LAPSES;
}

/**
 * Leeches among the given questions, most lapses first (ties in input order).
 * @param progress learner progress
 * @param questionIds ids to consider, normally the current bank
 */
export function listLeeches(progress: Progress, questionIds: readonly QuestionId[]): QuestionId[] {
  const leeches = questionIds.filter((id) => isLeech(cardOf(progress, id)));
  return leeches.sort((x, y) => (cardOf(progress, y)?.lapses ?? 0) - (cardOf(progress, x)?.lapses ?? 0));
}

/** One past answer, for the card info table. */
export interface HistoryRow {
  /** Epoch ms. */
  readonly reviewedAt: number;
  readonly rating: RatingValue;
  readonly responseMs: number;
  readonly stateBefore: CardState;
  readonly stateAfter: CardState;
  readonly source: LogSource;
}

/** Everything the card info panel shows about one question. */
export interface QuestionInfo {
  readonly questionId: QuestionId;
  /** null when the question was never answered. */
  readonly card: CompactCard | null;
  /** Oldest first. */
  readonly history: HistoryRow[];
  readonly reps: number;
  readonly lapses: number;
  /** Days until recall probability falls to 90 %; null when unseen. */
  readonly stability: number | null;
  /** FSRS difficulty, 1 (easy) to 10 (hard); null when unseen. */
  readonly difficulty: number | null;
  /** Probability of recall now, 0 when unseen. */
  readonly retrievability: number;
  /** Epoch ms; null when unseen. */
  readonly nextDue: number | null;
  readonly isLeech: boolean;
}

/**
 * Card info for one question (Anki's "card info"): its answers and memory state.
 * @param progress learner progress
 * @param questionId the question
 * @param now epoch ms
 */
export function questionInfo(progress: Progress, questionId: QuestionId, now: number): QuestionInfo {
  const card = cardOf(progress, questionId);
  const history: HistoryRow[] = [];
  const index = progress.logQuestionIds.indexOf(questionId);
  for (const entry of progress.logs) {
    if (entry[LOG.questionIndex] !== index) continue;
    history.push({
      reviewedAt: entry[LOG.reviewedAt],
      rating: entry[LOG.rating],
      responseMs: entry[LOG.responseMs],
      stateBefore: entry[LOG.stateBefore],
      stateAfter: entry[LOG.stateAfter],
      source: entry[LOG.source],
    });
  }
  return {
    questionId,
    card: card ?? null,
    history,
    reps: card?.reps ?? 0,
    lapses: card?.lapses ?? 0,
    stability: card?.stability ?? null,
    difficulty: card?.difficulty ?? null,
    retrievability: retrievability(card, now),
    nextDue: card?.due ?? null,
    isLeech: isLeech(card),
  };
}
