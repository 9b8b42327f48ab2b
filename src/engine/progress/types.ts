import type { QuestionId } from '../content/types';

/**
 * Version of the progress data. Bump it whenever the persisted shape changes, and add a step
 * to `migrateProgress` that turns the previous version into the new one.
 * v1: a flat list of answers (no scheduling); v2: FSRS cards and compact review logs.
 */
export const PROGRESS_VERSION = 2;

/** The four answer ratings, numbered like FSRS (and Anki's keys 1-4). */
export const RATING = { again: 1, hard: 2, good: 3, easy: 4 } as const;
/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type RatingValue = (typeof RATING)[keyof typeof RATING];

/** FSRS card states, numbered like ts-fsrs's `State` enum. */
export const CARD_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
/** 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardState = (typeof CARD_STATE)[keyof typeof CARD_STATE];

/** Where an answer was given: 'p' practice, 'r' review queue, 'e' mock exam. */
export type LogSource = 'p' | 'r' | 'e';

/**
 * The FSRS memory state of one question, with dates as epoch milliseconds (sorting numbers
 * is several times faster than sorting Dates). A question without a card is new.
 */
export interface CompactCard {
  /** When the card is next due (epoch ms). */
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  /** Whole days between the last two reviews (kept so the card round-trips to ts-fsrs). */
  readonly elapsedDays: number;
  /** Whole days from the last review to `due`; 0 while in (re)learning steps. */
  readonly scheduledDays: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardState;
  /** Index of the current (re)learning step. */
  readonly learningSteps: number;
  /** When the card was last reviewed (epoch ms); null only for a never-reviewed card. */
  readonly lastReview: number | null;
}

/**
 * One answer, as a tuple of numbers so that 100,000 of them stay small in memory and in
 * storage (~37 bytes of JSON each) and the stored arrays are used as they are on load:
 * [questionIndex (into Progress.logQuestionIds), rating 1-4, reviewedAt (epoch ms, whole
 *  seconds), responseMs, stateBefore 0-3, stateAfter 0-3, source 'p'|'r'|'e'].
 * `LOG` names the positions; `logQuestionId` turns the index back into an id.
 */
export type ReviewLogEntry = readonly [
  questionIndex: number,
  rating: RatingValue,
  reviewedAt: number,
  responseMs: number,
  stateBefore: CardState,
  stateAfter: CardState,
  source: LogSource,
];

/** Positions in a `ReviewLogEntry`, for readable indexing in hot loops. */
export const LOG = {
  questionIndex: 0,
  rating: 1,
  reviewedAt: 2,
  responseMs: 3,
  stateBefore: 4,
  stateAfter: 5,
  source: 6,
} as const;

/** What a learner can tune. */
export interface StudySettings {
  /** Target probability of recall when a review falls due (FSRS request_retention). */
  readonly desiredRetention: number;
  /** New questions introduced per study day. */
  readonly newPerDay: number;
  /** Longest interval the scheduler may give, in days. */
  readonly maximumIntervalDays: number;
  /** Local hour (0-23) at which a study day starts, like Anki's "next day starts at". */
  readonly dayStartHour: number;
}

/**
 * Defaults. maximumIntervalDays is 365, not FSRS's 36,500: this is exam preparation, and a
 * question pushed out further than a year would not come back before the exam (or before a
 * recertification refresher), so every learned question is seen at least once a year.
 */
export const DEFAULT_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maximumIntervalDays: 365,
  dayStartHour: 4,
};

/** Right answers out of questions asked, for one area of one mock exam. */
export interface AreaScore {
  readonly correct: number;
  readonly total: number;
}

/** The summary of a submitted mock exam kept in the history. */
export interface ExamAttemptSummary {
  readonly id: string;
  /** Epoch ms. */
  readonly startedAt: number;
  /** Epoch ms. */
  readonly submittedAt: number;
  /** Number of questions. */
  readonly size: number;
  readonly correct: number;
  readonly percent: number;
  /** Estimated LPI scaled score (200-800). */
  readonly scaled: number;
  readonly passed: boolean;
  /** Keyed by AreaId; a plain string key so history survives a renamed area. */
  readonly perArea: Readonly<Record<string, AreaScore>>;
}

/**
 * What `undoLast` needs to reverse one rating: the card as it was (null when the question
 * was new) and the time of the log entry that the rating appended.
 */
export interface UndoEntry {
  readonly questionId: QuestionId;
  readonly cardBefore: CompactCard | null;
  readonly reviewedAt: number;
}

/** How many ratings can be undone in a row. */
export const UNDO_LIMIT = 10;

/** Everything the app remembers about a learner, in memory (dates as epoch ms). */
export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  /** Last change (epoch ms); decides whose settings win in `mergeProgress`. */
  readonly updatedAt: number;
  readonly settings: StudySettings;
  /** Keyed by QuestionId. Cards of questions no longer in the bank are kept, and ignored. */
  readonly cards: Readonly<Record<string, CompactCard>>;
  /**
   * Question ids that logs refer to by index, each once, in order of first answer. Ids stay
   * in the table when their last log is undone (harmless, and indexes never shift).
   */
  readonly logQuestionIds: readonly QuestionId[];
  /** Oldest first. */
  readonly logs: readonly ReviewLogEntry[];
  /** LessonId -> when first marked read (epoch ms). */
  readonly lessonsRead: Readonly<Record<string, number>>;
  /** Lab task id -> when first completed (epoch ms). */
  readonly labTasksDone: Readonly<Record<string, number>>;
  /** Oldest first. */
  readonly examHistory: readonly ExamAttemptSummary[];
  /** Most recent last, at most UNDO_LIMIT entries. */
  readonly undo: readonly UndoEntry[];
}
