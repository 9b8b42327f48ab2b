import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CompactCard, Progress } from '../../../src/engine/progress/types';
import { forecastReadiness } from '../../../src/engine/srs/readiness';
import { DAY, emptyProgress, entry, T0 } from './fixtures';

const EXAM_DAY = T0 + 30 * DAY;
const reference = fsrs(generatorParameters({ request_retention: 0.9, maximum_interval: 365, enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));

function card(stability: number, lastReview: number, due = T0 + 10 * DAY): CompactCard {
  return { due, stability, difficulty: 5, elapsedDays: 2, scheduledDays: 10, reps: 4, lapses: 0, state: 2, learningSteps: 0, lastReview };
}

/** Recall at the exam date computed by ts-fsrs itself. */
function recallAt(compact: CompactCard, at: number): number {
  const base = createEmptyCard(new Date(T0));
  return reference.get_retrievability(
    { ...base, stability: compact.stability, difficulty: compact.difficulty, state: compact.state, due: new Date(compact.due), last_review: new Date(compact.lastReview as number) },
    new Date(at),
    false,
  );
}

const bank = [
  entry('t1', 'terminology', 'virtualization-terminology'),
  entry('t2', 'terminology', 'virtualization-terminology'),
  entry('t3', 'terminology', 'virtualization-terminology'),
  entry('c1', 'cpu-flags', 'cpu-flags'),
  entry('c2', 'cpu-flags', 'cpu-flags'),
];

describe('forecastReadiness', () => {
  it('an unseen bank is expected to score the prior, 35 %', () => {
    const forecast = forecastReadiness(emptyProgress(), bank, EXAM_DAY, { now: T0, lessonsRead: [] });
    expect(forecast.expectedPercent).toBeCloseTo(35, 9);
    expect(forecast.standardDeviation).toBeCloseTo((100 * Math.sqrt(20 * 0.35 * 0.65)) / 20, 9);
    expect(forecast.areas.map((area) => [area.area, area.weight, area.seen])).toEqual([
      ['terminology', 0.6, 0],
      ['cpu-flags', 0.4, 0],
    ]);
  });

  it('for a learner with known recall the expected score is the exam-weighted mean of recall', () => {
    const cards = {
      t1: card(40, T0 - 2 * DAY),
      t2: card(3, T0 - 5 * DAY),
      t3: card(12, T0),
      c1: card(1.5, T0 - DAY),
      c2: card(90, T0 - 20 * DAY),
    };
    const progress: Progress = { ...emptyProgress(), cards };
    const recall = Object.fromEntries(Object.entries(cards).map(([id, value]) => [id, recallAt(value, EXAM_DAY)])) as Record<keyof typeof cards, number>;
    const terminology = (recall.t1 + recall.t2 + recall.t3) / 3;
    const cpuFlags = (recall.c1 + recall.c2) / 2;
    const forecast = forecastReadiness(progress, bank, EXAM_DAY, { now: T0, examWeights: { terminology: 3, 'cpu-flags': 1 }, examSize: 40 });
    expect(Math.abs(forecast.expectedPercent - 100 * (0.75 * terminology + 0.25 * cpuFlags))).toBeLessThan(1e-9);
    const variance = 30 * terminology * (1 - terminology) + 10 * cpuFlags * (1 - cpuFlags);
    expect(Math.abs(forecast.standardDeviation - (100 * Math.sqrt(variance)) / 40)).toBeLessThan(1e-9);
  });

  it('an unseen question whose lesson was read counts at 0.5 instead of 0.35', () => {
    const progress: Progress = { ...emptyProgress(), lessonsRead: { 'cpu-flags': T0 - DAY } };
    const forecast = forecastReadiness(progress, bank, EXAM_DAY, { now: T0 });
    const [unread, read] = forecast.areas;
    expect(unread?.meanRecall).toBeCloseTo(0.35, 12);
    expect(read?.meanRecall).toBeCloseTo(0.5, 12);
    expect(forecast.expectedPercent).toBeCloseTo(100 * (0.6 * 0.35 + 0.4 * 0.5), 9);
  });

  it('suggestions are ranked by expected gain in points', () => {
    // terminology: 3 questions all seen, two due now with low recall; cpu-flags: unseen, unread.
    const progress: Progress = {
      ...emptyProgress(),
      cards: { t1: card(1, T0 - 30 * DAY, T0 - DAY), t2: card(1, T0 - 30 * DAY, T0 - DAY), t3: card(300, T0, T0 + 200 * DAY) },
    };
    const forecast = forecastReadiness(progress, bank, EXAM_DAY, { now: T0, lessonsRead: [] });
    const low = recallAt(progress.cards['t1'] as CompactCard, EXAM_DAY);
    expect(low).toBeCloseTo(0.53, 2);
    // Gains: practise 20 x 2 x 0.55 = 22 points; review 20 x 2 x (0.9 - 0.53) = 14.7; read 6.
    expect(forecast.suggestions.map((item) => [item.kind, item.area, item.count])).toEqual([
      ['practise', 'cpu-flags', 2],
      ['review', 'terminology', 2],
      ['read', 'cpu-flags', 1],
    ]);
    const [practise, review, read] = forecast.suggestions;
    expect(review?.expectedGain).toBeCloseTo(((100 * 0.6) / 3) * 2 * (0.9 - low), 9);
    expect(practise?.expectedGain).toBeCloseTo(((100 * 0.4) / 2) * 2 * (0.9 - 0.35), 9);
    expect(read?.expectedGain).toBeCloseTo(((100 * 0.4) / 2) * 2 * (0.5 - 0.35), 9);
    expect(read?.lessons).toEqual(['cpu-flags']);
  });

  it('weights for areas missing from the bank are ignored and the rest renormalised', () => {
    const forecast = forecastReadiness(emptyProgress(), bank, EXAM_DAY, { now: T0, examWeights: { terminology: 1, 'cpu-flags': 1, p2v: 8 } });
    expect(forecast.areas.map((area) => area.weight)).toEqual([0.5, 0.5]);
  });
});
