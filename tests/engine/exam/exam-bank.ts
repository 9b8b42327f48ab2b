import { AREA_IDS, type AreaId, type Difficulty, type Question } from '../../../src/engine/content/types';
import { makeFill, makeMultiple, makeSingle } from '../quiz/fixtures';

/** Questions per area, in syllabus order: uneven on purpose (80 in all). */
export const AREA_SIZES: readonly number[] = [12, 8, 10, 6, 9, 5, 7, 11, 4, 8];

/**
 * A fixed bank of 80 questions. Within each area the formats cycle single, multiple, fill,
 * so every area but the smallest ones has all three. Ids read `<area>-<n>-<type>`.
 */
export const EXAM_BANK: readonly Question[] = AREA_IDS.flatMap((area, at) =>
  Array.from({ length: AREA_SIZES[at] ?? 0 }, (_, n) => makeQuestion(area, n)),
);

function makeQuestion(area: AreaId, n: number): Question {
  const id = `${area}-${n}`;
  const placement = { area, lesson: area, difficulty: ((n % 3) + 1) as Difficulty };
  if (n % 3 === 0) return makeSingle(`${id}-single`, n % 4, 4, placement);
  if (n % 3 === 1) return makeMultiple(`${id}-multiple`, [0, 2], 5, placement);
  return makeFill(`${id}-fill`, [`answer ${id}`], false, placement);
}

/**
 * A bank where only one area has fill questions and only one has multiple questions,
 * each outnumbered, so a small exam usually misses a format unless it swaps one in.
 */
export const LOPSIDED_FORMAT_BANK: readonly Question[] = AREA_IDS.flatMap((area) => {
  const singles = Array.from({ length: 9 }, (_, n) => makeSingle(`${area}-${n}-single`, 0, 4, { area, lesson: area }));
  if (area === 'p2v') return [...singles, makeFill(`${area}-9-fill`, ['virt-p2v'], false, { area, lesson: area })];
  if (area === 'cpu-flags') return [...singles, makeMultiple(`${area}-9-multiple`, [0, 1], 4, { area, lesson: area })];
  return singles;
});
