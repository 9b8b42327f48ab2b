import { formatZodError } from './format-issues';
import { findUnsafeStructure } from './guard-json';
import { migrateProgress } from './migrate';
import { persistedProgressShellSchema } from './schema';
import { reviveProgress } from './serialize';
import { PROGRESS_VERSION, type Progress } from './types';
import { validateCards, validateLogQuestionIds, validateLogs } from './validate-bulk';

/** Outcome of reading progress: the data, or one message saying what is wrong where. */
export type ParseProgressResult =
  | { readonly ok: true; readonly progress: Progress; readonly fromVersion: number }
  | { readonly ok: false; readonly error: string };

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return describeType(value);
}

// The scan for "__proto__" keys and deep nesting skips cards and logs: validation accepts
// them only as flat tuples of numbers and strings under checked keys, and walking 100,000
// log tuples would cost more than validating them.
function withoutBulk(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { cards: _cards, logs: _logs, ...rest } = raw as Record<string, unknown>;
  return rest;
}

function unreadable(base: string, error: unknown): ParseProgressResult {
  return { ok: false, error: `${base}: could not be read (${error instanceof Error ? error.message : String(error)})` };
}

/**
 * Checks data claiming to be current-version persisted progress.
 * @param raw anything
 * @param base name of the root in messages
 * @returns null when valid, else the message
 */
export function validatePersistedProgress(raw: unknown, base: string): string | null {
  const shell = persistedProgressShellSchema.safeParse(raw, { reportInput: true });
  if (!shell.success) return formatZodError(shell.error, base);
  const record = raw as Record<string, unknown>;
  const ids = shell.data.logQuestionIds;
  return validateCards(record.cards, base) ?? validateLogQuestionIds(ids, base) ?? validateLogs(record.logs, ids.length, base);
}

/**
 * Reads persisted progress of any known version: refuses unsafe structure ("__proto__" keys,
 * absurd nesting), newer versions and invalid fields, migrates older versions, and revives
 * dates. Never throws. Cards of questions no longer in the bank are kept.
 * @param raw parsed JSON (from storage or an import file)
 * @param base name of the root in error messages; default "progress"
 * @returns the progress and the version it was stored with, or an error such as
 *   'progress.cards["cpu-flags-001"][2] (stability): expected number, received string'
 */
export function parseProgress(raw: unknown, base = 'progress'): ParseProgressResult {
  try {
    const unsafe = findUnsafeStructure(withoutBulk(raw), base);
    if (unsafe !== null) return { ok: false, error: unsafe };
  } catch (error) {
    return unreadable(base, error);
  }
  return parseScannedProgress(raw, base);
}

/**
 * `parseProgress` without the structure scan, for a caller that already ran
 * `findUnsafeStructure` over the document containing `raw` (the import envelope).
 * @param raw parsed JSON already scanned for "__proto__" keys and depth
 * @param base name of the root in error messages
 */
export function parseScannedProgress(raw: unknown, base: string): ParseProgressResult {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, error: `${base}: expected an object, received ${describeType(raw)}` };
    }
    const version: unknown = (raw as Record<string, unknown>).version;
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
      return { ok: false, error: `${base}.version: expected a whole number from 1 to ${PROGRESS_VERSION}, got ${describeValue(version)}` };
    }
    if (version > PROGRESS_VERSION) {
      return {
        ok: false,
        error: `${base}.version: saved by a newer version of the app (version ${version}); this app reads up to version ${PROGRESS_VERSION}`,
      };
    }
    const migrated = migrateProgress(raw, version, base);
    if (!migrated.ok) return migrated;
    const invalid = validatePersistedProgress(migrated.persisted, base);
    if (invalid !== null) return { ok: false, error: invalid };
    return { ok: true, progress: reviveProgress(migrated.persisted), fromVersion: version };
  } catch (error) {
    return unreadable(base, error);
  }
}
