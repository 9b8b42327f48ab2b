import { listMissingExamQuestions, scoreExam, type ExamScore } from '../engine/exam/score-exam';
import type { ExamState } from '../engine/exam/exam-state';
import type { AnswerResponse } from '../engine/quiz/grade';
import type { QuestionLookup } from '../engine/quiz/question-bank';
import { recordExamAttempt } from '../engine/progress/create';
import { RATING, type AreaScore, type ExamAttemptSummary, type Progress } from '../engine/progress/types';
import { applyRating } from '../engine/srs/apply-rating';
import type { ExamStore } from './exam-store';
import type { ProgressStoreState } from './progress-store';

/** A submitted exam graded against the current bank. */
export interface ScoredAttempt {
  /** The exam without questions the bank no longer has. */
  readonly exam: ExamState;
  readonly score: ExamScore;
  /** How many questions were left out because the bank no longer has them. */
  readonly removedCount: number;
}

/**
 * The exam without the items whose question left the bank (after a content update), with
 * answers, flags and times renumbered to match; the same object when nothing is missing.
 * @param exam a submitted or running exam
 * @param questions the current bank
 */
export function withoutMissingQuestions(exam: ExamState, questions: QuestionLookup): ExamState {
  if (listMissingExamQuestions(exam, questions).length === 0) return exam;
  const kept = exam.items.flatMap((item, index) => (questions.get(item.questionId) === undefined ? [] : [index]));
  const renumber = new Map(kept.map((oldIndex, newIndex) => [oldIndex, newIndex]));
  const answers: Record<number, AnswerResponse> = {};
  for (const [oldIndex, newIndex] of renumber) {
    const response = exam.answers[oldIndex];
    if (response !== undefined) answers[newIndex] = response;
  }
  return {
    ...exam,
    items: kept.map((index) => exam.items[index]!),
    answers,
    flagged: exam.flagged.flatMap((index) => (renumber.has(index) ? [renumber.get(index)!] : [])),
    current: Math.min(renumber.get(exam.current) ?? 0, Math.max(0, kept.length - 1)),
    visits: kept.map((index) => exam.visits[index] ?? 0),
    timeOnQuestionMs: kept.map((index) => exam.timeOnQuestionMs[index] ?? 0),
  };
}

/**
 * Grades a submitted exam against the current bank.
 * @param exam the submitted exam
 * @param questions the current bank
 * @returns the grading, or null when none of its questions is left in the bank
 */
export function scoreAttempt(exam: ExamState, questions: QuestionLookup): ScoredAttempt | null {
  const graded = withoutMissingQuestions(exam, questions);
  if (graded.items.length === 0) return null;
  return { exam: graded, score: scoreExam(graded, questions), removedCount: exam.items.length - graded.items.length };
}

/**
 * The summary kept in the progress history.
 * @param exam the submitted exam (as graded)
 * @param score its grading
 */
export function summarizeAttempt(exam: ExamState, score: ExamScore): ExamAttemptSummary {
  const perArea: Record<string, AreaScore> = {};
  for (const area of score.byArea) perArea[area.area] = { correct: area.correct, total: area.total };
  return {
    id: exam.id,
    startedAt: exam.startedAt,
    submittedAt: exam.submittedAt ?? exam.startedAt + exam.durationMs,
    size: exam.items.length,
    correct: score.correct,
    percent: score.percent,
    scaled: score.scaledScore,
    passed: score.passed,
    perArea,
  };
}

/**
 * Rates every question of a graded exam as a review (wrong or blank = Again, right = Good,
 * source 'e', the time spent on it as response time) and adds the summary to the exam
 * history, in one change. An exam already in the history is left alone, so recording twice
 * (say the tab closed between this and `markRecorded`) never rates its questions twice.
 * @param progress current progress (not modified)
 * @param scored the graded exam
 * @param now epoch ms
 */
export function applyExamAttempt(progress: Progress, scored: ScoredAttempt, now: number): Progress {
  if (progress.examHistory.some((attempt) => attempt.id === scored.exam.id)) return progress;
  const rated = scored.score.results.reduce(
    (current, result, index) =>
      applyRating(current, result.questionId, result.correct ? RATING.good : RATING.again, now, scored.score.timeOnQuestionMs[index] ?? 0, 'e'),
    progress,
  );
  return recordExamAttempt(rated, summarizeAttempt(scored.exam, scored.score), now);
}

/**
 * Feeds every submitted exam not yet recorded into progress (see `applyExamAttempt`), then
 * marks it recorded. Each exam goes in as one `update`: the same ratings the progress store's
 * `answer` would give one by one, but saved once (not once per question, which costs a full
 * save each with a long history) and all or nothing. Safe to call again.
 * @param exams the exam store
 * @param progress the progress store's `update` action
 * @param questions the current bank
 * @returns how many attempts were recorded
 */
export function recordPendingAttempts(exams: ExamStore, progress: Pick<ProgressStoreState, 'update'>, questions: QuestionLookup): number {
  const pending = exams.getState().attempts.filter((attempt) => !attempt.recorded);
  for (const attempt of pending) {
    const scored = scoreAttempt(attempt.exam, questions);
    if (scored !== null) progress.update((current, now) => applyExamAttempt(current, scored, now));
    exams.getState().markRecorded(attempt.exam.id);
  }
  return pending.length;
}
