import { z } from '../validation/zod';
import { PROGRESS_VERSION, UNDO_LIMIT } from './types';

const ISO_HINT = 'expected an ISO 8601 UTC date-time such as 2026-01-31T09:00:00.000Z';

/** A date-time as persisted: ISO 8601 in UTC ("Z"), as `Date#toISOString` writes it. */
export const isoDateTimeSchema = z.iso.datetime({
  error: (issue) => (issue.code === 'invalid_format' ? ISO_HINT : undefined),
});

/** The regular expression zod uses for `isoDateTimeSchema`, shared with the fast validators. */
export const ISO_DATE_TIME_PATTERN: RegExp = z.core.regexes.datetime({});

/** Longest id accepted for a question, lesson, lab task or exam attempt. */
export const MAX_ID_LENGTH = 200;

const idSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
const countSchema = z.int().check(z.minimum(0));
const stateSchema = z.literal([0, 1, 2, 3]);

/** Learner settings; bounds keep FSRS inside the range where it is well-behaved. */
export const settingsSchema = z.object({
  desiredRetention: z.number().check(z.minimum(0.7), z.maximum(0.99)),
  newPerDay: z.int().check(z.minimum(0), z.maximum(1000)),
  maximumIntervalDays: z.int().check(z.minimum(1), z.maximum(36500)),
  dayStartHour: z.int().check(z.minimum(0), z.maximum(23)),
});

/**
 * A card as persisted: a tuple, because 10,000 cards as named objects take ~2.3 MB of JSON
 * and as tuples ~1.2 MB, which keeps the 10,000-card / 100,000-log case inside the ~5 MB
 * of localStorage. Positions are named in CARD_FIELDS; dates are ISO 8601 strings.
 */
export const persistedCardSchema = z.tuple([
  isoDateTimeSchema,
  z.nullable(isoDateTimeSchema),
  z.number().check(z.minimum(0)),
  z.number().check(z.minimum(0), z.maximum(10)),
  stateSchema,
  countSchema,
  countSchema,
  countSchema,
  countSchema,
  countSchema,
]);
/** Names of the positions of a persisted card, for error messages and readers of exports. */
export const CARD_FIELDS = [
  'due',
  'lastReview',
  'stability',
  'difficulty',
  'state',
  'learningSteps',
  'reps',
  'lapses',
  'scheduledDays',
  'elapsedDays',
] as const;
export type PersistedCard = z.infer<typeof persistedCardSchema>;

/**
 * A review log as persisted, exactly the in-memory `ReviewLogEntry` (so loading adopts the
 * parsed arrays instead of copying 100,000 of them), about 37 bytes of JSON:
 * [index into logQuestionIds, rating 1-4, reviewedAt epoch ms (whole seconds), responseMs,
 *  stateBefore 0-3, stateAfter 0-3, source 'p' practice | 'r' review | 'e' exam].
 */
export const persistedLogSchema = z.tuple([
  countSchema,
  z.literal([1, 2, 3, 4]),
  countSchema,
  countSchema,
  stateSchema,
  stateSchema,
  z.enum(['p', 'r', 'e']),
]);
export type PersistedLog = z.infer<typeof persistedLogSchema>;
/** Names of the positions of a persisted log, for error messages and readers of exports. */
export const LOG_FIELDS = ['questionIndex', 'rating', 'reviewedAt', 'responseMs', 'stateBefore', 'stateAfter', 'source'] as const;

const areaScoreSchema = z.object({ correct: countSchema, total: countSchema });

/** One mock exam in the history. */
export const persistedExamSchema = z.object({
  id: idSchema,
  startedAt: isoDateTimeSchema,
  submittedAt: isoDateTimeSchema,
  size: countSchema,
  correct: countSchema,
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  scaled: z.number().check(z.minimum(0), z.maximum(1000)),
  passed: z.boolean(),
  perArea: z.record(idSchema, areaScoreSchema),
});
export type PersistedExam = z.infer<typeof persistedExamSchema>;

/** One undo step. */
export const persistedUndoSchema = z.object({
  questionId: idSchema,
  cardBefore: z.nullable(persistedCardSchema),
  reviewedAt: isoDateTimeSchema,
});
export type PersistedUndo = z.infer<typeof persistedUndoSchema>;

/**
 * The whole persisted progress (current version). Log question ids are interned in
 * `logQuestionIds` (each id once) so 100,000 logs cost ~3.7 MB of JSON instead of ~5 MB.
 */
export const persistedProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  updatedAt: isoDateTimeSchema,
  settings: settingsSchema,
  cards: z.record(idSchema, persistedCardSchema),
  logQuestionIds: z.array(idSchema),
  logs: z.array(persistedLogSchema),
  lessonsRead: z.record(idSchema, isoDateTimeSchema),
  labTasksDone: z.record(idSchema, isoDateTimeSchema),
  examHistory: z.array(persistedExamSchema),
  undo: z.array(persistedUndoSchema).check(z.maxLength(UNDO_LIMIT)),
});
export type PersistedProgress = z.infer<typeof persistedProgressSchema>;

/**
 * Everything but the two bulk collections, which `validateCards`/`validateLogs` check in
 * plain loops: zod needs 40-130 ms for 100,000 log tuples, the loops a few ms.
 */
export const persistedProgressShellSchema = z.omit(persistedProgressSchema, { cards: true, logs: true });
