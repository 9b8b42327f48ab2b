import type { QuestionId } from '../content/types';
import { gradeAnswer, gradeUnanswered, type GradeResult } from '../quiz/grade';
import type { QuestionLookup } from '../quiz/question-bank';
import { summarizeSession, type SessionSummary } from '../quiz/summarize';
import { unansweredIndexes, type ExamState } from './exam-state';

/** Lowest score on LPI's scale. */
export const SCALED_SCORE_MIN = 200;
/** Highest score on LPI's scale. */
export const SCALED_SCORE_MAX = 800;
/** LPI's published pass mark on the scaled score. */
export const PASSING_SCALED_SCORE = 500;
/**
 * Percentage correct assumed to reach the pass mark. LPI does not publish it; commonly
 * reported estimates range from 60 % to 70 %, and 65 % is the middle of that range.
 */
export const ASSUMED_CUT_PERCENT = 65;

/** Shown next to the scaled score so no one mistakes the estimate for LPI's own figure. */
export const SCALED_SCORE_EXPLANATION =
  'LPI reports results on a scale from 200 to 800 and passes candidates at 500, but does not ' +
  'publish how raw answers are converted. This app assumes that 65% correct reaches 500 ' +
  '(an assumption: commonly reported estimates range from 60% to 70%) and maps linearly in ' +
  'between: 0% is 200, 65% is 500 and 100% is 800, rounded to a whole number. Treat it as a ' +
  'rough guide, not a prediction of your result.';

/** The result of a mock exam. Extends the practice summary (per-area and per-lesson tallies). */
export interface ExamScore extends SessionSummary {
  /** One verdict per item, aligned with `state.items`; unanswered items are wrong and empty. */
  readonly results: readonly GradeResult[];
  readonly answeredCount: number;
  readonly unansweredIndexes: readonly number[];
  /** Time spent per item, aligned with `state.items`. */
  readonly timeOnQuestionMs: readonly number[];
  /** Estimated LPI score, see SCALED_SCORE_EXPLANATION. */
  readonly scaledScore: number;
  /** Whether the estimated score reaches PASSING_SCALED_SCORE. */
  readonly passed: boolean;
}

/**
 * Estimate LPI's scaled score from a percentage: piecewise linear through 0 % -> 200,
 * ASSUMED_CUT_PERCENT (65 %) -> 500 and 100 % -> 800, rounded to the nearest integer.
 * @param percent percentage correct; values outside 0-100 are clamped
 * @returns an integer from 200 to 800
 */
export function estimateScaledScore(percent: number): number {
  const clamped = Math.min(100, Math.max(0, percent));
  const span = PASSING_SCALED_SCORE - SCALED_SCORE_MIN;
  const score =
    clamped <= ASSUMED_CUT_PERCENT
      ? SCALED_SCORE_MIN + (clamped / ASSUMED_CUT_PERCENT) * span
      : PASSING_SCALED_SCORE +
        ((clamped - ASSUMED_CUT_PERCENT) / (100 - ASSUMED_CUT_PERCENT)) * (SCALED_SCORE_MAX - PASSING_SCALED_SCORE);
  return Math.round(score);
}

/**
 * Grade a mock exam, normally right after `submitExam`. Pass is judged on the rounded
 * score that is displayed, so a learner never sees "500, failed".
 * @param state the exam
 * @param questions finds the exam's questions; an Error naming the ids is thrown when some
 *   are missing (check first with `listMissingExamQuestions`)
 * @returns verdicts, tallies, time per question and the estimated scaled score
 */
export function scoreExam(state: ExamState, questions: QuestionLookup): ExamScore {
  const missing = listMissingExamQuestions(state, questions);
  if (missing.length > 0) throw new Error(`scoreExam: ${state.id}: questions not in the bank: ${missing.join(', ')}`);
  const results = state.items.map((item, index) => {
    const question = questions.get(item.questionId);
    if (question === undefined) throw new Error(`scoreExam: ${state.id}: ${item.questionId} vanished from the bank`);
    const response = state.answers[index];
    const timeMs = state.timeOnQuestionMs[index] ?? 0;
    return response === undefined ? gradeUnanswered(question, timeMs) : gradeAnswer(question, response, timeMs);
  });
  const summary = summarizeSession(questions, results);
  const blank = unansweredIndexes(state);
  const scaledScore = estimateScaledScore(summary.percent);
  return {
    ...summary,
    results,
    answeredCount: state.items.length - blank.length,
    unansweredIndexes: blank,
    timeOnQuestionMs: state.timeOnQuestionMs,
    scaledScore,
    passed: scaledScore >= PASSING_SCALED_SCORE,
  };
}

/**
 * Exam questions the bank no longer has (e.g. a saved exam resumed after a content update).
 * @param state the exam
 * @param questions the current bank
 * @returns the missing ids, in item order
 */
export function listMissingExamQuestions(state: ExamState, questions: QuestionLookup): QuestionId[] {
  return state.items.flatMap((item) => (questions.get(item.questionId) === undefined ? [item.questionId] : []));
}
