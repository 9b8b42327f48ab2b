import { formatDayKey } from '../../engine/srs/study-day';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Day names, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;

/**
 * A study day as "2 Mar", or "2 Mar 2026" with the year.
 * @param day a `dayKey` value
 * @param withYear add the year; default false
 */
export function formatDay(day: number, withYear = false): string {
  const [year, month, date] = formatDayKey(day).split('-');
  const text = `${Number(date)} ${MONTHS[Number(month) - 1]}`;
  return withYear ? `${text} ${year}` : text;
}

/**
 * The month a study day falls in, as "Mar".
 * @param day a `dayKey` value
 */
export function monthOf(day: number): string {
  return MONTHS[Number(formatDayKey(day).slice(5, 7)) - 1] ?? '';
}

/**
 * A "YYYY-MM-DD" date as "20 May 2026".
 * @param iso the date
 */
export function formatIsoDate(iso: string): string {
  const [year, month, date] = iso.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * A whole-number percentage: 66.67 is "67%".
 * @param percent 0-100
 */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`;
}

/**
 * "1 review" or "3 reviews".
 * @param count how many
 * @param one the singular
 * @param many the plural; default singular + "s"
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
