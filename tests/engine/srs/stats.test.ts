import { describe, expect, it } from 'vitest';
import type { CompactCard, Progress, ReviewLogEntry } from '../../../src/engine/progress/types';
import { currentStreak, dailyReviewCounts, forecastDue, masteredCount, retentionByWeek } from '../../../src/engine/srs/stats';
import { dayKey, formatDayKey } from '../../../src/engine/srs/study-day';
import { DAY, emptyProgress, HOUR, qid, T0 } from './fixtures';

const UTC = 0;

function card(state: CompactCard['state'], due: number, stability = 10, daysAgo = 1): CompactCard {
  return { due, stability, difficulty: 5, elapsedDays: 1, scheduledDays: 3, reps: 4, lapses: 0, state, learningSteps: 0, lastReview: T0 - daysAgo * DAY };
}

function log(at: number, rating: 1 | 2 | 3 | 4 = 3, stateBefore: 0 | 1 | 2 | 3 = 2): ReviewLogEntry {
  return [0, rating, at, 1000, stateBefore, 2, 'r'];
}

function withLogs(logs: ReviewLogEntry[]): Progress {
  return { ...emptyProgress(), logQuestionIds: [qid('q')], logs };
}

describe('forecastDue', () => {
  it('counts cards per study day, overdue ones today, and ignores days past the horizon', () => {
    const progress: Progress = {
      ...emptyProgress(),
      cards: {
        overdue: card(2, T0 - 4 * DAY),
        tonight: card(2, T0 + 15 * HOUR), // 00:00 UTC, before the 04:00 day start
        tomorrow: card(2, T0 + DAY),
        inThree: card(1, T0 + 3 * DAY),
        later: card(2, T0 + 40 * DAY),
      },
    };
    const forecast = forecastDue(progress, T0, UTC, 5);
    expect(forecast.map((day) => day.count)).toEqual([2, 1, 0, 1, 0]);
    expect(formatDayKey(forecast[0]?.day as number)).toBe('2026-01-05');
  });

  it('can be limited to the questions of the bank', () => {
    const progress: Progress = { ...emptyProgress(), cards: { kept: card(2, T0), gone: card(2, T0) } };
    expect(forecastDue(progress, T0, UTC, 1, [qid('kept')])).toEqual([{ day: dayKey(T0, 4, UTC), count: 1 }]);
  });
});

describe('dailyReviewCounts', () => {
  it('puts an answer at 02:00 local on the previous study day and fills empty days with 0', () => {
    const progress = withLogs([log(T0 - DAY), log(T0), log(T0 + 2 * HOUR), log(T0 + 17 * HOUR), log(T0 + 19 * HOUR), log(T0 + 2 * DAY)]);
    const counts = dailyReviewCounts(progress, T0 - DAY, T0 + 3 * DAY, UTC);
    expect(counts.map((day) => [formatDayKey(day.day), day.count])).toEqual([
      ['2026-01-04', 1],
      ['2026-01-05', 3], // includes T0 + 17h = 02:00 on the 6th
      ['2026-01-06', 1], // T0 + 19h = 04:00 on the 6th starts a new day
      ['2026-01-07', 1],
      ['2026-01-08', 0],
    ]);
  });

  it('is empty when the range ends before it starts', () => {
    expect(dailyReviewCounts(withLogs([log(T0)]), T0, T0 - 2 * DAY, UTC)).toEqual([]);
  });
});

describe('retentionByWeek', () => {
  it('is the share of right answers among answers to cards in review, per Monday-based week', () => {
    const progress = withLogs([
      log(T0, 3), // Monday 5 January
      log(T0 + DAY, 1),
      log(T0 + 2 * DAY, 3, 1), // learning step: not counted
      log(T0 + 6 * DAY, 4), // Sunday 11 January, same week
      log(T0 + 7 * DAY, 1), // next Monday
    ]);
    const weeks = retentionByWeek(progress, T0, T0 + 14 * DAY, UTC);
    expect(weeks.map((week) => [formatDayKey(week.weekStart), week.reviews, week.correct, week.retention])).toEqual([
      ['2026-01-05', 3, 2, 2 / 3],
      ['2026-01-12', 1, 0, 0],
      ['2026-01-19', 0, 0, null],
    ]);
  });
});

describe('currentStreak', () => {
  it('counts consecutive study days ending today', () => {
    expect(currentStreak(withLogs([log(T0 - 2 * DAY), log(T0 - DAY), log(T0)]), T0, UTC)).toBe(3);
  });

  it('is still alive when today has no answer yet', () => {
    expect(currentStreak(withLogs([log(T0 - 2 * DAY), log(T0 - DAY)]), T0, UTC)).toBe(2);
  });

  it('breaks on a day without answers', () => {
    expect(currentStreak(withLogs([log(T0 - 3 * DAY), log(T0 - DAY), log(T0)]), T0, UTC)).toBe(2);
    expect(currentStreak(withLogs([log(T0 - 2 * DAY)]), T0, UTC)).toBe(0);
  });
});

describe('masteredCount', () => {
  it('counts review cards with recall of at least 0.9, not learning cards', () => {
    const progress: Progress = {
      ...emptyProgress(),
      cards: {
        solid: card(2, T0 + 9 * DAY, 30, 3), // recall ~0.99
        fading: card(2, T0, 1, 10), // recall ~0.69
        learning: card(1, T0, 0.5, 0), // recall 1 but still in steps
      },
    };
    expect(masteredCount(progress, T0)).toBe(1);
    expect(masteredCount(progress, T0, [qid('fading')])).toBe(0);
  });
});
