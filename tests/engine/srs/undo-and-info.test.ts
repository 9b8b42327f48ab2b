import { describe, expect, it } from 'vitest';
import type { CompactCard, Progress } from '../../../src/engine/progress/types';
import { UNDO_LIMIT } from '../../../src/engine/progress/types';
import { mergeProgress } from '../../../src/engine/progress/merge';
import { applyRating, undoLast } from '../../../src/engine/srs/apply-rating';
import { isLeech, listLeeches, questionInfo } from '../../../src/engine/srs/question-info';
import { DAY, emptyProgress, MINUTE, qid, rate, T0 } from './fixtures';

describe('applyRating', () => {
  it('touches only the rated card and appends exactly one log', () => {
    const before = rate(emptyProgress(), 'other', [[3, T0 - DAY]]);
    const after = applyRating(before, qid('q'), 3, T0 + 1234, 4321.6, 'p');
    expect(after.cards['other']).toBe(before.cards['other']);
    expect(after.logs.slice(0, -1)).toEqual(before.logs);
    expect(after.logs.at(-1)).toEqual([1, 3, T0 + 1000, 4322, 0, 1, 'p']);
    expect(after.logQuestionIds).toEqual(['other', 'q']);
    expect(before.cards['q']).toBeUndefined();
  });

  it('question ids that are names of Object.prototype members are ordinary ids', () => {
    const progress = applyRating(applyRating(emptyProgress(), qid('constructor'), 3, T0, 0, 'p'), qid('toString'), 1, T0, 0, 'p');
    expect([progress.cards['constructor']?.reps, progress.cards['toString']?.reps]).toEqual([1, 1]);
    expect(questionInfo(emptyProgress(), qid('hasOwnProperty'), T0).card).toBeNull();
  });

  it('a negative or missing response time is stored as 0', () => {
    const after = applyRating(emptyProgress(), qid('q'), 3, T0, Number.NaN, 'p');
    expect(after.logs[0]?.[3]).toBe(0);
    expect(applyRating(emptyProgress(), qid('q'), 3, T0, -5, 'p').logs[0]?.[3]).toBe(0);
  });
});

describe('undoLast', () => {
  it('restores the card exactly as it was before the last rating and removes its log', () => {
    const reviewed = rate(emptyProgress(), 'q', [[3, T0], [3, T0 + 10 * MINUTE]]);
    const lapsed = applyRating(reviewed, qid('q'), 1, T0 + 3 * DAY, 0, 'r');
    const undone = undoLast(lapsed);
    expect(undone?.questionId).toBe('q');
    expect(undone?.rating).toBe(1);
    expect(undone?.progress.cards).toEqual(reviewed.cards);
    expect(undone?.progress.logs).toEqual(reviewed.logs);
  });

  it('undoing the first answer to a question makes it new again', () => {
    const undone = undoLast(applyRating(emptyProgress(), qid('q'), 3, T0, 0, 'p'));
    expect(undone?.progress.cards).toEqual({});
    expect(undone?.progress.logs).toEqual([]);
  });

  it('several undos walk back one rating each, up to the undo limit', () => {
    let progress: Progress = emptyProgress();
    for (let index = 0; index < UNDO_LIMIT + 2; index += 1) progress = applyRating(progress, qid(`q${index}`), 3, T0 + index * MINUTE, 0, 'p');
    let undos = 0;
    for (let result = undoLast(progress); result !== null; result = undoLast(result.progress)) {
      undos += 1;
      progress = result.progress;
    }
    expect(undos).toBe(UNDO_LIMIT);
    expect(Object.keys(progress.cards)).toEqual(['q0', 'q1']);
  });

  it('there is nothing to undo in fresh progress or right after a merge', () => {
    expect(undoLast(emptyProgress())).toBeNull();
    const rated = applyRating(emptyProgress(), qid('q'), 3, T0, 0, 'p');
    expect(undoLast(mergeProgress(rated, emptyProgress()))).toBeNull();
  });

  it('an undo record that no longer matches the last log is refused', () => {
    const rated = applyRating(emptyProgress(), qid('q'), 3, T0, 0, 'p');
    const tampered: Progress = { ...rated, logQuestionIds: [qid('q'), qid('x')], logs: [...rated.logs, [1, 3, T0 + 1000, 0, 0, 1, 'p']] };
    expect(undoLast(tampered)).toBeNull();
  });
});

describe('leeches and card info', () => {
  function lapses(count: number): CompactCard {
    return { due: T0, stability: 1, difficulty: 9, elapsedDays: 1, scheduledDays: 1, reps: count * 2, lapses: count, state: 2, learningSteps: 0, lastReview: T0 - DAY };
  }

  it('a card with 8 lapses is a leech, one with 7 is not', () => {
    expect([isLeech(lapses(7)), isLeech(lapses(8)), isLeech(undefined)]).toEqual([false, true, false]);
  });

  it('listLeeches lists bank questions with the most lapses first', () => {
    const progress = { ...emptyProgress(), cards: { a: lapses(8), b: lapses(12), c: lapses(2), gone: lapses(20) } };
    expect(listLeeches(progress, [qid('a'), qid('b'), qid('c')])).toEqual(['b', 'a']);
  });

  it('questionInfo shows every answer and the memory state', () => {
    const progress = rate(emptyProgress(), 'q', [[3, T0], [1, T0 + 10 * MINUTE], [3, T0 + 20 * MINUTE]]);
    const info = questionInfo(progress, qid('q'), T0 + 2 * DAY);
    const card = progress.cards['q'] as CompactCard;
    expect(info.history.map((row) => [row.rating, row.stateBefore, row.stateAfter, row.source])).toEqual([
      [3, 0, 1, 'r'],
      [1, 1, 1, 'r'],
      [3, 1, 1, 'r'],
    ]);
    expect(info).toMatchObject({ reps: 3, lapses: 0, stability: card.stability, difficulty: card.difficulty, nextDue: card.due, isLeech: false });
    expect(info.retrievability).toBeGreaterThan(0);
    expect(info.retrievability).toBeLessThan(1);
  });

  it('questionInfo of an unseen question is empty', () => {
    expect(questionInfo(emptyProgress(), qid('new'), T0)).toEqual({
      questionId: 'new', card: null, history: [], reps: 0, lapses: 0, stability: null, difficulty: null, retrievability: 0, nextDue: null, isLeech: false,
    });
  });
});
