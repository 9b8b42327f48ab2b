import type { Progress } from '../../engine/progress/types';
import { createExport } from '../../engine/progress/export-import';
import { APP_VERSION } from '../../lib/app-version';

/** What a progress file holds, shown before it is merged or put in place. */
export interface ProgressSummary {
  /** Questions with a card (answered at least once). */
  readonly questions: number;
  readonly answers: number;
  readonly lessonsRead: number;
  readonly labTasks: number;
  readonly exams: number;
}

/**
 * Counts what a learner's progress holds.
 * @param progress the progress
 */
export function summarizeProgress(progress: Progress): ProgressSummary {
  return {
    questions: Object.keys(progress.cards).length,
    answers: progress.logs.length,
    lessonsRead: Object.keys(progress.lessonsRead).length,
    labTasks: Object.keys(progress.labTasksDone).length,
    exams: progress.examHistory.length,
  };
}

function count(value: number, one: string, many = `${one}s`): string {
  return `${value} ${value === 1 ? one : many}`;
}

/**
 * The summary in words: "12 questions with progress, 40 answers, 3 lessons read, 1 lab task
 * done, 2 mock exams".
 * @param summary from `summarizeProgress`
 */
export function describeSummary(summary: ProgressSummary): string {
  return [
    count(summary.questions, 'question with progress', 'questions with progress'),
    count(summary.answers, 'answer'),
    count(summary.lessonsRead, 'lesson read', 'lessons read'),
    count(summary.labTasks, 'lab task done', 'lab tasks done'),
    count(summary.exams, 'mock exam'),
  ].join(', ');
}

/**
 * The file name of a progress export, with the learner's local date:
 * "lpic3-351.1-progress-2026-03-02.json".
 * @param now epoch ms
 * @param offsetEastMinutes minutes east of UTC (`Clock#tzOffsetMinutes`)
 */
export function progressFileName(now: number, offsetEastMinutes: number): string {
  const date = new Date(now + offsetEastMinutes * 60_000).toISOString().slice(0, 10);
  return `lpic3-351.1-progress-${date}.json`;
}

/**
 * The text of a progress export (schema version, app version, date, progress).
 * @param progress the learner's progress
 * @param now epoch ms, recorded as the export date
 */
export function progressFileText(progress: Progress, now: number): string {
  return JSON.stringify(createExport(progress, APP_VERSION, now));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An export date as the learner's wall clock shows it, "2 Mar 2026, 10:00".
 * @param epochMs the moment
 * @param offsetEastMinutes minutes east of UTC (`Clock#tzOffsetMinutes`)
 */
export function formatExportDate(epochMs: number, offsetEastMinutes: number): string {
  const local = new Date(epochMs + offsetEastMinutes * 60_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${time}`;
}
