import type { AnswerResponse } from '../quiz/grade';
import type { SessionItem } from '../quiz/session-item';

/**
 * A timed mock exam. Plain data (JSON-safe), so the store can persist it and resume after
 * a reload; every transition below is pure and returns a new state. Once submitted, the
 * state no longer changes.
 */
export interface ExamState {
  readonly id: string;
  readonly seed: number;
  /** Epoch ms at which the clock started. */
  readonly startedAt: number;
  readonly durationMs: number;
  readonly items: readonly SessionItem[];
  /** Responses by item index; an unanswered item has no entry. */
  readonly answers: Readonly<Record<number, AnswerResponse>>;
  /** Item indexes flagged for review, ascending. */
  readonly flagged: readonly number[];
  /** Index of the item on screen. */
  readonly current: number;
  /** Epoch ms of submission, never later than the deadline; null while the exam runs. */
  readonly submittedAt: number | null;
  /** How many times each item was opened, aligned with `items`. */
  readonly visits: readonly number[];
  /** Time spent on each item so far, aligned with `items`. */
  readonly timeOnQuestionMs: readonly number[];
  /** Epoch ms from which time on the current item has not yet been counted. */
  readonly countedUntil: number;
}

/** Everything needed to start an exam clock. */
export interface ExamStart {
  readonly id: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly durationMs: number;
  readonly items: readonly SessionItem[];
}

/**
 * Start an exam on its first item, with that item counted as visited.
 * @param start id, seed, start time, duration and items
 * @returns a running exam with no answers or flags
 */
export function createExamState(start: ExamStart): ExamState {
  return {
    ...start,
    answers: {},
    flagged: [],
    current: 0,
    submittedAt: null,
    visits: start.items.map((_, index) => (index === 0 ? 1 : 0)),
    timeOnQuestionMs: start.items.map(() => 0),
    countedUntil: start.startedAt,
  };
}

/**
 * When time runs out.
 * @param state the exam
 * @returns epoch ms of the deadline
 */
export function examDeadline(state: ExamState): number {
  return state.startedAt + state.durationMs;
}

/**
 * Time left on the clock; after submission the clock stays where it stopped.
 * @param state the exam
 * @param now epoch ms
 * @returns milliseconds left, never negative
 */
export function remainingMs(state: ExamState, now: number): number {
  const clock = state.submittedAt ?? now;
  return Math.max(0, examDeadline(state) - clock);
}

/**
 * Whether the time is up (submitted or not).
 * @param state the exam
 * @param now epoch ms
 * @returns true from the deadline on
 */
export function isExpired(state: ExamState, now: number): boolean {
  return now >= examDeadline(state);
}

/**
 * Add the time since the last count to the current item, up to the deadline. Call it
 * whenever the current item changes or the exam is left (goTo and submitExam already do).
 * @param state the exam
 * @param now epoch ms; a clock that went backwards adds nothing
 * @returns the state with the time counted
 */
export function recordTimeOnQuestion(state: ExamState, now: number): ExamState {
  if (state.submittedAt !== null) return state;
  const until = Math.min(now, examDeadline(state));
  const spent = Math.max(0, until - state.countedUntil);
  if (spent === 0) return state;
  const timeOnQuestionMs = state.timeOnQuestionMs.map((ms, index) => (index === state.current ? ms + spent : ms));
  return { ...state, timeOnQuestionMs, countedUntil: until };
}

/**
 * Open another item (question map, next, previous), counting the time on the one left.
 * @param state the exam
 * @param index the item to open; a RangeError is thrown when it is not an item
 * @param now epoch ms
 * @returns the state on the new item; unchanged once submitted
 */
export function goTo(state: ExamState, index: number, now: number): ExamState {
  assertItemIndex(state, index, 'goTo');
  if (state.submittedAt !== null) return state;
  const counted = recordTimeOnQuestion(state, now);
  if (index === state.current) return counted;
  const visits = counted.visits.map((count, at) => (at === index ? count + 1 : count));
  return { ...counted, current: index, visits };
}

/**
 * Set, change or clear the response to an item. An empty response (no option picked, or
 * only whitespace typed) clears it, so `unansweredIndexes` stays truthful.
 * @param state the exam
 * @param index the item answered; a RangeError is thrown when it is not an item
 * @param response the response with ORIGINAL option indexes, or null to clear; a TypeError
 *   is thrown when its kind does not suit the item or an option index is out of range
 * @param now epoch ms; answers arriving at or after the deadline are ignored
 * @returns the state with the response stored; unchanged once submitted or expired
 */
export function answerExamQuestion(
  state: ExamState,
  index: number,
  response: AnswerResponse | null,
  now: number,
): ExamState {
  const item = assertItemIndex(state, index, 'answerExamQuestion');
  if (state.submittedAt !== null || isExpired(state, now)) return state;
  const stored = response === null ? null : normaliseResponse(response, item, index);
  const answers: Record<number, AnswerResponse> = { ...state.answers };
  if (stored === null) delete answers[index];
  else answers[index] = stored;
  return { ...state, answers };
}

/**
 * Flag an item for review, or unflag it.
 * @param state the exam
 * @param index the item; a RangeError is thrown when it is not an item
 * @returns the state with the flag toggled; unchanged once submitted
 */
export function toggleFlag(state: ExamState, index: number): ExamState {
  assertItemIndex(state, index, 'toggleFlag');
  if (state.submittedAt !== null) return state;
  const flagged = state.flagged.includes(index)
    ? state.flagged.filter((at) => at !== index)
    : [...state.flagged, index].sort((a, b) => a - b);
  return { ...state, flagged };
}

/**
 * Hand the exam in, counting the time on the current item. Submitting late (the tab slept,
 * or auto-submit fired after the deadline) records the deadline, not `now`.
 * @param state the exam
 * @param now epoch ms
 * @returns the submitted state; unchanged if it was already submitted
 */
export function submitExam(state: ExamState, now: number): ExamState {
  if (state.submittedAt !== null) return state;
  const submittedAt = Math.min(now, examDeadline(state));
  return { ...recordTimeOnQuestion(state, submittedAt), submittedAt };
}

/**
 * Auto-submit: call on every timer tick and when a saved exam is resumed.
 * @param state the exam
 * @param now epoch ms
 * @returns the state submitted at the deadline if time is up, else the same state
 */
export function submitIfExpired(state: ExamState, now: number): ExamState {
  return state.submittedAt === null && isExpired(state, now) ? submitExam(state, now) : state;
}

/**
 * Items without a response, for the "n questions unanswered" warning before submitting.
 * @param state the exam
 * @returns item indexes, ascending
 */
export function unansweredIndexes(state: ExamState): number[] {
  return state.items.flatMap((_, index) => (state.answers[index] === undefined ? [index] : []));
}

function assertItemIndex(state: ExamState, index: number, caller: string): SessionItem {
  const item = Number.isInteger(index) ? state.items[index] : undefined;
  if (item === undefined) throw new RangeError(`${caller}: index ${index} is not an item of exam ${state.id}`);
  return item;
}

function normaliseResponse(response: AnswerResponse, item: SessionItem, index: number): AnswerResponse | null {
  // Fill items are the only ones without options, so the option order tells the kinds apart.
  const expected = item.optionOrder.length === 0 ? 'fill' : 'choice';
  if (response.kind !== expected) {
    const got = response.kind;
    throw new TypeError(`answerExamQuestion: item ${index} (${item.questionId}) takes a '${expected}' response, got '${got}'`);
  }
  if (response.kind === 'fill') return response.text.trim() === '' ? null : response;
  const selected = [...new Set(response.selected)].sort((a, b) => a - b);
  const outOfRange = selected.find((option) => !Number.isInteger(option) || option < 0 || option >= item.optionOrder.length);
  if (outOfRange !== undefined) {
    throw new TypeError(`answerExamQuestion: item ${index} (${item.questionId}) has no option ${outOfRange}`);
  }
  return selected.length === 0 ? null : { kind: 'choice', selected };
}
