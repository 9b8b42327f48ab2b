import type { AreaId, LessonId, QuestionId } from '../../../src/engine/content/types';
import { createEmptyProgress } from '../../../src/engine/progress/create';
import type { Progress, RatingValue, StudySettings } from '../../../src/engine/progress/types';
import { DEFAULT_SETTINGS } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';
import type { BankEntry } from '../../../src/engine/srs/bank';

/** Monday 2026-01-05 09:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function qid(id: string): QuestionId {
  return id as QuestionId;
}

export function lid(id: string): LessonId {
  return id as LessonId;
}

export function entry(id: string, area: AreaId, lesson: string): BankEntry {
  return { id: qid(id), area, lesson: lid(lesson) };
}

export function emptyProgress(settings: Partial<StudySettings> = {}): Progress {
  return createEmptyProgress(T0 - DAY, { ...DEFAULT_SETTINGS, ...settings });
}

/** Applies ratings to one question at the given times. */
export function rate(progress: Progress, id: string, steps: readonly (readonly [RatingValue, number])[]): Progress {
  return steps.reduce((current, [rating, at]) => applyRating(current, qid(id), rating, at, 5000, 'r'), progress);
}
