import type { LessonId } from '../content/types';
import { DEFAULT_SETTINGS, PROGRESS_VERSION, type ExamAttemptSummary, type Progress, type StudySettings } from './types';

/**
 * Progress of a learner who has done nothing yet.
 * @param now epoch ms, recorded as `updatedAt`
 * @param settings initial settings; default DEFAULT_SETTINGS
 */
export function createEmptyProgress(now: number, settings: StudySettings = DEFAULT_SETTINGS): Progress {
  return {
    version: PROGRESS_VERSION,
    updatedAt: now,
    settings: { ...settings },
    cards: {},
    logQuestionIds: [],
    logs: [],
    lessonsRead: {},
    labTasksDone: {},
    examHistory: [],
    undo: [],
  };
}

/**
 * Records that a lesson was read; the first time is kept.
 * @param progress current progress (not modified)
 * @param lessonId the lesson
 * @param now epoch ms
 */
export function markLessonRead(progress: Progress, lessonId: LessonId, now: number): Progress {
  if (Object.hasOwn(progress.lessonsRead, lessonId)) return progress;
  return { ...progress, updatedAt: now, lessonsRead: { ...progress.lessonsRead, [lessonId]: now } };
}

/**
 * Records that a lab task was completed; the first time is kept.
 * @param progress current progress (not modified)
 * @param taskId the lab task, e.g. "cpu-flags/find-vmx"
 * @param now epoch ms
 */
export function markLabTaskDone(progress: Progress, taskId: string, now: number): Progress {
  if (Object.hasOwn(progress.labTasksDone, taskId)) return progress;
  return { ...progress, updatedAt: now, labTasksDone: { ...progress.labTasksDone, [taskId]: now } };
}

/**
 * Adds a submitted mock exam to the history; an attempt with the same id is replaced.
 * @param progress current progress (not modified)
 * @param attempt the attempt's summary
 * @param now epoch ms
 */
export function recordExamAttempt(progress: Progress, attempt: ExamAttemptSummary, now: number): Progress {
  const others = progress.examHistory.filter((existing) => existing.id !== attempt.id);
  return { ...progress, updatedAt: now, examHistory: [...others, attempt] };
}

/**
 * Changes some settings. Values are not clamped here; the settings form should use the
 * bounds of `settingsSchema`.
 * @param progress current progress (not modified)
 * @param patch the settings to change
 * @param now epoch ms
 */
export function updateSettings(progress: Progress, patch: Partial<StudySettings>, now: number): Progress {
  return { ...progress, updatedAt: now, settings: { ...progress.settings, ...patch } };
}
