import { AREA_IDS, type AreaId, type Question, type QuestionId } from '../../engine/content/types';
import { CARD_STATE, type Progress } from '../../engine/progress/types';
import { forecastReadiness, type ReadinessForecast } from '../../engine/srs/readiness';
import { currentStreak, dailyReviewCounts, forecastDue, masteredCount, retentionByWeek, type DayCount, type WeekRetention } from '../../engine/srs/stats';
import { dayKey, startOfDayKey } from '../../engine/srs/study-day';

/** Weeks shown in the heatmap: about six months. */
export const HEATMAP_WEEKS = 26;
/** Weeks shown in the retention chart. */
export const RETENTION_WEEKS = 12;
/** Days in the due forecast, today included. */
export const FORECAST_DAYS = 30;
/** Questions in the mock exam the readiness forecast is about (the default mock exam). */
export const FORECAST_EXAM_SIZE = 20;

/** Seen and mastered questions of one knowledge area. */
export interface AreaMastery {
  readonly area: AreaId;
  readonly questions: number;
  readonly seen: number;
  readonly mastered: number;
}

/** Everything the dashboard shows, computed once per visit. */
export interface DashboardData {
  readonly questions: number;
  readonly seen: number;
  readonly mastered: number;
  readonly dueToday: number;
  readonly streak: number;
  readonly labTasksDone: number;
  /** Today first. */
  readonly forecast: readonly DayCount[];
  /** Every day from the Monday HEATMAP_WEEKS - 1 weeks ago to today. */
  readonly daily: readonly DayCount[];
  readonly retention: readonly WeekRetention[];
  readonly areas: readonly AreaMastery[];
  readonly readinessToday: ReadinessForecast;
}

// Day 0 (1970-01-01) was a Thursday, so (day + 3) mod 7 is 0 on Mondays.
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

function isSeen(progress: Progress, id: QuestionId): boolean {
  const card = Object.hasOwn(progress.cards, id) ? progress.cards[id] : undefined;
  return card !== undefined && card.state !== CARD_STATE.new;
}

function buildAreaMastery(progress: Progress, bank: readonly Question[], now: number): AreaMastery[] {
  return AREA_IDS.flatMap((area) => {
    const ids = bank.filter((question) => question.area === area).map((question) => question.id);
    if (ids.length === 0) return [];
    const seen = ids.filter((id) => isSeen(progress, id)).length;
    return [{ area, questions: ids.length, seen, mastered: masteredCount(progress, now, ids) }];
  });
}

/**
 * The dashboard's numbers from progress and the bank (cards of questions no longer in the
 * bank are left out).
 * @param progress the learner's progress
 * @param bank the question bank
 * @param now epoch ms
 * @param tzOffsetMinutes UTC minus local time in minutes, as the srs engine expects
 *   (`Date#getTimezoneOffset`; the negative of `Clock#tzOffsetMinutes`)
 */
export function buildDashboard(progress: Progress, bank: readonly Question[], now: number, tzOffsetMinutes: number): DashboardData {
  const ids = bank.map((question) => question.id);
  const { dayStartHour } = progress.settings;
  const today = dayKey(now, dayStartHour, tzOffsetMinutes);
  const heatmapStart = startOfDayKey(mondayOf(today) - (HEATMAP_WEEKS - 1) * 7, dayStartHour, tzOffsetMinutes);
  const retentionStart = startOfDayKey(mondayOf(today) - (RETENTION_WEEKS - 1) * 7, dayStartHour, tzOffsetMinutes);
  const forecast = forecastDue(progress, now, tzOffsetMinutes, FORECAST_DAYS, ids);
  return {
    questions: ids.length,
    seen: ids.filter((id) => isSeen(progress, id)).length,
    mastered: masteredCount(progress, now, ids),
    dueToday: forecast[0]?.count ?? 0,
    streak: currentStreak(progress, now, tzOffsetMinutes),
    labTasksDone: Object.keys(progress.labTasksDone).length,
    forecast,
    daily: dailyReviewCounts(progress, heatmapStart, now, tzOffsetMinutes),
    retention: retentionByWeek(progress, retentionStart, now, tzOffsetMinutes),
    areas: buildAreaMastery(progress, bank, now),
    readinessToday: forecastReadiness(progress, bank, now, { now, examSize: FORECAST_EXAM_SIZE }),
  };
}
