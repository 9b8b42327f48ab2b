import { describe, expect, it } from 'vitest';
import type { LessonId, Question } from '../../../src/engine/content/types';
import { buildSession, type QuestionHistory, type SessionFilters } from '../../../src/engine/quiz/build-session';
import { makeSingle, qid } from './fixtures';
import { SESSION_BANK } from './session-bank';

const ALL_IDS = SESSION_BANK.map((question) => question.id);

function idsOf(bank: readonly Question[], filter: SessionFilters, history?: QuestionHistory): string[] {
  return buildSession(bank, filter, bank.length, 1, history).items.map((item) => item.questionId).sort();
}

describe('buildSession reproducibility', () => {
  it('builds exactly the same session, question and option order included, for a fixed seed', () => {
    const expected = {
      items: [
        { questionId: 't-single-1', optionOrder: [0, 1, 3, 2] },
        { questionId: 'o-single-1', optionOrder: [0, 2, 1, 3] },
        { questionId: 'o-single-3', optionOrder: [2, 1, 0, 3] },
        { questionId: 't-fill-3', optionOrder: [] },
        { questionId: 'c-single-1', optionOrder: [0, 3, 1, 2] },
      ],
      requested: 5,
      available: 12,
      shortfall: null,
    };
    expect(buildSession(SESSION_BANK, {}, 5, 1234)).toEqual(expected);
    expect(buildSession(SESSION_BANK, {}, 5, 1234)).toEqual(expected);
  });

  it('draws different questions for a different seed', () => {
    const ids = buildSession(SESSION_BANK, {}, 5, 1235).items.map((item) => item.questionId);
    expect(ids).toEqual(['c-single-2', 'c-fill-3', 't-single-fixed-1', 'c-multi-2', 'o-single-1']);
  });

  it('never asks a question twice, even when the bank repeats an id', () => {
    const repeated = [...SESSION_BANK, ...SESSION_BANK];
    const session = buildSession(repeated, {}, 24, 5);
    const ids = session.items.map((item) => item.questionId);
    expect(new Set(ids).size).toBe(12);
    expect(session.available).toBe(12);
  });

  it('keeps the written order of fixed-order options and gives fill questions no options', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const session = buildSession(SESSION_BANK, { questionIds: [qid('t-single-fixed-1'), qid('c-fill-3')] }, 2, seed);
      const byId = new Map(session.items.map((item) => [item.questionId, item.optionOrder]));
      expect(byId.get(qid('t-single-fixed-1'))).toEqual([0, 1, 2, 3]);
      expect(byId.get(qid('c-fill-3'))).toEqual([]);
    }
  });

  it('orders every choice question\'s options as a permutation of its original indexes', () => {
    const session = buildSession(SESSION_BANK, { types: ['single', 'multiple'] }, 9, 77);
    for (const item of session.items) {
      const question = SESSION_BANK.find((candidate) => candidate.id === item.questionId);
      const optionCount = question?.type === 'fill' ? 0 : (question?.options.length ?? -1);
      expect([...item.optionOrder].sort()).toEqual(Array.from({ length: optionCount }, (_, index) => index));
    }
  });
});

describe('buildSession filters', () => {
  it('draws from the whole bank when no filter is given', () => {
    expect(idsOf(SESSION_BANK, {})).toEqual([...ALL_IDS].sort());
  });

  it('keeps only the chosen areas', () => {
    expect(idsOf(SESSION_BANK, { areas: ['cpu-flags'] })).toEqual(['c-fill-3', 'c-multi-2', 'c-single-1', 'c-single-2']);
  });

  it('keeps only the chosen lessons', () => {
    expect(idsOf(SESSION_BANK, { lessons: ['open-vswitch' as LessonId] })).toEqual([
      'o-fill-2',
      'o-multi-3',
      'o-single-1',
      'o-single-3',
    ]);
  });

  it('keeps only the chosen question types', () => {
    expect(idsOf(SESSION_BANK, { types: ['fill'] })).toEqual(['c-fill-3', 'o-fill-2', 't-fill-3']);
  });

  it('keeps only the chosen difficulties', () => {
    expect(idsOf(SESSION_BANK, { difficulties: [3] })).toEqual(['c-fill-3', 'o-multi-3', 'o-single-3', 't-fill-3']);
  });

  it('combines filters so that every one must hold', () => {
    expect(idsOf(SESSION_BANK, { areas: ['terminology', 'open-vswitch'], types: ['single'], difficulties: [1] })).toEqual([
      'o-single-1',
      't-single-1',
      't-single-fixed-1',
    ]);
  });

  it('keeps only an explicit list of questions, ignoring ids the bank lacks', () => {
    expect(idsOf(SESSION_BANK, { questionIds: [qid('o-fill-2'), qid('t-multi-2'), qid('gone')] })).toEqual(['o-fill-2', 't-multi-2']);
  });

  it('matches nothing for an empty list, so retrying zero missed questions gives an empty session', () => {
    const session = buildSession(SESSION_BANK, { questionIds: [] }, 10, 1);
    expect(session.items).toEqual([]);
    expect(session.shortfall).toBe('No questions match these filters.');
  });

  const history: QuestionHistory = new Map([
    [qid('t-single-1'), { seen: 3, lastCorrect: false }],
    [qid('c-fill-3'), { seen: 1, lastCorrect: true }],
    [qid('o-multi-3'), { seen: 2, lastCorrect: false }],
    [qid('o-fill-2'), { seen: 0, lastCorrect: false }],
  ]);

  it('keeps only questions whose last answer was wrong', () => {
    expect(idsOf(SESSION_BANK, { onlyWrong: true }, history)).toEqual(['o-multi-3', 't-single-1']);
  });

  it('keeps only questions never answered, counting an entry with zero answers as unseen', () => {
    const unseen = idsOf(SESSION_BANK, { onlyUnseen: true }, history);
    expect(unseen).toEqual(ALL_IDS.filter((id) => !['t-single-1', 'c-fill-3', 'o-multi-3'].includes(id)).sort());
    expect(unseen).toContain('o-fill-2');
  });

  it('treats every question as unseen and none as wrong without a history', () => {
    expect(idsOf(SESSION_BANK, { onlyUnseen: true })).toEqual([...ALL_IDS].sort());
    expect(idsOf(SESSION_BANK, { onlyWrong: true })).toEqual([]);
  });
});

describe('buildSession size and shortfall', () => {
  it('uses what there is and explains the shortfall when fewer questions match', () => {
    const session = buildSession(SESSION_BANK, { types: ['multiple'] }, 20, 9);
    expect(session.items).toHaveLength(3);
    expect(session.requested).toBe(20);
    expect(session.available).toBe(3);
    expect(session.shortfall).toBe('Only 3 questions match these filters, so the session has 3 instead of 20.');
  });

  it('uses the singular for one matching question', () => {
    const session = buildSession(SESSION_BANK, { questionIds: [qid('o-fill-2')] }, 2, 9);
    expect(session.shortfall).toBe('Only 1 question matches these filters, so the session has 1 instead of 2.');
  });

  it('reports no shortfall when exactly enough questions match', () => {
    expect(buildSession(SESSION_BANK, { areas: ['cpu-flags'] }, 4, 9).shortfall).toBeNull();
  });

  it('returns an empty session for size zero', () => {
    expect(buildSession(SESSION_BANK, {}, 0, 9)).toEqual({ items: [], requested: 0, available: 12, shortfall: null });
  });

  it('rejects a negative or fractional size', () => {
    expect(() => buildSession(SESSION_BANK, {}, -1, 9)).toThrow(RangeError);
    expect(() => buildSession(SESSION_BANK, {}, 2.5, 9)).toThrow('size: expected a non-negative integer, got 2.5');
  });

  it('draws every question about equally often across seeds', () => {
    const bank = Array.from({ length: 10 }, (_, index) => makeSingle(`q${index}`, 0));
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed += 1) {
      for (const item of buildSession(bank, {}, 3, seed).items) counts.set(item.questionId, (counts.get(item.questionId) ?? 0) + 1);
    }
    for (const count of counts.values()) expect(Math.abs(count - 600)).toBeLessThan(90);
  });
});
