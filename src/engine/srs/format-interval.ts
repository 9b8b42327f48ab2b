const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
// Average month and year, as Anki uses for its button labels.
const MONTH_DAYS = 365.25 / 12;
const YEAR_DAYS = 365.25;

function withOneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * The short interval label shown on a rating button, Anki style: "1m", "10m", "5h", "1d",
 * "4d", "3mo", "1.5mo", "1.2y". Under a minute reads "<1m".
 * @param intervalMs time until the card is due again, in milliseconds
 */
export function formatInterval(intervalMs: number): string {
  if (intervalMs < MINUTE_MS) return '<1m';
  if (intervalMs < HOUR_MS) return `${Math.round(intervalMs / MINUTE_MS)}m`;
  if (intervalMs < DAY_MS) return `${Math.round(intervalMs / HOUR_MS)}h`;
  const days = intervalMs / DAY_MS;
  if (days < MONTH_DAYS) return `${Math.round(days)}d`;
  // A year starts at 365 days, so the 365-day maximum interval reads "1y", not "12mo".
  if (days < 365) return `${withOneDecimal(days / MONTH_DAYS)}mo`;
  return `${withOneDecimal(days / YEAR_DAYS)}y`;
}
