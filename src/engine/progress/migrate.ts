import { z } from '../validation/zod';
import type { QuestionId } from '../content/types';
import { replayAnswers } from '../srs/replay';
import { formatZodError } from './format-issues';
import { isoDateTimeSchema, MAX_ID_LENGTH, type PersistedProgress } from './schema';
import { serializeProgress } from './serialize';
import { DEFAULT_SETTINGS, PROGRESS_VERSION, RATING, type Progress } from './types';

/**
 * Version 1, the first release: a flat list of answers, right or wrong, with no scheduling
 * state, the lessons read, and the only setting it had (new questions per day).
 */
export const progressV1Schema = z.object({
  version: z.literal(1),
  answers: z.array(
    z.object({
      q: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
      at: isoDateTimeSchema,
      correct: z.boolean(),
    }),
  ),
  lessonsRead: z.record(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)), isoDateTimeSchema),
  newPerDay: z.int().check(z.minimum(0), z.maximum(1000)),
});
/** Version 1 progress as stored. */
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** Outcome of a migration: the current persisted form, or why it failed. */
export type MigrationResult =
  | { readonly ok: true; readonly persisted: PersistedProgress }
  | { readonly ok: false; readonly error: string };

/** One step: data of version N in, data of version N + 1 out. */
type MigrationStep = (raw: unknown, base: string) => { readonly ok: true; readonly persisted: unknown } | { readonly ok: false; readonly error: string };

// v1 -> v2: replay every answer through FSRS (right = Good, wrong = Again, as the app rates
// answers today) to build cards and logs. Response times were not recorded: they become 0.
function migrateV1(raw: unknown, base: string): MigrationResult {
  const parsed = progressV1Schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, error: formatZodError(parsed.error, base) };
  const v1 = parsed.data;
  const settings = { ...DEFAULT_SETTINGS, newPerDay: v1.newPerDay };
  const answers = v1.answers.map((answer) => ({
    questionId: answer.q as QuestionId,
    rating: answer.correct ? RATING.good : RATING.again,
    reviewedAt: Date.parse(answer.at),
    responseMs: 0,
    source: 'p' as const,
  }));
  const { cards, logQuestionIds, logs } = replayAnswers(settings, answers);
  const lessonsRead = Object.fromEntries(Object.entries(v1.lessonsRead).map(([id, at]) => [id, Date.parse(at)]));
  const times = [...answers.map((answer) => answer.reviewedAt), ...Object.values(lessonsRead)];
  const progress: Progress = {
    version: PROGRESS_VERSION,
    updatedAt: times.reduce((latest, time) => Math.max(latest, time), 0),
    settings,
    cards,
    logQuestionIds,
    logs,
    lessonsRead,
    labTasksDone: {},
    examHistory: [],
    undo: [],
  };
  return { ok: true, persisted: serializeProgress(progress) };
}

const STEPS: Readonly<Record<number, MigrationStep>> = {
  1: migrateV1,
};

/**
 * Brings persisted progress of an older version up to PROGRESS_VERSION. Each step validates
 * its own input version; the result should still go through `parseProgress` validation.
 * @param raw persisted data of version `fromVersion`
 * @param fromVersion the version `raw` was written with
 * @param base name of the root in error messages; default "progress"
 */
export function migrateProgress(raw: unknown, fromVersion: number, base = 'progress'): MigrationResult {
  let value = raw;
  for (let version = fromVersion; version < PROGRESS_VERSION; version += 1) {
    const step = STEPS[version];
    if (step === undefined) {
      return { ok: false, error: `${base}.version: cannot migrate from version ${fromVersion}; expected 1 to ${PROGRESS_VERSION}` };
    }
    const result = step(value, base);
    if (!result.ok) return result;
    value = result.persisted;
  }
  if (fromVersion > PROGRESS_VERSION || !Number.isSafeInteger(fromVersion)) {
    return { ok: false, error: `${base}.version: cannot migrate from version ${fromVersion}; expected 1 to ${PROGRESS_VERSION}` };
  }
  return { ok: true, persisted: value as PersistedProgress };
}
