import type { QuestionId } from '../content/types';
import type { PersistedCard, PersistedExam, PersistedLog, PersistedProgress } from './schema';
import {
  PROGRESS_VERSION,
  type AreaScore,
  type CompactCard,
  type ExamAttemptSummary,
  type Progress,
  type StudySettings,
} from './types';

// Assigning obj["__proto__"] would replace the prototype of a record, so that key is never
// copied (parseProgress also refuses it; this guards data that skipped parsing).
const FORBIDDEN_KEY = '__proto__';

function toIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function digits2(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/**
 * Epoch ms of an ISO 8601 UTC date-time. The form `toISOString` writes
 * ("2026-01-05T09:00:00.000Z") is read digit by digit, about 3x faster than Date.parse,
 * which matters for 20,000 card dates on load; any other form goes to Date.parse.
 * @param text a validated ISO date-time
 */
export function parseIsoDateTime(text: string): number {
  if (text.length !== 24 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return Date.parse(text);
  const year = digits2(text, 0) * 100 + digits2(text, 2);
  // Date.UTC reads years 0-99 as 1900-1999.
  if (year < 100) return Date.parse(text);
  const millis = (text.charCodeAt(20) - 48) * 100 + digits2(text, 21);
  return Date.UTC(year, digits2(text, 5) - 1, digits2(text, 8), digits2(text, 11), digits2(text, 14), digits2(text, 17), millis);
}

/**
 * A card in its persisted form, a tuple in CARD_FIELDS order with ISO date strings.
 * @param card the in-memory card
 */
export function serializeCard(card: CompactCard): PersistedCard {
  return [
    toIso(card.due),
    card.lastReview === null ? null : toIso(card.lastReview),
    card.stability,
    card.difficulty,
    card.state,
    card.learningSteps,
    card.reps,
    card.lapses,
    card.scheduledDays,
    card.elapsedDays,
  ];
}

/**
 * A persisted card back in memory (epoch ms dates).
 * @param card a card that passed validation
 */
export function reviveCard(card: PersistedCard): CompactCard {
  const [due, lastReview, stability, difficulty, state, learningSteps, reps, lapses, scheduledDays, elapsedDays] = card;
  return {
    due: parseIsoDateTime(due),
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    reps,
    lapses,
    state,
    learningSteps,
    lastReview: lastReview === null ? null : parseIsoDateTime(lastReview),
  };
}

function mapRecord<A, B>(record: Readonly<Record<string, A>>, convert: (value: A) => B): Record<string, B> {
  const result: Record<string, B> = {};
  for (const key of Object.keys(record)) {
    if (key !== FORBIDDEN_KEY) result[key] = convert(record[key] as A);
  }
  return result;
}

// Saving follows every answer, and between two saves only one card is new: caching the
// persisted form of each (immutable) card makes the next save cheap. Results are shared, so
// treat them as read-only.
const persistedCards = new WeakMap<CompactCard, PersistedCard>();

function serializeCardCached(card: CompactCard): PersistedCard {
  let persisted = persistedCards.get(card);
  if (persisted === undefined) {
    persisted = serializeCard(card);
    persistedCards.set(card, persisted);
  }
  return persisted;
}

// Fields are copied one by one, never spread: a file may carry extra keys, and only the
// known ones should reach memory.
function copyAreaScore(score: AreaScore): AreaScore {
  return { correct: score.correct, total: score.total };
}

function copySettings(settings: StudySettings): StudySettings {
  return {
    desiredRetention: settings.desiredRetention,
    newPerDay: settings.newPerDay,
    maximumIntervalDays: settings.maximumIntervalDays,
    dayStartHour: settings.dayStartHour,
  };
}

function serializeExam(exam: ExamAttemptSummary): PersistedExam {
  return {
    id: exam.id,
    startedAt: toIso(exam.startedAt),
    submittedAt: toIso(exam.submittedAt),
    size: exam.size,
    correct: exam.correct,
    percent: exam.percent,
    scaled: exam.scaled,
    passed: exam.passed,
    perArea: mapRecord(exam.perArea, copyAreaScore),
  };
}

function reviveExam(exam: PersistedExam): ExamAttemptSummary {
  return {
    id: exam.id,
    startedAt: parseIsoDateTime(exam.startedAt),
    submittedAt: parseIsoDateTime(exam.submittedAt),
    size: exam.size,
    correct: exam.correct,
    percent: exam.percent,
    scaled: exam.scaled,
    passed: exam.passed,
    perArea: mapRecord(exam.perArea, copyAreaScore),
  };
}

/**
 * The JSON-ready form of progress: ISO strings for card, lesson, lab and exam dates; the log
 * tuples as they are (~37 bytes each). The result shares the log tuples with `progress` and
 * card tuples with earlier results: read it, serialise it, do not modify it.
 * @param progress in-memory progress
 */
export function serializeProgress(progress: Progress): PersistedProgress {
  return {
    version: PROGRESS_VERSION,
    updatedAt: toIso(progress.updatedAt),
    settings: copySettings(progress.settings),
    cards: mapRecord(progress.cards, serializeCardCached),
    logQuestionIds: [...progress.logQuestionIds],
    // The in-memory tuple is the persisted tuple; readonly in memory, typed mutable by zod.
    logs: progress.logs as PersistedLog[],
    lessonsRead: mapRecord(progress.lessonsRead, toIso),
    labTasksDone: mapRecord(progress.labTasksDone, toIso),
    examHistory: progress.examHistory.map(serializeExam),
    undo: progress.undo.map((entry) => ({
      questionId: entry.questionId,
      cardBefore: entry.cardBefore === null ? null : serializeCardCached(entry.cardBefore),
      reviewedAt: toIso(entry.reviewedAt),
    })),
  };
}

/**
 * Rebuilds in-memory progress from its persisted form without validating it (fast path for
 * data this app wrote itself; use `parseProgress` for anything else). The log tuples are
 * adopted, not copied (100,000 fewer allocations on load): do not modify `persisted` after.
 * @param persisted the current-version persisted form
 */
export function reviveProgress(persisted: PersistedProgress): Progress {
  return {
    version: PROGRESS_VERSION,
    updatedAt: parseIsoDateTime(persisted.updatedAt),
    settings: copySettings(persisted.settings),
    cards: mapRecord(persisted.cards, reviveCard),
    logQuestionIds: persisted.logQuestionIds as QuestionId[],
    logs: persisted.logs,
    lessonsRead: mapRecord(persisted.lessonsRead, parseIsoDateTime),
    labTasksDone: mapRecord(persisted.labTasksDone, parseIsoDateTime),
    examHistory: persisted.examHistory.map(reviveExam),
    undo: persisted.undo.map((entry) => ({
      questionId: entry.questionId as QuestionId,
      cardBefore: entry.cardBefore === null ? null : reviveCard(entry.cardBefore),
      reviewedAt: parseIsoDateTime(entry.reviewedAt),
    })),
  };
}
