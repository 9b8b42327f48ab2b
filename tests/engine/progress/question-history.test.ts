import { describe, expect, it } from 'vitest';
import { buildQuestionHistory } from '../../../src/engine/progress/question-history';
import { createEmptyProgress } from '../../../src/engine/progress/create';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import type { QuestionId } from '../../../src/engine/content/types';

const NOW = Date.UTC(2026, 2, 1, 9);
const q = (id: string) => id as QuestionId;

describe('buildQuestionHistory', () => {
  it('counts answers per question and remembers whether the latest was right (Again is wrong)', () => {
    let progress = createEmptyProgress(NOW);
    progress = applyRating(progress, q('a'), 1, NOW, 1000, 'p');
    progress = applyRating(progress, q('a'), 3, NOW + 60_000, 1000, 'r');
    progress = applyRating(progress, q('b'), 3, NOW + 120_000, 1000, 'p');
    progress = applyRating(progress, q('b'), 1, NOW + 180_000, 1000, 'e');
    const history = buildQuestionHistory(progress);
    expect(history.get(q('a'))).toEqual({ seen: 2, lastCorrect: true });
    expect(history.get(q('b'))).toEqual({ seen: 2, lastCorrect: false });
    expect(history.has(q('c'))).toBe(false);
  });
});
