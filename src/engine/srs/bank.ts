import type { AreaId, LessonId, QuestionId } from '../content/types';

/** What the scheduler needs to know about a question of the bank (a `Question` fits). */
export interface BankEntry {
  readonly id: QuestionId;
  readonly area: AreaId;
  readonly lesson: LessonId;
}

/** A card with this many lapses or more is a leech (Anki's default threshold). */
export const LEECH_LAPSES = 8;

/**
 * Assumed chance of answering an unseen question right. Most of the bank is multiple choice
 * with four options (25 % by guessing), some questions have several right answers or are
 * fill-in (close to 0 % by guessing), and the learners are working Linux administrators
 * who know part of the material: 0.35 is a little above guessing. An assumption, not a
 * measurement.
 */
export const UNSEEN_RECALL_PRIOR = 0.35;

/**
 * Assumed chance for an unseen question whose lesson has been read: reading teaches much of
 * what the questions ask, but recall without practice is weak. An assumption, like the above.
 */
export const UNSEEN_READ_RECALL_PRIOR = 0.5;
