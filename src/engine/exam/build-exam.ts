import { AREA_IDS, type AreaId, type Question, type QuestionId, type QuestionType } from '../content/types';
import { createRng, drawIndex, drawSample, shuffle, type Rng } from '../quiz/rng';
import { createSessionItem } from '../quiz/session-item';
import { allocateByShare } from './allocate-by-share';
import { createExamState, type ExamState } from './exam-state';

/** Questions in a mock exam unless asked otherwise. */
export const DEFAULT_EXAM_SIZE = 20;

/** Time allowed per question: the real 305-300 exam gives 90 minutes for 60 questions. */
export const EXAM_MS_PER_QUESTION = 90_000;

/** From this size on, every question format present in the bank appears in the exam. */
export const MIN_SIZE_FOR_ALL_FORMATS = 6;

const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'fill'];

/** How to build a mock exam. */
export interface ExamOptions {
  /** The caller's identifier for the exam. */
  readonly id: string;
  /** Seeds the draw, the question order and the option orders. */
  readonly seed: number;
  /** Epoch ms at which the clock starts. */
  readonly startedAt: number;
  /** Number of questions; defaults to DEFAULT_EXAM_SIZE (20), clamped to the bank. */
  readonly size?: number;
  /** Time allowed; defaults to EXAM_MS_PER_QUESTION (90 s) per question drawn. */
  readonly durationMs?: number;
}

/**
 * Draw a mock exam: each knowledge area gets questions in proportion to its share of the
 * bank (largest remainder, so the counts add up to the size; every area at least one when
 * the size allows), all three formats appear from MIN_SIZE_FOR_ALL_FORMATS questions on,
 * and the questions and their options are shuffled. The same options give the same exam.
 * @param bank all questions; repeated ids are used once; an Error is thrown when empty
 * @param options id, seed, start time, and optional size and duration
 * @returns a running exam on its first question
 */
export function buildExam(bank: readonly Question[], options: ExamOptions): ExamState {
  const pools = groupUniqueByArea(bank);
  const bankSize = pools.reduce((sum, pool) => sum + pool.length, 0);
  if (bankSize === 0) throw new Error(`buildExam: ${options.id}: the question bank is empty`);
  const size = Math.min(readExamSize(options.size), bankSize);
  const rng = createRng(options.seed);
  const counts = allocateByShare(pools.map((pool) => pool.length), size, true);
  const draws = pools.map((pool, at) => drawSample(pool, counts[at] ?? 0, rng));
  if (size >= MIN_SIZE_FOR_ALL_FORMATS) includeEveryFormat(draws, pools, rng);
  const items = shuffle(draws.flat(), rng).map((question) => createSessionItem(question, rng));
  return createExamState({
    id: options.id,
    seed: options.seed,
    startedAt: options.startedAt,
    durationMs: options.durationMs ?? items.length * EXAM_MS_PER_QUESTION,
    items,
  });
}

/**
 * The questions of each area in syllabus order, each id once. One pass over the bank,
 * because with thousands of questions the cost is in touching each question object.
 */
function groupUniqueByArea(bank: readonly Question[]): Question[][] {
  const pools = new Map<AreaId, Question[]>(AREA_IDS.map((area) => [area, []]));
  const seen = new Set<QuestionId>();
  for (const question of bank) {
    if (seen.has(question.id)) continue;
    seen.add(question.id);
    pools.get(question.area)?.push(question);
  }
  return AREA_IDS.map((area) => pools.get(area) ?? []);
}

function readExamSize(size: number | undefined): number {
  const value = size ?? DEFAULT_EXAM_SIZE;
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`buildExam: size: expected a positive integer, got ${value}`);
  }
  return value;
}

/**
 * For each format the bank has but the draw lacks, swap one drawn question for an undrawn
 * one of that format in the same area, so the per-area counts stay as allocated. The
 * question given up belongs to the most common format in the draw, so the swap never
 * removes the last question of another format. Mutates `draws`.
 */
function includeEveryFormat(draws: Question[][], pools: readonly (readonly Question[])[], rng: Rng): void {
  for (const missing of QUESTION_TYPES) {
    const formatCounts = countFormats(draws.flat());
    if (formatCounts.get(missing) !== 0) continue;
    const swaps = draws.flatMap((drawn, area) => findSwap(drawn, pools[area] ?? [], missing, formatCounts) ?? []);
    if (swaps.length === 0) continue;
    const swap = swaps[drawIndex(rng, swaps.length)] as Swap;
    const replacement = swap.candidates[drawIndex(rng, swap.candidates.length)] as Question;
    swap.drawn[swap.victim] = replacement;
  }
}

/** A possible swap in one area: `drawn[victim]` may give way to any of `candidates`. */
interface Swap {
  readonly drawn: Question[];
  readonly victim: number;
  readonly candidates: readonly Question[];
}

function findSwap(
  drawn: Question[],
  pool: readonly Question[],
  missing: QuestionType,
  formatCounts: ReadonlyMap<QuestionType, number>,
): Swap | null {
  const taken = new Set(drawn);
  const candidates = pool.filter((question) => question.type === missing && !taken.has(question));
  const victim = findMostCommonFormat(drawn, formatCounts);
  return candidates.length > 0 && victim !== null ? { drawn, victim, candidates } : null;
}

/** Index of the drawn question whose format is most common overall (at least 2), or null. */
function findMostCommonFormat(drawn: readonly Question[], formatCounts: ReadonlyMap<QuestionType, number>): number | null {
  let victim: number | null = null;
  let victimCount = 1;
  for (const [at, question] of drawn.entries()) {
    const count = formatCounts.get(question.type) ?? 0;
    if (count > victimCount) {
      victim = at;
      victimCount = count;
    }
  }
  return victim;
}

function countFormats(questions: readonly Question[]): Map<QuestionType, number> {
  const counts = new Map<QuestionType, number>(QUESTION_TYPES.map((type) => [type, 0]));
  for (const question of questions) counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
  return counts;
}
