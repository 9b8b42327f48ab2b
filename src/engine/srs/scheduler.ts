import { computeDecayFactor, createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import type { CardState, CompactCard, RatingValue, StudySettings } from '../progress/types';
import { formatInterval } from './format-interval';

// This file is the only importer of ts-fsrs in the project: everything else sees
// CompactCard (epoch-ms numbers) and the scheduler below.

/** Learning steps for new cards: again in 1 minute, then 10 minutes, then FSRS takes over. */
export const LEARNING_STEPS: readonly StepUnit[] = ['1m', '10m'];
/** One 10-minute relearning step after a lapse. */
export const RELEARNING_STEPS: readonly StepUnit[] = ['10m'];

const DAY_MS = 86_400_000;
const ALL_RATINGS: readonly RatingValue[] = [1, 2, 3, 4];

/** One rating's outcome, computed once and used both for the button label and the update. */
export interface RatingOption {
  readonly rating: RatingValue;
  /** The card after this rating. */
  readonly card: CompactCard;
  /** Time from the review to the new due date. */
  readonly intervalMs: number;
  /** `formatInterval(intervalMs)`, e.g. "10m", "4d", "3mo". */
  readonly label: string;
}

/** The four possible outcomes of reviewing one card at one moment. */
export interface RatingPreview {
  /** Review time used (epoch ms, whole seconds). */
  readonly reviewedAt: number;
  /** The card before the review; undefined for a new question. */
  readonly before: CompactCard | undefined;
  readonly options: Readonly<Record<RatingValue, RatingOption>>;
}

/** FSRS with the learner's settings. */
export interface Scheduler {
  /**
   * Outcomes of Again, Hard, Good and Easy.
   * @param card the current card; undefined for a new question
   * @param now review time (epoch ms), truncated to whole seconds
   */
  previewRatings(card: CompactCard | undefined, now: number): RatingPreview;
  /**
   * The card after one rating.
   * @param card the current card; undefined for a new question
   * @param now review time (epoch ms), truncated to whole seconds
   * @param rating 1 Again, 2 Hard, 3 Good, 4 Easy
   */
  review(card: CompactCard | undefined, now: number, rating: RatingValue): CompactCard;
  /**
   * Probability of recall at `now`, exactly as ts-fsrs's get_retrievability (whole elapsed
   * days); 0 for a new question.
   * @param card the card; undefined for a new question
   * @param now epoch ms
   */
  retrievability(card: CompactCard | undefined, now: number): number;
}

/**
 * Review times are kept to whole seconds so that a log (stored in epoch seconds) and the card
 * it produced agree exactly, and replaying the logs rebuilds the cards.
 * @param now epoch ms
 */
export function toReviewTime(now: number): number {
  return Math.floor(now / 1000) * 1000;
}

function toFsrsCard(card: CompactCard | undefined, reviewedAt: number): Card {
  if (card === undefined) return createEmptyCard(new Date(reviewedAt));
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromFsrsCard(card: Card): CompactCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardState,
    learningSteps: card.learning_steps,
    lastReview: card.last_review === undefined ? null : card.last_review.getTime(),
  };
}

// ts-fsrs 5.4.2 caps each interval at maximum_interval but then forces Good > Hard and
// Easy > Good, so at the cap Good gets 366 and Easy 367 days. The setting is a maximum.
function clampInterval(card: CompactCard, maximumDays: number): CompactCard {
  if (card.scheduledDays <= maximumDays) return card;
  return { ...card, scheduledDays: maximumDays, due: card.due - (card.scheduledDays - maximumDays) * DAY_MS };
}

function toOption(rating: RatingValue, next: Card, reviewedAt: number, maximumDays: number): RatingOption {
  const card = clampInterval(fromFsrsCard(next), maximumDays);
  const intervalMs = card.due - reviewedAt;
  return { rating, card, intervalMs, label: formatInterval(intervalMs) };
}

function createEngine(settings: StudySettings): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumIntervalDays,
      // Fuzz would need randomness; the engine has none, and a small bank barely clumps.
      enable_fuzz: false,
      enable_short_term: true,
      learning_steps: LEARNING_STEPS,
      relearning_steps: RELEARNING_STEPS,
    }),
  );
}

/**
 * Builds an FSRS-6 scheduler (no fuzz, short-term steps LEARNING_STEPS / RELEARNING_STEPS).
 * @param settings desired retention and maximum interval are used; the rest is ignored here
 */
export function createScheduler(settings: StudySettings): Scheduler {
  const engine = createEngine(settings);
  const { decay, factor } = computeDecayFactor(engine.parameters.w);
  return {
    previewRatings(card, now) {
      const reviewedAt = toReviewTime(now);
      const preview = engine.repeat(toFsrsCard(card, reviewedAt), new Date(reviewedAt));
      const [again, hard, good, easy] = ALL_RATINGS.map((rating) =>
        toOption(rating, preview[rating as Grade].card, reviewedAt, settings.maximumIntervalDays),
      ) as [RatingOption, RatingOption, RatingOption, RatingOption];
      return { reviewedAt, before: card, options: { 1: again, 2: hard, 3: good, 4: easy } };
    },
    review(card, now, rating) {
      const reviewedAt = toReviewTime(now);
      const next = engine.next(toFsrsCard(card, reviewedAt), new Date(reviewedAt), rating as Grade).card;
      return clampInterval(fromFsrsCard(next), settings.maximumIntervalDays);
    },
    retrievability(card, now) {
      if (card === undefined || card.state === 0 || card.lastReview === null) return 0;
      const elapsedDays = Math.max(Math.floor((now - card.lastReview) / DAY_MS), 0);
      // ts-fsrs's forgetting_curve, inlined with the decay computed once (2-3x faster over
      // 10,000 cards); a test holds it equal to get_retrievability. FSRS keeps stability on
      // an 8-decimal grid, so the costly toFixed(8) is only needed for foreign values.
      const onGrid = Math.round(card.stability * 1e8) / 1e8 === card.stability;
      const stability = onGrid ? card.stability : +card.stability.toFixed(8);
      return Math.round(Math.pow(1 + (factor * elapsedDays) / stability, decay) * 1e8) / 1e8;
    },
  };
}

const cache = new Map<string, Scheduler>();
const CACHE_LIMIT = 8;

/**
 * A shared scheduler for these settings (building one costs more than a review, so the
 * queue, stats and rating functions reuse it).
 * @param settings the learner's settings
 */
export function schedulerFor(settings: StudySettings): Scheduler {
  const key = `${settings.desiredRetention}|${settings.maximumIntervalDays}`;
  let scheduler = cache.get(key);
  if (scheduler === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    scheduler = createScheduler(settings);
    cache.set(key, scheduler);
  }
  return scheduler;
}
