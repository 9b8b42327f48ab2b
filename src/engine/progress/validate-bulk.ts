import { formatZodError } from './format-issues';
import {
  CARD_FIELDS,
  ISO_DATE_TIME_PATTERN,
  LOG_FIELDS,
  MAX_ID_LENGTH,
  persistedCardSchema,
  persistedLogSchema,
  persistedProgressSchema,
} from './schema';

// The two bulk collections are checked with plain loops (a few ms for 10,000 cards and
// 100,000 logs, where zod takes 40-130 ms). zod stays the reference: the loops accept exactly
// what the schema accepts (a property test holds them to it), and when a loop finds a bad
// entry, zod parses that one entry to word the message.

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isFiniteInRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isState(value: unknown): boolean {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

function isIso(value: unknown): boolean {
  return typeof value === 'string' && ISO_DATE_TIME_PATTERN.test(value);
}

/**
 * Whether a value is a valid persisted card, without building error objects.
 * @param value anything
 */
export function isPersistedCard(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== CARD_FIELDS.length) return false;
  return (
    isIso(value[0]) &&
    (value[1] === null || isIso(value[1])) &&
    isFiniteInRange(value[2], 0, Number.MAX_VALUE) &&
    isFiniteInRange(value[3], 0, 10) &&
    isState(value[4]) &&
    isCount(value[5]) &&
    isCount(value[6]) &&
    isCount(value[7]) &&
    isCount(value[8]) &&
    isCount(value[9])
  );
}

/**
 * Whether a value is a valid persisted log tuple whose id index is below `idCount`.
 * @param value anything
 * @param idCount length of `logQuestionIds`
 */
export function isPersistedLog(value: unknown, idCount: number): boolean {
  if (!Array.isArray(value) || value.length !== LOG_FIELDS.length) return false;
  const rating = value[1];
  const source = value[6];
  return (
    isCount(value[0]) &&
    (value[0] as number) < idCount &&
    (rating === 1 || rating === 2 || rating === 3 || rating === 4) &&
    isCount(value[2]) &&
    isCount(value[3]) &&
    isState(value[4]) &&
    isState(value[5]) &&
    (source === 'p' || source === 'r' || source === 'e')
  );
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks `progress.cards`.
 * @param raw the value of the `cards` field
 * @param base name of the progress root in messages, e.g. "progress"
 * @returns null when valid, else a message naming the field and what was expected
 */
export function validateCards(raw: unknown, base: string): string | null {
  const shape = persistedProgressSchema.shape.cards;
  if (!isPlainRecord(raw)) {
    const result = shape.safeParse(raw, { reportInput: true });
    return result.success ? null : formatZodError(result.error, base, ['cards']);
  }
  for (const key of Object.keys(raw)) {
    if (key === '__proto__') return `${base}.cards.__proto__: the key "__proto__" is not allowed`;
    if (key.length === 0 || key.length > MAX_ID_LENGTH) {
      return `${base}.cards: expected question ids of 1 to ${MAX_ID_LENGTH} characters, got ${JSON.stringify(key.slice(0, 40))}`;
    }
    const card = raw[key];
    if (isPersistedCard(card)) continue;
    const result = persistedCardSchema.safeParse(card, { reportInput: true });
    return result.success ? `${base}.cards: invalid card` : formatZodError(result.error, base, ['cards', key], CARD_FIELDS);
  }
  return null;
}

/**
 * Checks that no id appears twice in `progress.logQuestionIds` (logs of one question would
 * otherwise be split across two indexes).
 * @param ids the already type-checked table
 * @param base name of the progress root in messages, e.g. "progress"
 * @returns null when valid, else a message naming the duplicate
 */
export function validateLogQuestionIds(ids: readonly string[], base: string): string | null {
  const seen = new Set<string>();
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index] as string;
    if (seen.has(id)) return `${base}.logQuestionIds[${index}]: expected each id once, got ${JSON.stringify(id)} again`;
    seen.add(id);
  }
  return null;
}

/**
 * Checks `progress.logs` against `progress.logQuestionIds`.
 * @param raw the value of the `logs` field
 * @param idCount length of the (already validated) `logQuestionIds`
 * @param base name of the progress root in messages, e.g. "progress"
 * @returns null when valid, else a message naming the entry and what was expected
 */
export function validateLogs(raw: unknown, idCount: number, base: string): string | null {
  if (!Array.isArray(raw)) {
    const result = persistedProgressSchema.shape.logs.safeParse(raw, { reportInput: true });
    return result.success ? null : formatZodError(result.error, base, ['logs']);
  }
  for (let index = 0; index < raw.length; index += 1) {
    const entry: unknown = raw[index];
    if (isPersistedLog(entry, idCount)) continue;
    const result = persistedLogSchema.safeParse(entry, { reportInput: true });
    if (!result.success) return formatZodError(result.error, base, ['logs', index], LOG_FIELDS);
    return `${base}.logs[${index}][0] (questionIndex): expected an index into logQuestionIds (below ${idCount}), got ${result.data[0]}`;
  }
  return null;
}
