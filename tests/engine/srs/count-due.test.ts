import { describe, expect, it } from 'vitest';
import { countDueCards } from '../../../src/engine/srs/count-due';
import { createEmptyProgress } from '../../../src/engine/progress/create';
import type { CompactCard } from '../../../src/engine/progress/types';

const NOW = Date.UTC(2026, 4, 1, 12);
const card = (due: number): CompactCard => ({ due, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, reps: 2, lapses: 0, state: 2, learningSteps: 0, lastReview: due - 3 * 86_400_000 });

describe('countDueCards', () => {
  it('counts the cards due at or before the moment, and no others', () => {
    const progress = { ...createEmptyProgress(NOW), cards: { a: card(NOW - 1), b: card(NOW), c: card(NOW + 1) } };
    expect(countDueCards(progress, NOW)).toBe(2);
    expect(countDueCards(progress, NOW + 1)).toBe(3);
  });

  it('is zero for a learner with no cards', () => {
    expect(countDueCards(createEmptyProgress(NOW), NOW)).toBe(0);
  });
});
