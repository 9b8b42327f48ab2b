import type { StateStorage } from 'zustand/middleware';
import { createEmptyProgress } from '../engine/progress/create';
import { mergeProgress } from '../engine/progress/merge';
import { parseProgress } from '../engine/progress/parse';
import { serializeProgress } from '../engine/progress/serialize';
import type { Progress } from '../engine/progress/types';

/** Where progress lives in storage, and where damaged data is kept aside. */
export const PROGRESS_KEY = 'lpic3.progress';
export const DAMAGED_KEY = 'lpic3.progress.damaged';

/** Something the learner must be told about their saved progress. */
export type PersistenceIssue =
  | {
      readonly kind: 'damaged';
      readonly message: string;
      /** The unreadable text, offered for download. */
      readonly raw: string;
      /** False when even the backup copy could not be written: saving then waits for the learner. */
      readonly backedUp: boolean;
    }
  | { readonly kind: 'save-failed'; readonly message: string };

export interface LoadResult {
  readonly progress: Progress;
  readonly issue: PersistenceIssue | null;
  readonly raw: string | null;
}

function describeStorageError(error: unknown): string {
  // DOMException is not an Error subclass everywhere, so read the name structurally.
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'The browser storage for this site is full, so your latest answers are kept only in this tab. Export your progress now, then free some space (for example by clearing other sites’ data).';
  }
  const detail = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return `Your progress could not be saved (${detail}). It is kept in this tab; export it to be safe.`;
}

/**
 * Parses stored text into progress, or says why it cannot.
 * @param raw the stored JSON text
 */
export function readProgressText(raw: string): { ok: true; progress: Progress } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, error: `the saved data is not valid JSON (${(error as Error).message})` };
  }
  const parsed = parseProgress(json);
  return parsed.ok ? { ok: true, progress: parsed.progress } : { ok: false, error: parsed.error };
}

/**
 * Loads progress from storage. Damaged data is never thrown away: it is copied to
 * DAMAGED_KEY and reported, and the app starts with empty progress.
 * @param storage where progress is kept
 * @param now epoch ms, for a fresh start
 */
export function loadProgress(storage: StateStorage, now: number): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY) as string | null;
  } catch (error) {
    return { progress: createEmptyProgress(now), issue: { kind: 'save-failed', message: describeStorageError(error) }, raw: null };
  }
  if (raw === null) return { progress: createEmptyProgress(now), issue: null, raw: null };
  const read = readProgressText(raw);
  if (read.ok) return { progress: read.progress, issue: null, raw };
  let backedUp = true;
  try {
    storage.setItem(DAMAGED_KEY, raw);
  } catch {
    backedUp = false;
  }
  const message = `Your saved progress could not be read: ${read.error}. It has been kept aside${backedUp ? '' : ' in this tab only'}; download it below. You can go on studying with a fresh start.`;
  return { progress: createEmptyProgress(now), issue: { kind: 'damaged', message, raw, backedUp }, raw };
}

/**
 * Writes progress. If another tab saved since we last read, its changes are merged in
 * first (newest card per question, union of answers), so neither tab loses an answer.
 * @param storage where progress is kept
 * @param progress what this tab holds
 * @param lastRaw the stored text as this tab last read or wrote it
 * @returns the progress now stored (possibly merged), the text written, or the failure
 */
export function saveProgress(
  storage: StateStorage,
  progress: Progress,
  lastRaw: string | null,
): { ok: true; progress: Progress; raw: string } | { ok: false; issue: PersistenceIssue } {
  try {
    const stored = storage.getItem(PROGRESS_KEY) as string | null;
    let toSave = progress;
    if (stored !== null && stored !== lastRaw) {
      const other = readProgressText(stored);
      if (other.ok) toSave = mergeProgress(progress, other.progress);
    }
    const raw = JSON.stringify(serializeProgress(toSave));
    storage.setItem(PROGRESS_KEY, raw);
    return { ok: true, progress: toSave, raw };
  } catch (error) {
    return { ok: false, issue: { kind: 'save-failed', message: describeStorageError(error) } };
  }
}
