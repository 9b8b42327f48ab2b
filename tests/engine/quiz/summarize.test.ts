import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../../src/engine/quiz/grade';
import { indexQuestions } from '../../../src/engine/quiz/question-bank';
import { computeMedian, summarizeSession, tally } from '../../../src/engine/quiz/summarize';
import { qid } from './fixtures';
import { SESSION_BANK } from './session-bank';

const lookup = indexQuestions(SESSION_BANK);

function result(id: string, correct: boolean, responseMs: number): GradeResult {
  return {
    questionId: qid(id),
    correct,
    responseMs,
    details: { kind: 'choice', selected: [], correctOptions: [], missed: [], wrongPicks: [], empty: !correct },
  };
}

describe('summarizeSession', () => {
  const results = [
    result('o-single-1', true, 4000),
    result('t-single-1', false, 9000),
    result('c-fill-3', true, 2000),
    result('o-multi-3', false, 12000),
    result('t-multi-2', true, 5000),
  ];

  it('scores correct answers out of the total', () => {
    const summary = summarizeSession(lookup, results);
    expect([summary.correct, summary.total, summary.percent]).toEqual([3, 5, 60]);
  });

  it('breaks the score down by area in syllabus order, leaving out areas not asked', () => {
    expect(summarizeSession(lookup, results).byArea).toEqual([
      { area: 'terminology', correct: 1, total: 2, percent: 50 },
      { area: 'cpu-flags', correct: 1, total: 1, percent: 100 },
      { area: 'open-vswitch', correct: 1, total: 2, percent: 50 },
    ]);
  });

  it('breaks the score down by lesson in the order lessons first came up', () => {
    expect(summarizeSession(lookup, results).byLesson).toEqual([
      { lesson: 'open-vswitch', correct: 1, total: 2, percent: 50 },
      { lesson: 'virtualization-terminology', correct: 1, total: 2, percent: 50 },
      { lesson: 'cpu-flags', correct: 1, total: 1, percent: 100 },
    ]);
  });

  it('lists missed questions in the order they were answered', () => {
    expect(summarizeSession(lookup, results).missedQuestionIds).toEqual(['t-single-1', 'o-multi-3']);
  });

  it('adds up response times and takes the median', () => {
    const summary = summarizeSession(lookup, results);
    expect(summary.totalResponseMs).toBe(32000);
    expect(summary.medianResponseMs).toBe(5000);
  });

  it('scores a result whose question left the bank but keeps it out of the breakdowns', () => {
    const summary = summarizeSession(lookup, [result('gone', true, 1000), result('c-single-1', false, 3000)]);
    expect([summary.correct, summary.total]).toEqual([1, 2]);
    expect(summary.byArea).toEqual([{ area: 'cpu-flags', correct: 0, total: 1, percent: 0 }]);
    expect(summary.unknownQuestionIds).toEqual(['gone']);
  });

  it('summarises an empty session as 0 of 0 with no median', () => {
    expect(summarizeSession(lookup, [])).toEqual({
      correct: 0,
      total: 0,
      percent: 0,
      byArea: [],
      byLesson: [],
      missedQuestionIds: [],
      totalResponseMs: 0,
      medianResponseMs: null,
      unknownQuestionIds: [],
    });
  });
});

describe('tally', () => {
  it('gives whole percentages exactly, as 39 of 60 is exactly 65', () => {
    expect(tally(39, 60).percent).toBe(65);
    expect(tally(1, 3).percent).toBeCloseTo(33.333333, 5);
  });
});

describe('computeMedian', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(computeMedian([9, 1, 5])).toBe(5);
    expect(computeMedian([8, 2, 4, 6])).toBe(5);
    expect(computeMedian([])).toBeNull();
  });
});
