import type { AreaId, Difficulty, LessonId, Question, QuestionId, QuestionType } from '../content/types';
import { filterUniqueQuestions } from './question-bank';
import { createRng, drawSample } from './rng';
import { createSessionItem, type SessionItem } from './session-item';

/**
 * Which questions a practice session may draw. Every given filter must hold (they combine
 * with AND). A filter left undefined does not restrict; an empty list matches nothing, so
 * "retry the missed ones" with nothing missed gives an empty session, not the whole bank.
 */
export interface SessionFilters {
  readonly areas?: readonly AreaId[];
  readonly lessons?: readonly LessonId[];
  readonly types?: readonly QuestionType[];
  readonly difficulties?: readonly Difficulty[];
  /** Only questions whose last answer was wrong. */
  readonly onlyWrong?: boolean;
  /** Only questions never answered. */
  readonly onlyUnseen?: boolean;
  /** An explicit list, e.g. the questions missed in the previous session. */
  readonly questionIds?: readonly QuestionId[];
}

/** What the caller knows about one question's past answers. */
export interface QuestionHistoryEntry {
  /** How many times the question was answered. */
  readonly seen: number;
  /** Whether the most recent answer was correct. */
  readonly lastCorrect: boolean;
}

/** Past answers per question; a question missing from the map was never answered. */
export type QuestionHistory = ReadonlyMap<QuestionId, QuestionHistoryEntry>;

/** A practice session ready to show. */
export interface BuiltSession {
  readonly items: readonly SessionItem[];
  /** The size asked for. */
  readonly requested: number;
  /** How many questions matched the filters. */
  readonly available: number;
  /** A sentence for the user when fewer questions matched than were asked for, else null. */
  readonly shortfall: string | null;
}

const NO_HISTORY: QuestionHistory = new Map();

/**
 * Draw a practice session: filter the bank, pick `size` distinct questions at random and
 * shuffle each question's options. The same arguments always give the same session.
 * @param bank all questions; repeated ids are used once
 * @param filters which questions may be drawn (see `SessionFilters`)
 * @param size how many questions to ask, a non-negative integer; fewer when fewer match
 * @param seed seeds both the question draw and the option orders
 * @param history past answers, needed by `onlyWrong` and `onlyUnseen`; defaults to none
 * @returns the items plus what was requested, what was available and a shortfall message
 */
export function buildSession(
  bank: readonly Question[],
  filters: SessionFilters,
  size: number,
  seed: number,
  history: QuestionHistory = NO_HISTORY,
): BuiltSession {
  assertSessionSize(size);
  const matches = filterUniqueQuestions(bank, createQuestionFilter(filters, history));
  const rng = createRng(seed);
  const chosen = drawSample(matches, size, rng);
  const items = chosen.map((question) => createSessionItem(question, rng));
  return {
    items,
    requested: size,
    available: matches.length,
    shortfall: describeShortfall(size, matches.length),
  };
}

/**
 * Turn filters into a predicate over questions.
 * @param filters which questions may be drawn
 * @param history past answers, for `onlyWrong` and `onlyUnseen`; defaults to none
 * @returns true for questions that pass every filter
 */
export function createQuestionFilter(
  filters: SessionFilters,
  history: QuestionHistory = NO_HISTORY,
): (question: Question) => boolean {
  const areas = toSet(filters.areas);
  const lessons = toSet(filters.lessons);
  const types = toSet(filters.types);
  const difficulties = toSet(filters.difficulties);
  const questionIds = toSet(filters.questionIds);
  return (question) => {
    if (areas && !areas.has(question.area)) return false;
    if (lessons && !lessons.has(question.lesson)) return false;
    if (types && !types.has(question.type)) return false;
    if (difficulties && !difficulties.has(question.difficulty)) return false;
    if (questionIds && !questionIds.has(question.id)) return false;
    if (!filters.onlyWrong && !filters.onlyUnseen) return true;
    const past = history.get(question.id);
    const seen = past !== undefined && past.seen > 0;
    if (filters.onlyWrong && !(seen && !past.lastCorrect)) return false;
    return !(filters.onlyUnseen && seen);
  };
}

function toSet<T>(values: readonly T[] | undefined): ReadonlySet<T> | null {
  return values === undefined ? null : new Set(values);
}

function assertSessionSize(size: number): void {
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`buildSession: size: expected a non-negative integer, got ${size}`);
  }
}

function describeShortfall(requested: number, available: number): string | null {
  if (available >= requested) return null;
  if (available === 0) return 'No questions match these filters.';
  const noun = available === 1 ? 'question matches' : 'questions match';
  return `Only ${available} ${noun} these filters, so the session has ${available} instead of ${requested}.`;
}
