import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../src/store/progress-store';
import { PROGRESS_KEY } from '../../src/store/progress-persistence';
import { createMemoryStorage } from '../../src/lib/storage';
import { createFixedClock } from '../../src/lib/clock';
import type { QuestionId } from '../../src/engine/content/types';

const NOW = Date.UTC(2026, 0, 10, 9, 0, 0);
const q = (id: string) => id as QuestionId;

describe('answers given in two tabs', () => {
  it('keeps every answer from both tabs, whatever the order of saves and storage events', () => {
    const storage = createMemoryStorage();
    const clock = createFixedClock(NOW);
    const tabA = createProgressStore({ storage, clock });
    const tabB = createProgressStore({ storage, clock });
    tabA.getState().answer({ questionId: q('a-1'), rating: 3, responseMs: 1000, source: 'r' });
    clock.advance(1000);
    tabB.getState().answer({ questionId: q('b-1'), rating: 1, responseMs: 1000, source: 'p' });
    tabA.receiveExternalChange(storage.data.get(PROGRESS_KEY)!);
    clock.advance(1000);
    tabA.getState().answer({ questionId: q('a-2'), rating: 3, responseMs: 1000, source: 'r' });
    clock.advance(1000);
    tabB.getState().answer({ questionId: q('b-2'), rating: 4, responseMs: 1000, source: 'p' });
    const reopened = createProgressStore({ storage, clock });
    const progress = reopened.getState().progress;
    const answered = progress.logs.map((log) => progress.logQuestionIds[log[0]]).sort();
    expect(answered).toEqual(['a-1', 'a-2', 'b-1', 'b-2']);
    expect(Object.keys(progress.cards).sort()).toEqual(['a-1', 'a-2', 'b-1', 'b-2']);
  });
});
