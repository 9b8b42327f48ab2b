import { describe, expect, it } from 'vitest';
import type { LessonId } from '../../../src/engine/content/types';
import { markLabTaskDone, markLessonRead, recordExamAttempt, updateSettings } from '../../../src/engine/progress/create';
import { logQuestionId } from '../../../src/engine/progress/cards';
import { mergeProgress } from '../../../src/engine/progress/merge';
import type { ExamAttemptSummary, Progress } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import { DAY, MINUTE, qid, sampleProgress, T0 } from './sample';

function exam(id: string, startedAt: number, correct: number): ExamAttemptSummary {
  return { id, startedAt, submittedAt: startedAt + 20 * MINUTE, size: 20, correct, percent: correct * 5, scaled: 400, passed: false, perArea: {} };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

describe('mergeProgress', () => {
  // Two tabs opened on the same progress, each answering on its own.
  const base = sampleProgress();
  const tabA = applyRating(applyRating(base, qid('q-a'), 3, T0 + MINUTE, 0, 'p'), qid('cpu-flags-002'), 1, T0 + 2 * MINUTE, 0, 'r');
  const tabB = applyRating(base, qid('cpu-flags-002'), 4, T0 + 5 * MINUTE, 0, 'r');

  it('keeps the newest card of each question and every answer from both tabs', () => {
    const merged = mergeProgress(tabA, tabB);
    expect(merged.cards['q-a']).toEqual(tabA.cards['q-a']);
    expect(merged.cards['cpu-flags-002']).toEqual(tabB.cards['cpu-flags-002']);
    expect(merged.logs.length).toBe(base.logs.length + 3);
    expect(merged.logs.slice(-3).map((entry) => [logQuestionId(merged, entry), entry[1]])).toEqual([
      ['q-a', 3],
      ['cpu-flags-002', 1],
      ['cpu-flags-002', 4],
    ]);
  });

  it('counts an answer present in both copies once', () => {
    expect(mergeProgress(tabA, tabA).logs).toEqual(tabA.logs);
    expect(mergeProgress(base, tabA).logs).toEqual(tabA.logs);
  });

  it('on equal last reviews prefers the card with more reps', () => {
    const card = tabA.cards['q-a'];
    if (card === undefined) throw new Error('missing card');
    const more = { ...tabA, cards: { ...tabA.cards, 'q-a': { ...card, reps: card.reps + 1 } } };
    expect(mergeProgress(tabA, more).cards['q-a']?.reps).toBe(card.reps + 1);
    expect(mergeProgress(more, tabA).cards['q-a']?.reps).toBe(card.reps + 1);
  });

  it('keeps the earliest time a lesson was read or a lab task was done', () => {
    const early = markLabTaskDone(markLessonRead(base, 'p2v-v2v' as LessonId, T0 - DAY), 'ovs/add-bridge', T0 - DAY);
    const late = markLabTaskDone(markLessonRead(base, 'p2v-v2v' as LessonId, T0), 'ovs/add-bridge', T0);
    const merged = mergeProgress(late, early);
    expect(merged.lessonsRead['p2v-v2v']).toBe(T0 - DAY);
    expect(merged.labTasksDone['ovs/add-bridge']).toBe(T0 - DAY);
    expect(merged.lessonsRead['cpu-flags']).toBe(base.lessonsRead['cpu-flags']);
  });

  it('joins exam histories by attempt id, oldest first', () => {
    const a = recordExamAttempt(base, exam('x2', T0, 15), T0 + 30 * MINUTE);
    const b = recordExamAttempt(recordExamAttempt(base, exam('x1', T0 - DAY, 9), T0), exam('x2', T0, 15), T0 + 30 * MINUTE);
    expect(mergeProgress(a, b).examHistory.map((attempt) => attempt.id)).toEqual(['exam-2026-01-03', 'x1', 'x2']);
  });

  it('takes the settings of the copy changed last', () => {
    const older = updateSettings(base, { newPerDay: 5 }, T0 + MINUTE);
    const newer = updateSettings(base, { desiredRetention: 0.85 }, T0 + 2 * MINUTE);
    expect(mergeProgress(older, newer).settings).toEqual(newer.settings);
    expect(mergeProgress(newer, older).settings).toEqual(newer.settings);
    expect(mergeProgress(older, newer).updatedAt).toBe(T0 + 2 * MINUTE);
  });

  it('modifies neither input', () => {
    const a = deepFreeze(structuredClone(tabA));
    const b = deepFreeze(structuredClone(tabB));
    const merged: Progress = mergeProgress(a, b);
    expect(a).toEqual(tabA);
    expect(b).toEqual(tabB);
    expect(merged.cards).not.toBe(a.cards);
  });

  it('merging in either order gives the same cards and the same set of answers', () => {
    const ab = mergeProgress(tabA, tabB);
    const ba = mergeProgress(tabB, tabA);
    const answers = (progress: Progress) => progress.logs.map((entry) => [logQuestionId(progress, entry), ...entry.slice(1)].join(' ')).sort();
    expect(ab.cards).toEqual(ba.cards);
    expect(answers(ab)).toEqual(answers(ba));
  });

  it('joins copies whose id tables differ, keeping each answer with its question', () => {
    const onlyB = applyRating(applyRating(sampleProgress(), qid('b-first'), 3, T0 + MINUTE, 0, 'p'), qid('q-a'), 1, T0 + 9 * MINUTE, 0, 'p');
    const merged = mergeProgress(tabA, onlyB);
    expect(merged.logQuestionIds.slice(-2)).toEqual(['q-a', 'b-first']);
    expect(new Set(merged.logQuestionIds).size).toBe(merged.logQuestionIds.length);
    expect(merged.logs.slice(-4).map((entry) => [logQuestionId(merged, entry), entry[1]])).toEqual([
      ['q-a', 3],
      ['b-first', 3],
      ['cpu-flags-002', 1],
      ['q-a', 1],
    ]);
  });

  it('sorts logs by time even when a copy has them out of order', () => {
    const shuffled: Progress = { ...tabB, logs: [...tabB.logs].reverse() };
    expect(mergeProgress(shuffled, base).logs).toEqual(tabB.logs);
  });
});
