import type { QuestionId } from '../content/types';
import { CARD_STATE, LOG, type Progress, type ReviewLogEntry, type StudySettings } from '../progress/types';
import { DAY_MS, startOfStudyDay } from './study-day';

/** A learning card that comes back later today. */
export interface LaterCard {
  readonly id: QuestionId;
  /** Epoch ms. */
  readonly due: number;
}

/** What to study now. */
export interface ReviewQueue {
  /** Due now, most overdue first: review cards due today, (re)learning cards due now. */
  readonly due: QuestionId[];
  /** (Re)learning cards whose next step falls later in this study day, soonest first. */
  readonly learningLater: LaterCard[];
  /** New questions allowed today (newPerDay minus those already introduced), bank order. */
  readonly new: QuestionId[];
  readonly counts: {
    readonly dueNow: number;
    /** dueNow plus learningLater. */
    readonly dueToday: number;
    readonly newToday: number;
  };
  /** When the next card not yet due falls due (epoch ms), or null if none. */
  readonly nextDueAt: number | null;
}

/**
 * How many distinct questions were answered for the first time in [dayStart, dayEnd), from
 * any source (a question met in practice or an exam also uses up that day's new quota).
 * Reads the logs backwards and stops at the first one before dayStart, relying on logs being
 * oldest first (applyRating appends, mergeProgress sorts): a few entries instead of 100,000.
 * @param progress learner progress
 * @param dayStart epoch ms
 * @param dayEnd epoch ms
 */
export function countNewIntroduced(progress: Progress, dayStart: number, dayEnd: number): number {
  const introduced = new Set<number>();
  for (let index = progress.logs.length - 1; index >= 0; index -= 1) {
    const entry = progress.logs[index] as ReviewLogEntry;
    const at = entry[LOG.reviewedAt];
    if (at < dayStart) break;
    if (entry[LOG.stateBefore] === CARD_STATE.new && at < dayEnd) introduced.add(entry[LOG.questionIndex]);
  }
  return introduced.size;
}

/**
 * Builds today's review queue over the questions of the current bank (cards of removed
 * questions are ignored). Review cards count as due for the whole study day they fall in,
 * as in Anki; (re)learning steps only once their minute has come. Sorting uses numeric due
 * dates: ~2 ms for 10,000 cards.
 * @param progress learner progress
 * @param bankIds ids of the questions in the bank, in the order new ones should come
 * @param now epoch ms
 * @param settings newPerDay and dayStartHour are used
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 */
export function buildReviewQueue(
  progress: Progress,
  bankIds: readonly QuestionId[],
  now: number,
  settings: StudySettings,
  tzOffsetMinutes: number,
): ReviewQueue {
  const dayStart = startOfStudyDay(now, settings.dayStartHour, tzOffsetMinutes);
  const dayEnd = dayStart + DAY_MS;
  const dueIds: QuestionId[] = [];
  const dueTimes: number[] = [];
  const learningLater: LaterCard[] = [];
  const unseen: QuestionId[] = [];
  const newBudget = Math.max(0, settings.newPerDay - countNewIntroduced(progress, dayStart, dayEnd));
  let nextDueAt = Infinity;
  const { cards } = progress;
  for (const id of bankIds) {
    const card = Object.hasOwn(cards, id) ? cards[id] : undefined;
    if (card === undefined || card.state === CARD_STATE.new) {
      if (unseen.length < newBudget) unseen.push(id);
      continue;
    }
    const inSteps = card.state === CARD_STATE.learning || card.state === CARD_STATE.relearning;
    if (inSteps ? card.due <= now : card.due < dayEnd) {
      dueIds.push(id);
      dueTimes.push(card.due);
      continue;
    }
    if (inSteps && card.due < dayEnd) learningLater.push({ id, due: card.due });
    if (card.due < nextDueAt) nextDueAt = card.due;
  }
  const order = dueIds.map((_, index) => index).sort((x, y) => (dueTimes[x] as number) - (dueTimes[y] as number) || x - y);
  learningLater.sort((x, y) => x.due - y.due);
  const due = order.map((index) => dueIds[index] as QuestionId);
  return {
    due,
    learningLater,
    new: unseen,
    counts: { dueNow: due.length, dueToday: due.length + learningLater.length, newToday: unseen.length },
    nextDueAt: nextDueAt === Infinity ? null : nextDueAt,
  };
}
