import type { LessonId, QuestionId } from '../../../src/engine/content/types';
import { createEmptyProgress, markLabTaskDone, markLessonRead, recordExamAttempt } from '../../../src/engine/progress/create';
import type { Progress, RatingValue } from '../../../src/engine/progress/types';
import { applyRating } from '../../../src/engine/srs/apply-rating';

/** Monday 2026-01-05 09:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;

export const qid = (id: string) => id as QuestionId;

/** A learner with a bit of everything: cards in several states, lessons, a lab, an exam. */
export function sampleProgress(): Progress {
  let progress = createEmptyProgress(T0 - 10 * DAY);
  const answers: [string, RatingValue, number][] = [
    ['cpu-flags-001', 3, T0 - 9 * DAY],
    ['cpu-flags-001', 3, T0 - 9 * DAY + 10 * MINUTE],
    ['cpu-flags-002', 1, T0 - 9 * DAY + 11 * MINUTE],
    ['open-vswitch-004', 4, T0 - 8 * DAY],
    ['cpu-flags-001', 1, T0 - 6 * DAY],
    ['management-tools-012', 2, T0 - 2 * DAY],
    ['cpu-flags-002', 3, T0 - DAY],
  ];
  for (const [id, rating, at] of answers) progress = applyRating(progress, qid(id), rating, at, 3200 + at % 997, 'r');
  progress = markLessonRead(progress, 'cpu-flags' as LessonId, T0 - 9 * DAY - 30 * MINUTE);
  progress = markLabTaskDone(progress, 'cpu-flags/find-vmx', T0 - 7 * DAY);
  progress = recordExamAttempt(
    progress,
    {
      id: 'exam-2026-01-03',
      startedAt: T0 - 2 * DAY,
      submittedAt: T0 - 2 * DAY + 25 * MINUTE,
      size: 20,
      correct: 14,
      percent: 70,
      scaled: 535,
      passed: true,
      perArea: { 'cpu-flags': { correct: 3, total: 4 }, 'open-vswitch': { correct: 1, total: 2 } },
    },
    T0 - 2 * DAY + 25 * MINUTE,
  );
  return progress;
}
