import type { ChoiceQuestion } from '../content/types';

/**
 * How many options the learner must pick: the number of correct options of a multiple
 * question (the "Choose TWO" of the prompt), and 1 for a single question.
 * @param question a single or multiple question
 * @returns the number of options to pick
 */
export function requiredSelections(question: ChoiceQuestion): number {
  if (question.type === 'single') return 1;
  return question.options.filter((option) => option.correct).length;
}

/**
 * Apply a click or a number key to the current selection. A single question replaces the
 * selection (pressing the picked option again keeps it, as a radio button does); a
 * multiple question toggles the option. It never caps the count: picking too many is
 * allowed and reported by `isSelectionComplete`, so the learner is never silently overruled.
 * @param selected picked options, as original indexes
 * @param index the original index of the option pressed
 * @param question the question on screen
 * @returns the new selection, ascending; unchanged when index is not an option
 */
export function toggleSelection(selected: readonly number[], index: number, question: ChoiceQuestion): number[] {
  const current = [...new Set(selected)].sort((a, b) => a - b);
  if (!Number.isInteger(index) || index < 0 || index >= question.options.length) return current;
  if (question.type === 'single') return [index];
  return current.includes(index) ? current.filter((picked) => picked !== index) : [...current, index].sort((a, b) => a - b);
}

/**
 * Whether exactly the required number of options is picked, so an answer may be submitted.
 * @param selected picked options, as original indexes
 * @param question the question on screen
 * @returns true when the count of distinct picks equals `requiredSelections(question)`
 */
export function isSelectionComplete(selected: readonly number[], question: ChoiceQuestion): boolean {
  return new Set(selected).size === requiredSelections(question);
}
