import { describe, expect, it } from 'vitest';
import type { CompactCard, Progress } from '../../../src/engine/progress/types';
import { DEFAULT_SETTINGS } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import { buildReviewQueue } from '../../../src/engine/srs/review-queue';
import { DAY, emptyProgress, HOUR, MINUTE, qid, T0 } from './fixtures';

const UTC = 0;

function card(state: CompactCard['state'], due: number): CompactCard {
  return {
    due,
    stability: 5,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: state === 2 ? 5 : 0,
    reps: 3,
    lapses: 0,
    state,
    learningSteps: 0,
    lastReview: due - 5 * DAY,
  };
}

function withCards(cards: Record<string, CompactCard>, progress: Progress = emptyProgress()): Progress {
  return { ...progress, cards: { ...progress.cards, ...cards } };
}

const ids = (...names: string[]) => names.map(qid);

describe('buildReviewQueue', () => {
  // T0 is 09:00 UTC; with UTC and a 04:00 day start the study day runs 04:00 to 04:00.
  it('due cards come most overdue first', () => {
    const progress = withCards({
      a: card(2, T0 - 1 * DAY),
      b: card(2, T0 - 9 * DAY),
      c: card(2, T0 - 3 * HOUR),
      d: card(2, T0 + 5 * DAY),
    });
    const queue = buildReviewQueue(progress, ids('a', 'b', 'c', 'd'), T0, DEFAULT_SETTINGS, UTC);
    expect(queue.due).toEqual(ids('b', 'a', 'c'));
    expect(queue.nextDueAt).toBe(T0 + 5 * DAY);
  });

  it('a review card due later today is due now, but one due after 04:00 tomorrow is not', () => {
    const progress = withCards({ tonight: card(2, T0 + 12 * HOUR), tomorrow: card(2, T0 + 19 * HOUR + MINUTE) });
    const queue = buildReviewQueue(progress, ids('tonight', 'tomorrow'), T0, DEFAULT_SETTINGS, UTC);
    expect(queue.due).toEqual(ids('tonight'));
    expect(queue.counts).toEqual({ dueNow: 1, dueToday: 1, newToday: 0 });
  });

  it('a learning step counts only once its minute has come; until then it waits in learningLater', () => {
    let progress = applyRating(emptyProgress(), qid('q'), 3, T0, 0, 'r'); // next step in 10 minutes
    const early = buildReviewQueue(progress, ids('q'), T0 + 5 * MINUTE, DEFAULT_SETTINGS, UTC);
    expect(early.due).toEqual([]);
    expect(early.learningLater).toEqual([{ id: qid('q'), due: T0 + 10 * MINUTE }]);
    expect(early.counts).toEqual({ dueNow: 0, dueToday: 1, newToday: 0 });
    expect(early.nextDueAt).toBe(T0 + 10 * MINUTE);
    const onTime = buildReviewQueue(progress, ids('q'), T0 + 10 * MINUTE, DEFAULT_SETTINGS, UTC);
    expect(onTime.due).toEqual(ids('q'));
    progress = applyRating(progress, qid('q'), 3, T0 + 10 * MINUTE, 0, 'r'); // graduates to 2 days
    const graduated = buildReviewQueue(progress, ids('q'), T0 + 11 * MINUTE, DEFAULT_SETTINGS, UTC);
    expect(graduated.due).toEqual([]);
    expect(graduated.learningLater).toEqual([]);
  });

  it('learning and review cards due now are ordered together by due time', () => {
    const progress = withCards({ review: card(2, T0 - 2 * MINUTE), relearn: card(3, T0 - 5 * MINUTE), learn: card(1, T0 - MINUTE) });
    const queue = buildReviewQueue(progress, ids('review', 'relearn', 'learn'), T0, DEFAULT_SETTINGS, UTC);
    expect(queue.due).toEqual(ids('relearn', 'review', 'learn'));
  });

  it('new questions come in bank order, at most newPerDay', () => {
    const settings = { ...DEFAULT_SETTINGS, newPerDay: 3 };
    const queue = buildReviewQueue(emptyProgress(), ids('n1', 'n2', 'n3', 'n4', 'n5'), T0, settings, UTC);
    expect(queue.new).toEqual(ids('n1', 'n2', 'n3'));
    expect(queue.counts.newToday).toBe(3);
  });

  it('questions introduced today use up the new quota, those introduced yesterday do not', () => {
    const settings = { ...DEFAULT_SETTINGS, newPerDay: 3 };
    let progress = emptyProgress({ newPerDay: 3 });
    progress = applyRating(progress, qid('n1'), 3, T0 - DAY, 0, 'p');
    progress = applyRating(progress, qid('n2'), 3, T0 - HOUR, 0, 'p');
    progress = applyRating(progress, qid('n3'), 1, T0 - 30 * MINUTE, 0, 'e');
    progress = applyRating(progress, qid('n3'), 3, T0 - 20 * MINUTE, 0, 'e');
    const queue = buildReviewQueue(progress, ids('n1', 'n2', 'n3', 'n4', 'n5', 'n6'), T0, settings, UTC);
    expect(queue.new).toEqual(ids('n4'));
  });

  it('an answer at 03:30 local counts for the previous study day (Berlin, 4 AM start)', () => {
    const settings = { ...DEFAULT_SETTINGS, newPerDay: 1 };
    const night = Date.parse('2026-01-06T02:30:00Z'); // 03:30 in Berlin
    const morning = Date.parse('2026-01-06T08:00:00Z'); // 09:00 in Berlin
    const progress = applyRating(emptyProgress(), qid('n1'), 3, night, 0, 'p');
    expect(buildReviewQueue(progress, ids('n1', 'n2'), morning, settings, -60).new).toEqual(ids('n2'));
    expect(buildReviewQueue(progress, ids('n1', 'n2'), night + MINUTE, settings, -60).new).toEqual([]);
  });

  it('cards of questions no longer in the bank are kept but never queued', () => {
    const progress = withCards({ gone: card(2, T0 - DAY), kept: card(2, T0 - DAY) });
    const queue = buildReviewQueue(progress, ids('kept'), T0, DEFAULT_SETTINGS, UTC);
    expect(queue.due).toEqual(ids('kept'));
    expect(Object.keys(progress.cards)).toEqual(['gone', 'kept']);
  });

  it('with nothing scheduled there is no next due time', () => {
    expect(buildReviewQueue(emptyProgress(), [], T0, DEFAULT_SETTINGS, UTC).nextDueAt).toBeNull();
  });
});
