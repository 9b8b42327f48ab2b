const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * A countdown as the exam clock shows it: "29:59", or "1:02:03" from an hour on.
 * @param ms time left; negative counts as 0; seconds are rounded up so 0:00 means time is up
 */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / SECOND);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * A duration in words: "45 s", "2 min 5 s", "30 min".
 * @param ms the duration; rounded to whole seconds
 */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / SECOND);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/**
 * How long an exam of this many questions lasts at the real exam's pace, in words.
 * @param questions number of questions
 * @param msPerQuestion time per question
 */
export function formatExamLength(questions: number, msPerQuestion: number): string {
  const ms = questions * msPerQuestion;
  return ms % MINUTE === 0 ? `${ms / MINUTE} minutes` : formatDuration(ms);
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * A moment as "2 Mar 2026, 10:00", in the browser's time zone.
 * @param epochMs the moment
 */
export function formatDateTime(epochMs: number): string {
  return DATE_TIME.format(new Date(epochMs));
}

/**
 * A whole-number percentage: 66.67 is "67%".
 * @param percent 0-100
 */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`;
}
