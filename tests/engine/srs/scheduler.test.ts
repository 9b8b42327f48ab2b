import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CompactCard, type RatingValue } from '../../../src/engine/progress/types';
import { applyPreview, applyRating, previewQuestion, ratingFromAnswer } from '../../../src/engine/srs/apply-rating';
import { formatInterval } from '../../../src/engine/srs/format-interval';
import { retrievability } from '../../../src/engine/srs/question-info';
import { createScheduler } from '../../../src/engine/srs/scheduler';
import { DAY, emptyProgress, HOUR, MINUTE, qid, T0 } from './fixtures';

const direct = fsrs(
  generatorParameters({
    request_retention: 0.9,
    maximum_interval: 365,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
  }),
);

function compact(card: Card): CompactCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CompactCard['state'],
    learningSteps: card.learning_steps,
    lastReview: card.last_review?.getTime() ?? null,
  };
}

/** Reviews each card when it falls due (plus `lateDays`), with ts-fsrs and with the engine. */
function runBoth(ratings: readonly RatingValue[], lateDays = 0): { engine: CompactCard[]; reference: CompactCard[] } {
  let progress = emptyProgress();
  let card = createEmptyCard(new Date(T0));
  let now = T0;
  const engine: CompactCard[] = [];
  const reference: CompactCard[] = [];
  for (const rating of ratings) {
    card = direct.next(card, new Date(now), rating as Grade).card;
    progress = applyRating(progress, qid('q1'), rating, now, 1000, 'r');
    reference.push(compact(card));
    engine.push(progress.cards['q1'] as CompactCard);
    now = card.due.getTime() + (card.scheduled_days > 0 ? lateDays * DAY : 0);
  }
  return { engine, reference };
}

describe('scheduling matches ts-fsrs called directly', () => {
  it('a learner who always answers Good follows the exact FSRS-6 due dates', () => {
    const { engine, reference } = runBoth([3, 3, 3, 3, 3]);
    expect(engine).toEqual(reference);
    expect(engine.map((card) => new Date(card.due).toISOString())).toEqual([
      '2026-01-05T09:10:00.000Z',
      '2026-01-07T09:10:00.000Z',
      '2026-01-18T09:10:00.000Z',
      '2026-03-05T09:10:00.000Z',
      '2026-08-15T09:10:00.000Z',
    ]);
  });

  it('a lapse goes to a 10 minute relearning step and counts one lapse', () => {
    const { engine, reference } = runBoth([3, 3, 3, 3, 1, 3, 3, 2, 4]);
    expect(engine).toEqual(reference);
    expect(engine.map((card) => [card.state, card.scheduledDays, card.lapses])).toEqual([
      [1, 0, 0],
      [2, 2, 0],
      [2, 11, 0],
      [2, 46, 0],
      [3, 0, 1],
      [2, 3, 1],
      [2, 8, 1],
      [2, 14, 1],
      [2, 40, 1],
    ]);
  });

  it('mixed ratings over weeks, reviewed three days late, agree field by field', () => {
    const { engine, reference } = runBoth([2, 2, 3, 1, 1, 3, 4, 2, 3, 4, 4], 3);
    expect(engine).toEqual(reference);
  });

  it('intervals stop at the 365 day maximum where ts-fsrs would give Easy 367 days', () => {
    const { engine, reference } = runBoth([4, 4, 4, 4, 4, 4, 4, 4]);
    expect(reference.map((card) => card.scheduledDays)).toEqual([8, 66, 365, 367, 367, 367, 367, 367]);
    expect(engine.map((card) => card.scheduledDays)).toEqual([8, 66, 365, 365, 365, 365, 365, 365]);
    const last = engine.at(-1) as CompactCard;
    expect(last.due - (last.lastReview as number)).toBe(365 * DAY);
  });
});

describe('previewRatings', () => {
  it('a new question shows 1m, 6m, 10m and 8d', () => {
    const preview = createScheduler(DEFAULT_SETTINGS).previewRatings(undefined, T0);
    expect([1, 2, 3, 4].map((rating) => preview.options[rating as RatingValue].label)).toEqual(['1m', '6m', '10m', '8d']);
    expect(preview.options[3].intervalMs).toBe(10 * MINUTE);
  });

  it('the previewed card is exactly the card that applying the rating stores', () => {
    const progress = applyRating(emptyProgress(), qid('q1'), 3, T0, 0, 'r');
    const later = T0 + 10 * MINUTE;
    const preview = previewQuestion(progress, qid('q1'), later);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(applyRating(progress, qid('q1'), rating, later, 0, 'r').cards['q1']).toEqual(preview.options[rating].card);
      expect(applyPreview(progress, qid('q1'), preview, rating, 0, 'r').cards['q1']).toBe(preview.options[rating].card);
    }
  });

  it('a preview made before the card changed elsewhere is recomputed, not applied stale', () => {
    const progress = emptyProgress();
    const stalePreview = previewQuestion(progress, qid('q1'), T0);
    const changed = applyRating(progress, qid('q1'), 1, T0 - HOUR, 0, 'r');
    const applied = applyPreview(changed, qid('q1'), stalePreview, 3, 0, 'r');
    const expected = applyRating(changed, qid('q1'), 3, T0, 0, 'r');
    expect(applied.cards['q1']).toEqual(expected.cards['q1']);
    expect(applied.cards['q1']).not.toEqual(stalePreview.options[3].card);
  });

  it('review times are kept to whole seconds', () => {
    const preview = createScheduler(DEFAULT_SETTINGS).previewRatings(undefined, T0 + 999);
    expect(preview.reviewedAt).toBe(T0);
    expect(preview.options[3].card.lastReview).toBe(T0);
  });
});

describe('retrievability', () => {
  it('equals ts-fsrs get_retrievability for a card at many later moments', () => {
    const scheduler = createScheduler(DEFAULT_SETTINGS);
    const { engine } = runBoth([3, 3, 3, 1, 3]);
    for (const card of engine) {
      for (const later of [0, 0.5, 1, 3, 10, 45.7, 400].map((days) => (card.lastReview as number) + days * DAY)) {
        const fsrsCard = direct.repeat(createEmptyCard(new Date(T0)), new Date(T0))[3].card;
        const reference = direct.get_retrievability(
          { ...fsrsCard, stability: card.stability, state: card.state, last_review: new Date(card.lastReview as number), due: new Date(card.due) },
          new Date(later),
          false,
        );
        expect(scheduler.retrievability(card, later)).toBe(reference);
      }
    }
  });

  it('equals get_retrievability for stabilities that FSRS would not produce (imported data)', () => {
    const scheduler = createScheduler(DEFAULT_SETTINGS);
    const base = direct.repeat(createEmptyCard(new Date(T0)), new Date(T0))[3].card;
    for (const stability of [3.123456789123, 0.0011, 1 / 3, 12345.678901234]) {
      const card: CompactCard = { ...compact(base), state: 2, stability, lastReview: T0 };
      const fsrsCard = { ...base, state: 2, stability, last_review: new Date(T0) };
      expect(scheduler.retrievability(card, T0 + 17 * DAY)).toBe(direct.get_retrievability(fsrsCard, new Date(T0 + 17 * DAY), false));
    }
  });

  it('an unseen question has retrievability 0', () => {
    expect(createScheduler(DEFAULT_SETTINGS).retrievability(undefined, T0)).toBe(0);
    expect(retrievability(undefined, T0)).toBe(0);
  });

  it('does not depend on the desired retention, only on the memory state', () => {
    const { engine } = runBoth([3, 3, 3]);
    const card = engine.at(-1) as CompactCard;
    const strict = createScheduler({ ...DEFAULT_SETTINGS, desiredRetention: 0.97 });
    expect(retrievability(card, T0 + 20 * DAY)).toBe(strict.retrievability(card, T0 + 20 * DAY));
  });
});

describe('ratingFromAnswer', () => {
  it('a wrong answer is Again even if the learner picked Easy', () => {
    expect(ratingFromAnswer(false, 4)).toBe(1);
  });

  it('a right answer is Good unless the learner chose otherwise', () => {
    expect([ratingFromAnswer(true), ratingFromAnswer(true, 2), ratingFromAnswer(true, 4)]).toEqual([3, 2, 4]);
  });
});

describe('formatInterval', () => {
  it('labels intervals like Anki buttons', () => {
    const labels = [30_000, MINUTE, 10 * MINUTE, 5 * HOUR, DAY, 4 * DAY, 91 * DAY, 46 * DAY, 365 * DAY, 800 * DAY].map(formatInterval);
    expect(labels).toEqual(['<1m', '1m', '10m', '5h', '1d', '4d', '3mo', '1.5mo', '1y', '2.2y']);
  });
});
