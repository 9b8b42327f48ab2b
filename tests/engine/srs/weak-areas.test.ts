import { describe, expect, it } from 'vitest';
import type { CompactCard, Progress } from '../../../src/engine/progress/types';
import { buildWeakAreas, buildWeakSession } from '../../../src/engine/srs/weak-areas';
import { DAY, emptyProgress, entry, HOUR, MINUTE, rate, T0 } from './fixtures';

const bank = [
  entry('t1', 'terminology', 'virtualization-terminology'),
  entry('t2', 'terminology', 'virtualization-terminology'),
  entry('t3', 'terminology', 'virtualization-terminology'),
  entry('t4', 'terminology', 'virtualization-terminology'),
  entry('c1', 'cpu-flags', 'cpu-flags-a'),
  entry('c2', 'cpu-flags', 'cpu-flags-a'),
  entry('c3', 'cpu-flags', 'cpu-flags-b'),
  entry('c4', 'cpu-flags', 'cpu-flags-b'),
  entry('p1', 'p2v', 'p2v-v2v'),
  entry('p2', 'p2v', 'p2v-v2v'),
];

// Everything was answered within the last day, so every seen card has retrievability 1.
function learner(): Progress {
  let progress = emptyProgress();
  for (const id of ['t1', 't2', 't3', 't4']) progress = rate(progress, id, [[3, T0 - 2 * HOUR]]);
  for (const id of ['c1', 'c2']) progress = rate(progress, id, [[1, T0 - 3 * HOUR], [3, T0 - 3 * HOUR + 10 * MINUTE]]);
  return progress;
}

describe('buildWeakAreas', () => {
  it('ranks the unseen area first, then the area with wrong answers, then the mastered one', () => {
    const table = buildWeakAreas(learner(), bank, T0);
    expect(table.areas.map((row) => row.key)).toEqual(['p2v', 'cpu-flags', 'terminology']);
    expect(table.lessons.map((row) => row.key)).toEqual(['cpu-flags-b', 'p2v-v2v', 'cpu-flags-a', 'virtualization-terminology']);
  });

  it('computes weakness as 1 - (0.6 x expected recall + 0.4 x recent accuracy)', () => {
    const [unseen, mixed, strong] = buildWeakAreas(learner(), bank, T0).areas;
    // p2v: nothing seen, recall is the 0.35 prior and stands in for accuracy.
    expect(unseen).toMatchObject({ seen: 0, total: 2, recentAnswers: 0, recentAccuracy: null, averageRetrievability: null });
    expect(unseen?.weakness).toBeCloseTo(0.65, 12);
    // cpu-flags: two cards at recall 1, two unseen at 0.35; 2 of 4 answers right.
    expect(mixed).toMatchObject({ seen: 2, total: 4, recentAnswers: 4, recentAccuracy: 0.5, averageRetrievability: 1, lapses: 0, due: 2 });
    expect(mixed?.expectedRecall).toBeCloseTo(0.675, 12);
    expect(mixed?.weakness).toBeCloseTo(1 - (0.6 * 0.675 + 0.4 * 0.5), 12);
    expect(strong).toMatchObject({ seen: 4, total: 4, recentAccuracy: 1, expectedRecall: 1, weakness: 0 });
  });

  it('recent accuracy looks only at the last 20 answers of the group', () => {
    let progress = emptyProgress();
    for (let index = 0; index < 5; index += 1) progress = rate(progress, 't1', [[1, T0 - DAY + index * MINUTE]]);
    for (let index = 0; index < 20; index += 1) progress = rate(progress, 't2', [[3, T0 - HOUR + index * MINUTE]]);
    const row = buildWeakAreas(progress, bank, T0).areas.find((candidate) => candidate.key === 'terminology');
    expect(row?.recentAnswers).toBe(20);
    expect(row?.recentAccuracy).toBe(1);
  });

  it('cards of questions missing from the bank do not count', () => {
    const progress = rate(learner(), 'retired', [[1, T0 - HOUR]]);
    expect(buildWeakAreas(progress, bank, T0)).toEqual(buildWeakAreas(learner(), bank, T0));
  });
});

describe('buildWeakSession', () => {
  function card(stability: number, daysAgo: number, lapses: number): CompactCard {
    return { due: T0 + DAY, stability, difficulty: 6, elapsedDays: 1, scheduledDays: 1, reps: 5, lapses, state: 2, learningSteps: 0, lastReview: T0 - daysAgo * DAY };
  }
  const sessionBank = [
    entry('weak', 'terminology', 'l-t'),
    entry('strong', 'terminology', 'l-t'),
    entry('t-new', 'terminology', 'l-t'),
    entry('leech', 'cpu-flags', 'l-c'),
    entry('lapsed', 'cpu-flags', 'l-c'),
    entry('c-new1', 'cpu-flags', 'l-c'),
    entry('c-new2', 'cpu-flags', 'l-c'),
    entry('p-new1', 'p2v', 'l-p'),
    entry('p-new2', 'p2v', 'l-p'),
  ];
  const progress: Progress = {
    ...emptyProgress(),
    cards: {
      weak: card(1, 10, 0), // recall ~0.69
      strong: card(30, 3, 0), // recall ~0.99, not weak
      leech: card(2, 10, 9), // recall ~0.76
      lapsed: card(30, 3, 1), // recall ~0.99 but lapsed
    },
  };

  it('takes weak seen questions first, lowest recall first, then unseen ones of the weakest areas', () => {
    expect(buildWeakSession(progress, sessionBank, T0)).toEqual(['weak', 'leech', 'lapsed', 'p-new1', 'p-new2', 'c-new1', 'c-new2', 't-new']);
  });

  it('stops at the requested size', () => {
    expect(buildWeakSession(progress, sessionBank, T0, 4)).toEqual(['weak', 'leech', 'lapsed', 'p-new1']);
  });
});
