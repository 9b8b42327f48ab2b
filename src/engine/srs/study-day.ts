/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * The study day a moment belongs to, as a whole number of days since 1970-01-01, where a day
 * starts at `dayStartHour` local time (a review at 02:00 with a 04:00 start counts for the
 * day before, like Anki). The engine has no clock or time zone: the caller passes the offset.
 * @param epochMs the moment
 * @param dayStartHour local hour at which study days start (0-23)
 * @param tzOffsetMinutes the caller's `new Date(epochMs).getTimezoneOffset()`: UTC minus
 *   local time in minutes, so Berlin in winter is -60 and New York in winter is 300
 */
export function dayKey(epochMs: number, dayStartHour: number, tzOffsetMinutes: number): number {
  return Math.floor((epochMs - tzOffsetMinutes * MINUTE_MS - dayStartHour * HOUR_MS) / DAY_MS);
}

/**
 * When the study day containing `epochMs` started (epoch ms).
 * @param epochMs the moment
 * @param dayStartHour local hour at which study days start (0-23)
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 */
export function startOfStudyDay(epochMs: number, dayStartHour: number, tzOffsetMinutes: number): number {
  return startOfDayKey(dayKey(epochMs, dayStartHour, tzOffsetMinutes), dayStartHour, tzOffsetMinutes);
}

/**
 * When a study day starts (epoch ms).
 * @param day a value from `dayKey`
 * @param dayStartHour local hour at which study days start (0-23)
 * @param tzOffsetMinutes UTC minus local time in minutes (`Date#getTimezoneOffset`)
 */
export function startOfDayKey(day: number, dayStartHour: number, tzOffsetMinutes: number): number {
  return day * DAY_MS + dayStartHour * HOUR_MS + tzOffsetMinutes * MINUTE_MS;
}

/**
 * The local calendar date a study day is named after, "YYYY-MM-DD" (for heatmap labels).
 * @param day a value from `dayKey`
 */
export function formatDayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
