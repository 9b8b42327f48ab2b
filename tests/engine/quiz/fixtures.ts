import type {
  AreaId,
  ChoiceQuestion,
  Difficulty,
  FillQuestion,
  LessonId,
  QuestionId,
} from '../../../src/engine/content/types';

/** Common fields with overridable area, lesson and difficulty. */
interface Placement {
  readonly area?: AreaId;
  readonly lesson?: string;
  readonly difficulty?: Difficulty;
}

function base(id: string, placement: Placement) {
  return {
    id: id as QuestionId,
    area: placement.area ?? 'terminology',
    lesson: (placement.lesson ?? 'virtualization-terminology') as LessonId,
    section: 'a-section',
    difficulty: placement.difficulty ?? 1,
    prompt: `Prompt of ${id}`,
    explanation: `Explanation of ${id}`,
  } as const;
}

/** A single-answer question; `correct` is the index of the right option. */
export function makeSingle(
  id: string,
  correct: number,
  optionCount = 4,
  placement: Placement = {},
  fixedOrder = false,
): ChoiceQuestion {
  return {
    ...base(id, placement),
    type: 'single',
    fixedOrder,
    options: Array.from({ length: optionCount }, (_, index) => ({ text: `${id} option ${index}`, correct: index === correct })),
  };
}

/** A multiple-answer question; `correct` lists the right options. */
export function makeMultiple(
  id: string,
  correct: readonly number[],
  optionCount = 5,
  placement: Placement = {},
  fixedOrder = false,
): ChoiceQuestion {
  return {
    ...base(id, placement),
    type: 'multiple',
    fixedOrder,
    options: Array.from({ length: optionCount }, (_, index) => ({ text: `${id} option ${index}`, correct: correct.includes(index) })),
  };
}

/** A fill-in-the-blank question. */
export function makeFill(
  id: string,
  answers: readonly string[],
  caseSensitive = false,
  placement: Placement = {},
): FillQuestion {
  return { ...base(id, placement), type: 'fill', answers, caseSensitive };
}

/** Shorthand for a branded question id. */
export function qid(id: string): QuestionId {
  return id as QuestionId;
}
