import type { AreaId, LessonId, QuestionId } from '../content/types';
import { cardOf } from '../progress/cards';
import { CARD_STATE, LOG, RATING, type Progress } from '../progress/types';
import { LEECH_LAPSES, UNSEEN_RECALL_PRIOR, type BankEntry } from './bank';
import { schedulerFor } from './scheduler';

/** Recent accuracy looks at the last 20 answers given in each area (or lesson). */
export const RECENT_ANSWERS_PER_GROUP = 20;
/** Share of the weakness score that comes from expected recall; the rest is recent accuracy. */
export const RECALL_SHARE_OF_WEAKNESS = 0.6;
/** Seen questions below this probability of recall are "weak" in a weak-areas session. */
export const WEAK_RECALL_THRESHOLD = 0.8;

/** One area or lesson in the weak-areas table. */
export interface WeakAreaRow {
  /** The AreaId (area rows) or LessonId (lesson rows). */
  readonly key: string;
  readonly area: AreaId;
  /** null on area rows. */
  readonly lesson: LessonId | null;
  /** Questions in the bank. */
  readonly total: number;
  /** Questions answered at least once. */
  readonly seen: number;
  /** Answers counted for recentAccuracy (the last RECENT_ANSWERS_PER_GROUP = 20 at most). */
  readonly recentAnswers: number;
  /** Share right among those answers; null when there are none. */
  readonly recentAccuracy: number | null;
  /** Mean probability of recall now over seen questions; null when none are seen. */
  readonly averageRetrievability: number | null;
  /** Expected share right now if asked every question: seen by FSRS, unseen at the prior. */
  readonly expectedRecall: number;
  readonly lapses: number;
  readonly leeches: number;
  /** Seen questions due now. */
  readonly due: number;
  /** 0 (strong) to 1 (weak), see buildWeakAreas. */
  readonly weakness: number;
}

/** The weak-areas table, weakest first. */
export interface WeakAreasTable {
  readonly areas: WeakAreaRow[];
  readonly lessons: WeakAreaRow[];
}

interface Tally {
  key: string;
  area: AreaId;
  lesson: LessonId | null;
  total: number;
  seen: number;
  sumRecall: number;
  lapses: number;
  leeches: number;
  due: number;
  recentAnswers: number;
  recentCorrect: number;
}

function newTally(key: string, area: AreaId, lesson: LessonId | null): Tally {
  return { key, area, lesson, total: 0, seen: 0, sumRecall: 0, lapses: 0, leeches: 0, due: 0, recentAnswers: 0, recentCorrect: 0 };
}

function tallyFor(map: Map<string, Tally>, key: string, area: AreaId, lesson: LessonId | null): Tally {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = newTally(key, area, lesson);
    map.set(key, tally);
  }
  return tally;
}

function addRecentAnswers(progress: Progress, groupsOf: Map<string, readonly Tally[]>, groupCount: number): void {
  const groupsByIndex = progress.logQuestionIds.map((id) => groupsOf.get(id));
  let full = 0;
  for (let index = progress.logs.length - 1; index >= 0 && full < groupCount; index -= 1) {
    const entry = progress.logs[index];
    const groups = entry === undefined ? undefined : groupsByIndex[entry[LOG.questionIndex]];
    if (entry === undefined || groups === undefined) continue;
    for (const tally of groups) {
      if (tally.recentAnswers >= RECENT_ANSWERS_PER_GROUP) continue;
      tally.recentAnswers += 1;
      if (entry[LOG.rating] !== RATING.again) tally.recentCorrect += 1;
      if (tally.recentAnswers === RECENT_ANSWERS_PER_GROUP) full += 1;
    }
  }
}

function toRow(tally: Tally): WeakAreaRow {
  const expectedRecall = (tally.sumRecall + (tally.total - tally.seen) * UNSEEN_RECALL_PRIOR) / Math.max(tally.total, 1);
  const recentAccuracy = tally.recentAnswers === 0 ? null : tally.recentCorrect / tally.recentAnswers;
  const accuracyTerm = recentAccuracy ?? expectedRecall;
  const weakness = 1 - (RECALL_SHARE_OF_WEAKNESS * expectedRecall + (1 - RECALL_SHARE_OF_WEAKNESS) * accuracyTerm);
  return {
    key: tally.key,
    area: tally.area,
    lesson: tally.lesson,
    total: tally.total,
    seen: tally.seen,
    recentAnswers: tally.recentAnswers,
    recentAccuracy,
    averageRetrievability: tally.seen === 0 ? null : tally.sumRecall / tally.seen,
    expectedRecall,
    lapses: tally.lapses,
    leeches: tally.leeches,
    due: tally.due,
    weakness,
  };
}

function weakestFirst(x: WeakAreaRow, y: WeakAreaRow): number {
  return y.weakness - x.weakness || y.due - x.due || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}

/**
 * The weak-areas table, per area and per lesson, weakest first (ties: more due first, then
 * by key). Weakness = 1 - (0.6 x expectedRecall + 0.4 x recentAccuracy), where
 * expectedRecall is the mean probability of recall now over all the group's questions
 * (FSRS retrievability for seen ones, UNSEEN_RECALL_PRIOR = 0.35 for unseen ones), and
 * recentAccuracy is the share of the last 20 answers in the group that were not Again
 * (expectedRecall stands in when there are none). Memory now and recent performance both
 * count, and a group never practised ranks as weak, not as unknown.
 * @param progress learner progress
 * @param bank the current bank (cards of other questions are ignored)
 * @param now epoch ms
 */
export function buildWeakAreas(progress: Progress, bank: readonly BankEntry[], now: number): WeakAreasTable {
  const scheduler = schedulerFor(progress.settings);
  const areas = new Map<string, Tally>();
  const lessons = new Map<string, Tally>();
  const groupsOf = new Map<string, readonly Tally[]>();
  for (const question of bank) {
    const groups = [tallyFor(areas, question.area, question.area, null), tallyFor(lessons, question.lesson, question.area, question.lesson)];
    groupsOf.set(question.id, groups);
    const card = cardOf(progress, question.id);
    const seen = card !== undefined && card.state !== CARD_STATE.new;
    const recall = seen ? scheduler.retrievability(card, now) : 0;
    for (const tally of groups) {
      tally.total += 1;
      if (!seen) continue;
      tally.seen += 1;
      tally.sumRecall += recall;
      tally.lapses += card.lapses;
      if (card.lapses >= LEECH_LAPSES) tally.leeches += 1;
      if (card.due <= now) tally.due += 1;
    }
  }
  addRecentAnswers(progress, groupsOf, areas.size + lessons.size);
  return {
    areas: [...areas.values()].map(toRow).sort(weakestFirst),
    lessons: [...lessons.values()].map(toRow).sort(weakestFirst),
  };
}

/**
 * Questions for a weak-areas session: first seen questions that are leeches, have lapsed,
 * or have recall below WEAK_RECALL_THRESHOLD (0.8), lowest recall first (ties: more lapses,
 * then bank order); then unseen questions of the weakest areas, weakest area first, in bank
 * order.
 * @param progress learner progress
 * @param bank the current bank
 * @param now epoch ms
 * @param size how many questions; default 20
 */
export function buildWeakSession(progress: Progress, bank: readonly BankEntry[], now: number, size = 20): QuestionId[] {
  const scheduler = schedulerFor(progress.settings);
  const weak: { id: QuestionId; recall: number; lapses: number; order: number }[] = [];
  const unseenByArea = new Map<string, QuestionId[]>();
  bank.forEach((question, order) => {
    const card = cardOf(progress, question.id);
    if (card === undefined || card.state === CARD_STATE.new) {
      const list = unseenByArea.get(question.area) ?? [];
      list.push(question.id);
      unseenByArea.set(question.area, list);
      return;
    }
    const recall = scheduler.retrievability(card, now);
    if (card.lapses > 0 || recall < WEAK_RECALL_THRESHOLD) weak.push({ id: question.id, recall, lapses: card.lapses, order });
  });
  weak.sort((x, y) => x.recall - y.recall || y.lapses - x.lapses || x.order - y.order);
  const picked = weak.map((item) => item.id);
  for (const row of buildWeakAreas(progress, bank, now).areas) {
    if (picked.length >= size) break;
    picked.push(...(unseenByArea.get(row.area) ?? []));
  }
  return picked.slice(0, size);
}
