import type { Progress } from '../progress/types';

/**
 * How many questions are due by a moment, counted straight from the cards (no bank needed),
 * for summaries such as the home page. Cards of retired questions are counted too; the
 * review queue itself filters them out.
 * @param progress the learner's progress
 * @param at epoch ms
 */
export function countDueCards(progress: Progress, at: number): number {
  let due = 0;
  for (const id in progress.cards) {
    if (Object.hasOwn(progress.cards, id) && progress.cards[id]!.due <= at) due += 1;
  }
  return due;
}
