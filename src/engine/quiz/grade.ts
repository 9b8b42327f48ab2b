import type { ChoiceQuestion, FillQuestion, Question, QuestionId } from '../content/types';

/** Options picked on a single or multiple question, as ORIGINAL option indexes. */
export interface ChoiceResponse {
  readonly kind: 'choice';
  readonly selected: readonly number[];
}

/** Text typed into a fill-in-the-blank question. */
export interface FillResponse {
  readonly kind: 'fill';
  readonly text: string;
}

/** What the learner answered. */
export type AnswerResponse = ChoiceResponse | FillResponse;

/** How a single or multiple question was answered, option by option. */
export interface ChoiceGradeDetails {
  readonly kind: 'choice';
  /** Picked options, ascending, without repeats. */
  readonly selected: readonly number[];
  /** Options that are correct, ascending. */
  readonly correctOptions: readonly number[];
  /** Correct options that were not picked. */
  readonly missed: readonly number[];
  /** Picked options that are not correct. */
  readonly wrongPicks: readonly number[];
  /** True when nothing was picked. */
  readonly empty: boolean;
}

/** How a fill-in-the-blank question was answered. */
export interface FillGradeDetails {
  readonly kind: 'fill';
  /** The text as typed. */
  readonly given: string;
  /** The text as compared (see `normaliseFillAnswer`). */
  readonly normalised: string;
  /** The accepted answer, as written in the bank, that matched; null when none did. */
  readonly matchedAnswer: string | null;
  /** Index of that answer in `question.answers`; null when none matched. */
  readonly matchedAnswerIndex: number | null;
  /** True when nothing but whitespace and quotes was typed. */
  readonly empty: boolean;
}

/** The verdict on one answer. Plain data, safe to persist as JSON. */
export interface GradeResult {
  readonly questionId: QuestionId;
  readonly correct: boolean;
  readonly responseMs: number;
  readonly details: ChoiceGradeDetails | FillGradeDetails;
}

/**
 * Grade one answer. Single questions need exactly the correct option; multiple questions
 * are all or nothing; fill answers are compared after `normaliseFillAnswer`.
 * @param question the question answered
 * @param response what was answered; its kind must suit the question ('choice' for single
 *   and multiple, 'fill' for fill), otherwise a TypeError is thrown
 * @param responseMs time taken to answer; negative values (clock changes) count as 0
 * @returns the verdict with details for feedback
 */
export function gradeAnswer(question: Question, response: AnswerResponse, responseMs: number): GradeResult {
  const details = gradeDetails(question, response);
  return {
    questionId: question.id,
    correct: isCorrect(details),
    responseMs: Math.max(0, responseMs),
    details,
  };
}

/**
 * Grade a question that was never answered (e.g. at the end of a timed exam).
 * @param question the question left blank
 * @param responseMs time spent looking at it; defaults to 0
 * @returns a wrong verdict flagged as empty
 */
export function gradeUnanswered(question: Question, responseMs = 0): GradeResult {
  const blank: AnswerResponse = question.type === 'fill' ? { kind: 'fill', text: '' } : { kind: 'choice', selected: [] };
  return gradeAnswer(question, blank, responseMs);
}

function gradeDetails(question: Question, response: AnswerResponse): ChoiceGradeDetails | FillGradeDetails {
  if (question.type === 'fill') {
    if (response.kind !== 'fill') throw mismatch(question, response);
    return gradeFill(question, response.text);
  }
  if (response.kind !== 'choice') throw mismatch(question, response);
  return gradeChoice(question, response.selected);
}

function isCorrect(details: ChoiceGradeDetails | FillGradeDetails): boolean {
  if (details.kind === 'fill') return details.matchedAnswer !== null;
  return !details.empty && details.missed.length === 0 && details.wrongPicks.length === 0;
}

function mismatch(question: Question, response: AnswerResponse): TypeError {
  return new TypeError(`gradeAnswer: ${question.id}: a ${question.type} question cannot take a '${response.kind}' response`);
}

function gradeChoice(question: ChoiceQuestion, picked: readonly number[]): ChoiceGradeDetails {
  const selected = [...new Set(picked)].sort((a, b) => a - b);
  for (const index of selected) {
    if (!Number.isInteger(index) || index < 0 || index >= question.options.length) {
      const last = question.options.length - 1;
      throw new RangeError(`gradeAnswer: ${question.id}: option index ${index} is out of range 0..${last}`);
    }
  }
  const correctOptions = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  const pickedSet = new Set(selected);
  return {
    kind: 'choice',
    selected,
    correctOptions,
    missed: correctOptions.filter((index) => !pickedSet.has(index)),
    wrongPicks: selected.filter((index) => question.options[index]?.correct !== true),
    empty: selected.length === 0,
  };
}

function gradeFill(question: FillQuestion, given: string): FillGradeDetails {
  const normalised = normaliseFillAnswer(given, question.caseSensitive);
  const empty = normalised === '';
  const matchedAnswerIndex = empty
    ? -1
    : question.answers.findIndex((answer) => normaliseFillAnswer(answer, question.caseSensitive) === normalised);
  const matched = matchedAnswerIndex >= 0;
  return {
    kind: 'fill',
    given,
    normalised,
    matchedAnswer: matched ? (question.answers[matchedAnswerIndex] ?? null) : null,
    matchedAnswerIndex: matched ? matchedAnswerIndex : null,
    empty,
  };
}

/**
 * Pairs stripped from around a fill answer. The typographic pairs are there because phone
 * keyboards turn a typed " or ' into curly quotes.
 */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
]);

/**
 * Reduce a typed answer to the form that is compared: Unicode NFC, trimmed, inner
 * whitespace collapsed to one space, surrounding matching quotes or backticks removed
 * (repeatedly, so "`virsh`" becomes virsh), and lower-cased unless case matters.
 * @param text the answer as typed, or an accepted answer from the bank
 * @param caseSensitive when false (the usual case) letters are compared lower-cased
 * @returns the normalised text; '' when nothing meaningful was typed
 */
export function normaliseFillAnswer(text: string, caseSensitive: boolean): string {
  let result = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  for (;;) {
    const closing = QUOTE_PAIRS.get(result.charAt(0));
    if (result.length < 2 || closing === undefined || !result.endsWith(closing)) break;
    result = result.slice(1, -1).trim();
  }
  return caseSensitive ? result : result.toLowerCase();
}
