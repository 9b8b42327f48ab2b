const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A moment as the learner's wall clock shows it, "Tue 3 Mar 2026, 10:05". Uses the app
 * clock's offset rather than the browser's zone, so tests on a fixed clock read the same.
 * @param epochMs the moment
 * @param offsetEastMinutes minutes east of UTC (`Clock#tzOffsetMinutes`)
 */
export function formatDateTime(epochMs: number, offsetEastMinutes: number): string {
  const local = new Date(epochMs + offsetEastMinutes * MINUTE_MS);
  const date = `${WEEKDAYS[local.getUTCDay()]} ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
  return `${date}, ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/**
 * The time of day only, "10:05".
 * @param epochMs the moment
 * @param offsetEastMinutes minutes east of UTC
 */
export function formatTime(epochMs: number, offsetEastMinutes: number): string {
  const local = new Date(epochMs + offsetEastMinutes * MINUTE_MS);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

function unit(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

/**
 * How long until a moment, in words: "now", "in 9 minutes", "in 5 hours", "in 3 days";
 * a moment past reads "3 days ago".
 * @param deltaMs the moment minus now
 */
export function describeWait(deltaMs: number): string {
  const ahead = deltaMs >= 0;
  const size = Math.abs(deltaMs);
  if (size < MINUTE_MS) return ahead ? 'in under a minute' : 'now';
  let text: string;
  if (size < HOUR_MS) text = unit(Math.round(size / MINUTE_MS), 'minute');
  else if (size < DAY_MS) text = unit(Math.round(size / HOUR_MS), 'hour');
  else text = unit(Math.round(size / DAY_MS), 'day');
  return ahead ? `in ${text}` : `${text} ago`;
}

/**
 * A share as a whole percentage, "87%"; null reads "none yet".
 * @param share 0-1, or null when there is nothing to measure
 */
export function formatShare(share: number | null): string {
  return share === null ? 'none yet' : `${Math.round(share * 100)}%`;
}

/**
 * A response time, "4.2 s" or "1 min 5 s".
 * @param ms milliseconds
 */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/**
 * The first line of prose of a Markdown prompt as plain text, for lists: code blocks skipped,
 * code marks and emphasis dropped, cut at a word near `max` characters.
 * @param markdown the prompt
 * @param max longest result before the ellipsis; default 140
 */
export function promptExcerpt(markdown: string, max = 140): string {
  const firstLine = (text: string) => text.split('\n').map((part) => part.trim()).find((part) => part !== '' && !part.startsWith('```')) ?? '';
  // Prose first: a prompt that opens with a code block is named by the sentence after it.
  const line = firstLine(markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '')) || firstLine(markdown);
  const plain = line.replace(/[`*_]/g, '');
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
