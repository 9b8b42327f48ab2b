import type { ClassifierItem, HypervisorCategory } from './items';
import { CLASSIFIER_CATEGORIES, CLASSIFIER_ITEMS } from './items';

/** The verdict on one placement. */
export interface PlacementResult {
  readonly itemId: string;
  readonly category: HypervisorCategory;
  readonly correct: boolean;
  readonly accepted: readonly HypervisorCategory[];
  readonly explanation: string;
}

/** One item placed in one box. */
export interface Placement {
  readonly itemId: string;
  readonly category: HypervisorCategory;
}

/** The board's score: every item the learner placed, plus the ones still waiting. */
export interface ScoreBoard {
  readonly correct: number;
  readonly placed: number;
  readonly total: number;
  readonly results: readonly PlacementResult[];
  /** Ids of items not placed yet, in the order of CLASSIFIER_ITEMS. */
  readonly unplaced: readonly string[];
}

function requireItem(itemId: string): ClassifierItem {
  const item = CLASSIFIER_ITEMS.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`Unknown classifier item "${itemId}"`);
  return item;
}

function titleOf(category: HypervisorCategory): string {
  return CLASSIFIER_CATEGORIES.find((info) => info.id === category)?.title ?? category;
}

/**
 * Judge putting one item in one box.
 * @param itemId an id from CLASSIFIER_ITEMS
 * @param category the box it was dropped in
 * @returns whether it is right, and the explanation (prefixed with the right box when wrong)
 * @throws Error for an unknown item id (a programming error in the caller)
 */
export function checkPlacement(itemId: string, category: HypervisorCategory): PlacementResult {
  const item = requireItem(itemId);
  const correct = item.accepted.includes(category);
  const explanation = correct
    ? item.explanation
    : `${item.name} belongs in ${item.accepted.map(titleOf).join(' or ')}. ${item.explanation}`;
  return { itemId, category, correct, accepted: item.accepted, explanation };
}

/**
 * Score a board. When an item was placed more than once, its last placement counts.
 * @param placements the learner's placements, oldest first
 * @returns counts, one result per placed item (in the order of CLASSIFIER_ITEMS) and the unplaced ids
 */
export function scoreBoard(placements: readonly Placement[]): ScoreBoard {
  const latest = new Map<string, HypervisorCategory>();
  for (const placement of placements) {
    requireItem(placement.itemId);
    latest.set(placement.itemId, placement.category);
  }
  const results: PlacementResult[] = [];
  const unplaced: string[] = [];
  for (const item of CLASSIFIER_ITEMS) {
    const category = latest.get(item.id);
    if (category === undefined) unplaced.push(item.id);
    else results.push(checkPlacement(item.id, category));
  }
  return {
    correct: results.filter((result) => result.correct).length,
    placed: results.length,
    total: CLASSIFIER_ITEMS.length,
    results,
    unplaced,
  };
}
