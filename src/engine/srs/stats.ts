import type { QuestionId } from '../content/types';
import { cardOf } from '../progress/cards';
import { CARD_STATE, LOG, RATING, type CompactCard, type Progress } from '../progress/types';
import { schedulerFor } from './scheduler';
import { dayKey } from './study-day';

// Day numbers come from `dayKey` with the learner's dayStartHour and the caller's current
// time zone offset. Past days use today's offset too, so around a daylight-saving change a
// review near the day boundary may land one day off: acceptable for charts.

/** A count for one study day. */
export interface DayCount {
  /** A `dayKey` value; `formatDayKey` turns it into "YYYY-MM-DD". */
  readonly day: number;
  readonly count: number;
}

/** Retention over one week. */
export interface WeekRetention {
  /** `dayKey` of the week's Monday. */
  readonly weekStart: number;
  /** Answers given to cards in the Review state. */
  readonly reviews: number;
  /** Those that were not Again. */
  readonly correct: number;
  /** correct / reviews; null when there were none. */
  readonly retention: number | null;
}

function cardsOf(progress: Progress, questionIds: readonly QuestionId[] | undefined): CompactCard[] {
  if (questionIds === undefined) return Object.values(progress.cards);
  return questionIds.flatMap((id) => {
    const card = cardOf(progress, id);
    return card === undefined ? [] : [card];
  });
}

/**
 * Reviews falling due per study day, starting today (overdue cards count for today).
 * @param progress learner progress
 * @param now epoch ms
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 * @param days how many days, today included; default 30
 * @param questionIds count only these (normally the bank); default every card
 */
export function forecastDue(
  progress: Progress,
  now: number,
  tzOffsetMinutes: number,
  days = 30,
  questionIds?: readonly QuestionId[],
): DayCount[] {
  const { dayStartHour } = progress.settings;
  const today = dayKey(now, dayStartHour, tzOffsetMinutes);
  const counts = new Array<number>(Math.max(0, days)).fill(0);
  for (const card of cardsOf(progress, questionIds)) {
    if (card.state === CARD_STATE.new) continue;
    const offset = Math.max(0, dayKey(card.due, dayStartHour, tzOffsetMinutes) - today);
    if (offset < counts.length) counts[offset] = (counts[offset] as number) + 1;
  }
  return counts.map((count, offset) => ({ day: today + offset, count }));
}

/**
 * Answers per study day over a range, every day included (for a heatmap).
 * @param progress learner progress
 * @param from first moment of the range (epoch ms)
 * @param to last moment of the range (epoch ms)
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 */
export function dailyReviewCounts(progress: Progress, from: number, to: number, tzOffsetMinutes: number): DayCount[] {
  const { dayStartHour } = progress.settings;
  const first = dayKey(from, dayStartHour, tzOffsetMinutes);
  const last = dayKey(to, dayStartHour, tzOffsetMinutes);
  if (last < first) return [];
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const entry of progress.logs) {
    const index = dayKey(entry[LOG.reviewedAt], dayStartHour, tzOffsetMinutes) - first;
    if (index >= 0 && index < counts.length) counts[index] = (counts[index] as number) + 1;
  }
  return counts.map((count, index) => ({ day: first + index, count }));
}

// Day 0 (1970-01-01) was a Thursday, so (day + 3) mod 7 is 0 on Mondays.
function mondayOf(day: number): number {
  return day - (((day + 3) % 7) + 7) % 7;
}

/**
 * True retention per week (Monday to Sunday): the share of answers to cards in the Review
 * state that were not Again. Learning steps are left out: they measure something else.
 * @param progress learner progress
 * @param from first moment of the range (epoch ms)
 * @param to last moment of the range (epoch ms)
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 */
export function retentionByWeek(progress: Progress, from: number, to: number, tzOffsetMinutes: number): WeekRetention[] {
  const { dayStartHour } = progress.settings;
  const firstWeek = mondayOf(dayKey(from, dayStartHour, tzOffsetMinutes));
  const lastWeek = mondayOf(dayKey(to, dayStartHour, tzOffsetMinutes));
  if (lastWeek < firstWeek) return [];
  const weeks = (lastWeek - firstWeek) / 7 + 1;
  const reviews = new Array<number>(weeks).fill(0);
  const correct = new Array<number>(weeks).fill(0);
  for (const entry of progress.logs) {
    if (entry[LOG.stateBefore] !== CARD_STATE.review || entry[LOG.reviewedAt] < from || entry[LOG.reviewedAt] > to) continue;
    const index = (mondayOf(dayKey(entry[LOG.reviewedAt], dayStartHour, tzOffsetMinutes)) - firstWeek) / 7;
    reviews[index] = (reviews[index] as number) + 1;
    if (entry[LOG.rating] !== RATING.again) correct[index] = (correct[index] as number) + 1;
  }
  return reviews.map((count, index) => ({
    weekStart: firstWeek + index * 7,
    reviews: count,
    correct: correct[index] as number,
    retention: count === 0 ? null : (correct[index] as number) / count,
  }));
}

/**
 * Consecutive study days with at least one answer, ending today; if nothing was answered
 * yet today the streak still counts up to yesterday (the day is not over).
 * @param progress learner progress
 * @param now epoch ms
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 */
export function currentStreak(progress: Progress, now: number, tzOffsetMinutes: number): number {
  const { dayStartHour } = progress.settings;
  const studied = new Set<number>();
  for (const entry of progress.logs) studied.add(dayKey(entry[LOG.reviewedAt], dayStartHour, tzOffsetMinutes));
  let day = dayKey(now, dayStartHour, tzOffsetMinutes);
  if (!studied.has(day)) day -= 1;
  let streak = 0;
  while (studied.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}

/** Probability of recall at or above which a question counts as mastered. */
export const MASTERED_RECALL = 0.9;

/**
 * Questions mastered now: in the Review state (past the learning steps) with probability of
 * recall of at least MASTERED_RECALL (0.9).
 * @param progress learner progress
 * @param now epoch ms
 * @param questionIds count only these (normally the bank); default every card
 */
export function masteredCount(progress: Progress, now: number, questionIds?: readonly QuestionId[]): number {
  const scheduler = schedulerFor(progress.settings);
  let count = 0;
  for (const card of cardsOf(progress, questionIds)) {
    if (card.state === CARD_STATE.review && scheduler.retrievability(card, now) >= MASTERED_RECALL) count += 1;
  }
  return count;
}
