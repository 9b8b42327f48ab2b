import type { AreaId, LessonId } from '../content/types';
import { cardOf } from '../progress/cards';
import { CARD_STATE, type Progress } from '../progress/types';
import { UNSEEN_READ_RECALL_PRIOR, UNSEEN_RECALL_PRIOR, type BankEntry } from './bank';
import { schedulerFor } from './scheduler';

/** Questions in the app's mock exam, the default exam size for the forecast. */
export const READINESS_EXAM_SIZE = 20;

/** Options of `forecastReadiness`. */
export interface ReadinessOptions {
  /** The present (epoch ms): decides which questions are due now, for suggestions. */
  readonly now: number;
  /** Recall assumed for an unseen question whose lesson is unread; default 0.35. */
  readonly unseenPrior?: number;
  /** Recall assumed for an unseen question whose lesson is read; default 0.5. */
  readonly unseenReadPrior?: number;
  /** Share of the exam per area; default each area's share of the bank. Normalised. */
  readonly examWeights?: Partial<Readonly<Record<AreaId, number>>>;
  /** Questions per exam, for the uncertainty; default 20. */
  readonly examSize?: number;
  /** Lessons read; default the keys of `progress.lessonsRead`. */
  readonly lessonsRead?: readonly LessonId[];
}

/** The forecast for one area. */
export interface AreaReadiness {
  readonly area: AreaId;
  /** Share of the exam (weights normalised to sum to 1). */
  readonly weight: number;
  readonly questions: number;
  readonly seen: number;
  /** Mean probability of recall over the area's questions at the forecast date. */
  readonly meanRecall: number;
}

/** An action that would raise the expected score, with its estimated gain. */
export interface ReadinessSuggestion {
  /** review: due questions; read: unread lessons; practise: unseen questions. */
  readonly kind: 'review' | 'read' | 'practise';
  readonly area: AreaId;
  /** Questions to review or practise, or lessons to read. */
  readonly count: number;
  /** The unread lessons (kind 'read' only; otherwise empty). */
  readonly lessons: readonly LessonId[];
  /** Estimated rise of the expected score, in percentage points. */
  readonly expectedGain: number;
}

/** Expected mock exam result at a date. */
export interface ReadinessForecast {
  /** Expected percent correct, 0-100. */
  readonly expectedPercent: number;
  /** Standard deviation of the percent score on one exam of `examSize` questions. */
  readonly standardDeviation: number;
  readonly examSize: number;
  readonly areas: AreaReadiness[];
  /** Largest expected gain first. */
  readonly suggestions: ReadinessSuggestion[];
}

interface AreaWork {
  area: AreaId;
  questions: number;
  seen: number;
  sumRecall: number;
  /** Per due question: target minus its recall at the date. */
  dueGain: number;
  due: number;
  unreadLessons: Set<LessonId>;
  unseenUnread: number;
  /** Recall priors of unseen questions, bank order. */
  unseenPriors: number[];
}

function normaliseWeights(work: readonly AreaWork[], weights: ReadinessOptions['examWeights']): number[] {
  const bankShare = work.map((item) => item.questions);
  const given = weights === undefined ? bankShare : work.map((item) => Math.max(0, weights[item.area] ?? 0));
  const chosen = given.reduce((sum, value) => sum + value, 0) > 0 ? given : bankShare;
  const total = chosen.reduce((sum, value) => sum + value, 0);
  return chosen.map((value) => (total > 0 ? value / total : 0));
}

function collectAreas(progress: Progress, bank: readonly BankEntry[], at: number, options: ReadinessOptions): AreaWork[] {
  const scheduler = schedulerFor(progress.settings);
  const target = progress.settings.desiredRetention;
  const read = new Set<string>(options.lessonsRead ?? Object.keys(progress.lessonsRead));
  const byArea = new Map<AreaId, AreaWork>();
  for (const question of bank) {
    let work = byArea.get(question.area);
    if (work === undefined) {
      work = { area: question.area, questions: 0, seen: 0, sumRecall: 0, dueGain: 0, due: 0, unreadLessons: new Set(), unseenUnread: 0, unseenPriors: [] };
      byArea.set(question.area, work);
    }
    work.questions += 1;
    const card = cardOf(progress, question.id);
    if (card !== undefined && card.state !== CARD_STATE.new) {
      const recall = scheduler.retrievability(card, at);
      work.seen += 1;
      work.sumRecall += recall;
      if (card.due <= options.now) {
        work.due += 1;
        work.dueGain += Math.max(0, target - recall);
      }
      continue;
    }
    const lessonRead = read.has(question.lesson);
    const prior = lessonRead ? (options.unseenReadPrior ?? UNSEEN_READ_RECALL_PRIOR) : (options.unseenPrior ?? UNSEEN_RECALL_PRIOR);
    work.sumRecall += prior;
    work.unseenPriors.push(prior);
    if (!lessonRead) {
      work.unseenUnread += 1;
      work.unreadLessons.add(question.lesson);
    }
  }
  return [...byArea.values()];
}

function suggestFor(work: AreaWork, weight: number, progress: Progress, options: ReadinessOptions): ReadinessSuggestion[] {
  // Gain of raising one question's recall by `delta`: it is 1/questions of its area, and the
  // area is `weight` of the exam.
  const pointsPerQuestion = (100 * weight) / work.questions;
  const target = progress.settings.desiredRetention;
  const suggestions: ReadinessSuggestion[] = [];
  if (work.due > 0) {
    // Reviewing keeps a due question near the desired retention (if the learner keeps up).
    suggestions.push({ kind: 'review', area: work.area, count: work.due, lessons: [], expectedGain: pointsPerQuestion * work.dueGain });
  }
  const readGain = (options.unseenReadPrior ?? UNSEEN_READ_RECALL_PRIOR) - (options.unseenPrior ?? UNSEEN_RECALL_PRIOR);
  if (work.unreadLessons.size > 0 && readGain > 0) {
    const lessons = [...work.unreadLessons];
    suggestions.push({ kind: 'read', area: work.area, count: lessons.length, lessons, expectedGain: pointsPerQuestion * work.unseenUnread * readGain });
  }
  const batch = work.unseenPriors.slice(0, Math.max(1, progress.settings.newPerDay));
  if (batch.length > 0) {
    // Practising a new question and keeping up with its reviews brings it to the target.
    const gain = batch.reduce((sum, prior) => sum + Math.max(0, target - prior), 0);
    suggestions.push({ kind: 'practise', area: work.area, count: batch.length, lessons: [], expectedGain: pointsPerQuestion * gain });
  }
  return suggestions;
}

const KIND_ORDER = { review: 0, read: 1, practise: 2 } as const;

/**
 * Expected mock exam result at a date if the learner stopped studying now (a floor: more
 * study only raises it). Expected percent = 100 x sum over areas of weight x mean recall,
 * where a seen question's recall is its FSRS retrievability at the date and an unseen one's
 * is a prior (0.35, or 0.5 if its lesson is read; see bank.ts). The uncertainty treats an
 * exam as n_a = weight_a x examSize independent draws per area, each right with the area's
 * mean recall p_a: SD = 100 x sqrt(sum n_a p_a (1 - p_a)) / examSize. It covers the luck of
 * the draw, not errors in the model. Suggestions are ranked by expected gain in points.
 * @param progress learner progress
 * @param bank the current bank (id, area, lesson of every question)
 * @param at the exam date (epoch ms)
 * @param options now (required), priors, exam weights and size, lessons read
 */
export function forecastReadiness(progress: Progress, bank: readonly BankEntry[], at: number, options: ReadinessOptions): ReadinessForecast {
  const examSize = options.examSize ?? READINESS_EXAM_SIZE;
  const work = collectAreas(progress, bank, at, options);
  const weights = normaliseWeights(work, options.examWeights);
  let expected = 0;
  let variance = 0;
  const areas = work.map((item, index): AreaReadiness => {
    const weight = weights[index] as number;
    const meanRecall = item.sumRecall / item.questions;
    expected += weight * meanRecall;
    variance += weight * examSize * meanRecall * (1 - meanRecall);
    return { area: item.area, weight, questions: item.questions, seen: item.seen, meanRecall };
  });
  const suggestions = work
    .flatMap((item, index) => suggestFor(item, weights[index] as number, progress, options))
    .filter((suggestion) => suggestion.expectedGain > 0)
    .sort((x, y) => y.expectedGain - x.expectedGain || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.area < y.area ? -1 : 1));
  return {
    expectedPercent: 100 * expected,
    standardDeviation: examSize > 0 ? (100 * Math.sqrt(variance)) / examSize : 0,
    examSize,
    areas,
    suggestions,
  };
}
