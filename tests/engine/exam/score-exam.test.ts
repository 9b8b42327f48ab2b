import { describe, expect, it } from 'vitest';
import { AREA_IDS, type Question } from '../../../src/engine/content/types';
import { buildExam } from '../../../src/engine/exam/build-exam';
import { answerExamQuestion, goTo, submitExam, type ExamState } from '../../../src/engine/exam/exam-state';
import {
  ASSUMED_CUT_PERCENT,
  estimateScaledScore,
  listMissingExamQuestions,
  PASSING_SCALED_SCORE,
  SCALED_SCORE_EXPLANATION,
  scoreExam,
} from '../../../src/engine/exam/score-exam';
import type { AnswerResponse } from '../../../src/engine/quiz/grade';
import { indexQuestions } from '../../../src/engine/quiz/question-bank';
import { EXAM_BANK } from './exam-bank';

const START = 1_767_258_000_000; // 2026-01-01T09:00:00Z
const lookup = indexQuestions(EXAM_BANK);

function questionAt(state: ExamState, index: number): Question {
  const question = lookup.get(state.items[index]?.questionId ?? ('' as never));
  if (!question) throw new Error(`no question at ${index}`);
  return question;
}

function rightAnswer(question: Question): AnswerResponse {
  if (question.type === 'fill') return { kind: 'fill', text: ` "${(question.answers[0] ?? '').toUpperCase()}" ` };
  return { kind: 'choice', selected: question.options.flatMap((option, index) => (option.correct ? [index] : [])) };
}

function wrongAnswer(question: Question): AnswerResponse {
  if (question.type === 'fill') return { kind: 'fill', text: 'not it' };
  return { kind: 'choice', selected: [question.options.findIndex((option) => !option.correct)] };
}

/** A submitted 20-question exam with the first `right` items right and the rest wrong. */
function examWith(right: number): ExamState {
  let state = buildExam(EXAM_BANK, { id: 'e', seed: 9, startedAt: START });
  state.items.forEach((_, index) => {
    const question = questionAt(state, index);
    state = answerExamQuestion(state, index, index < right ? rightAnswer(question) : wrongAnswer(question), START + index * 1_000);
  });
  return submitExam(state, START + 600_000);
}

describe('estimateScaledScore', () => {
  it('maps 0 % to 200, the assumed 65 % cut to 500 and 100 % to 800', () => {
    expect(ASSUMED_CUT_PERCENT).toBe(65);
    expect(estimateScaledScore(0)).toBe(200);
    expect(estimateScaledScore(65)).toBe(500);
    expect(estimateScaledScore(100)).toBe(800);
  });

  it('interpolates linearly on each side of the cut and rounds to the nearest integer', () => {
    expect(estimateScaledScore(50)).toBe(431); // 200 + 50/65 * 300 = 430.77
    expect(estimateScaledScore(80)).toBe(629); // 500 + 15/35 * 300 = 628.57
    expect(estimateScaledScore(32.5)).toBe(350);
  });

  it('clamps percentages outside 0-100', () => {
    expect(estimateScaledScore(-5)).toBe(200);
    expect(estimateScaledScore(130)).toBe(800);
  });

  it('explains that the cut is an assumption and gives the reported range', () => {
    expect(SCALED_SCORE_EXPLANATION).toContain('65%');
    expect(SCALED_SCORE_EXPLANATION).toContain('assumption');
    expect(SCALED_SCORE_EXPLANATION).toContain('60% to 70%');
    expect(SCALED_SCORE_EXPLANATION).toContain('does not publish');
  });
});

describe('scoreExam', () => {
  it('fails an exam with nothing right at 200', () => {
    const score = scoreExam(examWith(0), lookup);
    expect([score.correct, score.total, score.percent, score.scaledScore, score.passed]).toEqual([0, 20, 0, 200, false]);
  });

  it('passes an exam at exactly 65 % with exactly 500', () => {
    const score = scoreExam(examWith(13), lookup);
    expect([score.correct, score.percent, score.scaledScore, score.passed]).toEqual([13, 65, PASSING_SCALED_SCORE, true]);
  });

  it('fails one question below the cut, at 60 %', () => {
    const score = scoreExam(examWith(12), lookup);
    expect([score.correct, score.percent, score.scaledScore, score.passed]).toEqual([12, 60, 477, false]);
  });

  it('scores a perfect exam at 800', () => {
    const score = scoreExam(examWith(20), lookup);
    expect([score.correct, score.percent, score.scaledScore, score.passed]).toEqual([20, 100, 800, true]);
    expect(score.missedQuestionIds).toEqual([]);
  });

  it('grades with the quiz rules, so a quoted answer in capitals is right and every item gets a verdict', () => {
    const score = scoreExam(examWith(20), lookup);
    expect(score.results).toHaveLength(20);
    const fills = score.results.filter((result) => result.details.kind === 'fill');
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.every((result) => result.correct)).toBe(true);
  });

  it('grades the final answer after answers were changed', () => {
    let state = buildExam(EXAM_BANK, { id: 'e', seed: 9, startedAt: START });
    const first = questionAt(state, 0);
    state = answerExamQuestion(state, 0, rightAnswer(first), START + 1_000);
    state = answerExamQuestion(state, 0, wrongAnswer(first), START + 2_000);
    const second = questionAt(state, 1);
    state = answerExamQuestion(state, 1, wrongAnswer(second), START + 3_000);
    state = answerExamQuestion(state, 1, rightAnswer(second), START + 4_000);
    const results = scoreExam(submitExam(state, START + 5_000), lookup).results;
    expect(results.slice(0, 2).map((result) => result.correct)).toEqual([false, true]);
  });

  it('counts unanswered questions as wrong and empty, and reports them', () => {
    let state = buildExam(EXAM_BANK, { id: 'e', seed: 9, startedAt: START });
    state = answerExamQuestion(state, 4, rightAnswer(questionAt(state, 4)), START + 1_000);
    const score = scoreExam(submitExam(state, START + 2_000), lookup);
    expect([score.correct, score.answeredCount]).toEqual([1, 1]);
    expect(score.unansweredIndexes).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(score.results[0]?.details.empty).toBe(true);
    expect(score.results[4]?.correct).toBe(true);
  });

  it('breaks the score down by area in syllabus order, adding up to the whole', () => {
    const state = examWith(13);
    const score = scoreExam(state, lookup);
    const areaOfItem = state.items.map((item) => lookup.get(item.questionId)?.area);
    const expected = AREA_IDS.flatMap((area) => {
      const indexes = areaOfItem.flatMap((itemArea, index) => (itemArea === area ? [index] : []));
      const correct = indexes.filter((index) => index < 13).length;
      return indexes.length === 0 ? [] : [{ area, correct, total: indexes.length, percent: (correct * 100) / indexes.length }];
    });
    expect(score.byArea).toEqual(expected);
    expect(score.byArea.map((tally) => tally.total)).toEqual([3, 2, 3, 1, 2, 1, 2, 3, 1, 2]);
  });

  it('reports the time spent on each question, also as each verdict\'s response time', () => {
    let state = buildExam(EXAM_BANK, { id: 'e', seed: 9, startedAt: START });
    state = goTo(state, 1, START + 40_000);
    state = goTo(state, 0, START + 55_000);
    state = submitExam(state, START + 60_000);
    const score = scoreExam(state, lookup);
    expect(score.timeOnQuestionMs.slice(0, 3)).toEqual([45_000, 15_000, 0]);
    expect(score.results.slice(0, 3).map((result) => result.responseMs)).toEqual([45_000, 15_000, 0]);
    expect(score.totalResponseMs).toBe(60_000);
  });

  it('refuses to score an exam whose questions left the bank, naming them', () => {
    const state = examWith(5);
    const partial = indexQuestions(EXAM_BANK.filter((question) => question.id !== state.items[3]?.questionId));
    expect(listMissingExamQuestions(state, partial)).toEqual([state.items[3]?.questionId]);
    expect(() => scoreExam(state, partial)).toThrow(`questions not in the bank: ${state.items[3]?.questionId}`);
  });
});
