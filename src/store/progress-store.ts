import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateStorage } from 'zustand/middleware';
import type { LessonId } from '../engine/content/types';
import { markLessonRead } from '../engine/progress/create';
import { mergeProgress } from '../engine/progress/merge';
import type { LogSource, Progress, RatingValue } from '../engine/progress/types';
import type { QuestionId } from '../engine/content/types';
import { applyPreview, applyRating, undoLast } from '../engine/srs/apply-rating';
import type { RatingPreview } from '../engine/srs/scheduler';
import type { Clock } from '../lib/clock';
import { loadProgress, readProgressText, saveProgress, PROGRESS_KEY, type PersistenceIssue } from './progress-persistence';

export interface ProgressStoreState {
  readonly progress: Progress;
  /** A problem with saved data the learner must be told about, or null. */
  readonly issue: PersistenceIssue | null;
  markLessonRead: (id: LessonId) => void;
  markLessonUnread: (id: LessonId) => void;
  /**
   * Records one answer as an FSRS review. With a preview (the rating buttons' values) the
   * stored interval is exactly the one the button showed.
   */
  answer: (input: AnswerInput) => void;
  /** Reverses the last answer; returns its question, or null when there is nothing to undo. */
  undo: () => QuestionId | null;
  /** Replaces progress through an engine function and saves; every action goes through here. */
  update: (change: (progress: Progress, now: number) => Progress) => void;
  /**
   * Puts this progress in place of everything (import "replace", reset) and saves it as is:
   * unlike other actions, what another tab stored is not merged back in.
   */
  replaceProgress: (progress: Progress) => void;
  dismissIssue: () => void;
}

export interface AnswerInput {
  readonly questionId: QuestionId;
  readonly rating: RatingValue;
  readonly responseMs: number;
  readonly source: LogSource;
  readonly preview?: RatingPreview;
}

export interface ProgressStoreOptions {
  readonly storage: StateStorage;
  readonly clock: Clock;
}

export type ProgressStore = StoreApi<ProgressStoreState> & {
  /** Applies a change another tab wrote to storage (wired to the window "storage" event). */
  receiveExternalChange: (raw: string | null) => void;
};

function withoutLesson(progress: Progress, id: LessonId, now: number): Progress {
  if (!Object.hasOwn(progress.lessonsRead, id)) return progress;
  const lessonsRead = { ...progress.lessonsRead };
  delete lessonsRead[id];
  return { ...progress, updatedAt: now, lessonsRead };
}

/** What storage holds now, so a save treats it as already seen (and does not merge it). */
function readStored(storage: StateStorage, fallback: string | null): string | null {
  try {
    return storage.getItem(PROGRESS_KEY) as string | null;
  } catch {
    return fallback;
  }
}

/**
 * Creates the progress store: loads and validates saved progress, saves after every change,
 * merges changes made in other tabs, and reports damaged data or a full storage instead of
 * losing anything.
 * @param options storage (localStorage in the app, memory in tests) and clock
 */
export function createProgressStore({ storage, clock }: ProgressStoreOptions): ProgressStore {
  const loaded = loadProgress(storage, clock.now());
  let lastRaw = loaded.raw;
  // While damaged data has no backup copy, do not overwrite it until the learner has seen it.
  let savingPaused = loaded.issue?.kind === 'damaged' && !loaded.issue.backedUp;

  const store = createStore<ProgressStoreState>()((set, get) => {
    const commit = (next: Progress, replace = false) => {
      if (next === get().progress) return;
      if (replace) lastRaw = readStored(storage, lastRaw);
      if (savingPaused) {
        set({ progress: next });
        return;
      }
      const saved = saveProgress(storage, next, lastRaw);
      if (saved.ok) {
        lastRaw = saved.raw;
        const issue = get().issue?.kind === 'save-failed' ? null : get().issue;
        set({ progress: saved.progress, issue });
      } else {
        set({ progress: next, issue: saved.issue });
      }
    };
    return {
      progress: loaded.progress,
      issue: loaded.issue,
      markLessonRead: (id) => commit(markLessonRead(get().progress, id, clock.now())),
      markLessonUnread: (id) => commit(withoutLesson(get().progress, id, clock.now())),
      answer: ({ questionId, rating, responseMs, source, preview }) => {
        const progress = get().progress;
        commit(
          preview
            ? applyPreview(progress, questionId, preview, rating, responseMs, source)
            : applyRating(progress, questionId, rating, clock.now(), responseMs, source),
        );
      },
      undo: () => {
        const result = undoLast(get().progress);
        if (!result) return null;
        commit({ ...result.progress, updatedAt: clock.now() });
        return result.questionId;
      },
      update: (change) => commit(change(get().progress, clock.now())),
      replaceProgress: (progress) => commit({ ...progress, updatedAt: clock.now() }, true),
      dismissIssue: () => {
        savingPaused = false;
        set({ issue: null });
        commit({ ...get().progress, updatedAt: clock.now() });
      },
    };
  });

  const receiveExternalChange = (raw: string | null) => {
    if (raw === null || raw === lastRaw) return;
    const read = readProgressText(raw);
    if (!read.ok) return;
    lastRaw = raw;
    store.setState({ progress: mergeProgress(store.getState().progress, read.progress) });
  };
  return Object.assign(store, { receiveExternalChange });
}

/** Subscribes a store to other tabs' saves; returns the unsubscribe function. */
export function listenToOtherTabs(store: ProgressStore, target: Window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY) store.receiveExternalChange(event.newValue);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
