import { AREA_IDS, type AreaId, type LessonId, type QuestionId } from '../content/types';
import type { GradeResult } from './grade';
import type { QuestionLookup } from './question-bank';

/** Correct answers out of a total, with the share as a percentage (0-100, unrounded). */
export interface ScoreTally {
  readonly correct: number;
  readonly total: number;
  readonly percent: number;
}

/** The tally of one knowledge area. */
export interface AreaTally extends ScoreTally {
  readonly area: AreaId;
}

/** The tally of one lesson. */
export interface LessonTally extends ScoreTally {
  readonly lesson: LessonId;
}

/** The report at the end of a practice session. */
export interface SessionSummary extends ScoreTally {
  /** Areas answered, in syllabus order. */
  readonly byArea: readonly AreaTally[];
  /** Lessons answered, in the order they first came up. */
  readonly byLesson: readonly LessonTally[];
  /** Questions answered wrongly, in the order of the results. */
  readonly missedQuestionIds: readonly QuestionId[];
  readonly totalResponseMs: number;
  /** Null when there are no results. */
  readonly medianResponseMs: number | null;
  /**
   * Results whose question is no longer in the bank (e.g. after a content update): they
   * count in the score but cannot be placed in an area or lesson.
   */
  readonly unknownQuestionIds: readonly QuestionId[];
}

/**
 * Summarise graded answers: score, per-area and per-lesson tallies, misses and timing.
 * @param questions finds each result's question, for its area and lesson
 * @param results the graded answers, in the order they were given
 * @returns the summary; an empty session scores 0 of 0 (0 %)
 */
export function summarizeSession(questions: QuestionLookup, results: readonly GradeResult[]): SessionSummary {
  const areaCounts = new Map<AreaId, Counter>();
  const lessonCounts = new Map<LessonId, Counter>();
  const unknownQuestionIds: QuestionId[] = [];
  for (const result of results) {
    const question = questions.get(result.questionId);
    if (!question) {
      unknownQuestionIds.push(result.questionId);
      continue;
    }
    countResult(areaCounts, question.area, result.correct);
    countResult(lessonCounts, question.lesson, result.correct);
  }
  const correct = results.filter((result) => result.correct).length;
  const responseTimes = results.map((result) => result.responseMs);
  return {
    ...tally(correct, results.length),
    byArea: AREA_IDS.flatMap((area) => {
      const counter = areaCounts.get(area);
      return counter ? [{ area, ...tally(counter.correct, counter.total) }] : [];
    }),
    byLesson: [...lessonCounts].map(([lesson, counter]) => ({ lesson, ...tally(counter.correct, counter.total) })),
    missedQuestionIds: results.filter((result) => !result.correct).map((result) => result.questionId),
    totalResponseMs: responseTimes.reduce((sum, ms) => sum + ms, 0),
    medianResponseMs: computeMedian(responseTimes),
    unknownQuestionIds,
  };
}

/**
 * Build a tally from counts.
 * @param correct how many were right
 * @param total how many there were
 * @returns the tally; percent is 0 when total is 0
 */
export function tally(correct: number, total: number): ScoreTally {
  // Multiplying first keeps whole percentages exact (39 of 60 is 65, not 64.99...), which
  // matters at the exam's pass mark.
  return { correct, total, percent: total === 0 ? 0 : (correct * 100) / total };
}

/**
 * The median of some numbers (the mean of the middle two for an even count).
 * @param values the numbers, in any order
 * @returns the median, or null for no numbers
 */
export function computeMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

interface Counter {
  correct: number;
  total: number;
}

function countResult<K>(counts: Map<K, Counter>, key: K, correct: boolean): void {
  const counter = counts.get(key) ?? { correct: 0, total: 0 };
  counter.total += 1;
  if (correct) counter.correct += 1;
  counts.set(key, counter);
}
