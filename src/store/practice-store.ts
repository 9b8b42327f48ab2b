import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateStorage } from 'zustand/middleware';
import type { GradeResult } from '../engine/quiz/grade';
import { advance, createPracticeSession, recordAnswer, type PracticeSession } from '../engine/quiz/practice-session';
import type { BuiltSession, SessionFilters } from '../engine/quiz/build-session';
import type { Clock } from '../lib/clock';

export const PRACTICE_KEY = 'lpic3.practice';

/** What the learner asked for, kept with the session to start "the same again". */
export interface PracticeConfig {
  readonly filters: SessionFilters;
  readonly size: number;
  /** Human description, e.g. "CPU flags · 10 questions". */
  readonly label: string;
}

export interface ActivePractice {
  readonly session: PracticeSession;
  readonly config: PracticeConfig;
  /** When the current question appeared (epoch ms), for response times. */
  readonly shownAt: number;
}

export interface PracticeStoreState {
  readonly active: ActivePractice | null;
  /** A message when a saved session could not be resumed, else null. */
  readonly notice: string | null;
  start: (config: PracticeConfig, built: BuiltSession, seed: number) => void;
  /** Keeps the verdict on the current question (the first answer stands). */
  record: (result: GradeResult) => void;
  next: () => void;
  quit: () => void;
  dismissNotice: () => void;
}

function isGradeResult(value: unknown): value is GradeResult {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.questionId === 'string' && typeof record.correct === 'boolean' && typeof record.responseMs === 'number' && typeof record.details === 'object';
}

/** Checks a stored session without trusting it: a wrong shape is refused, not half-used. */
function readActive(raw: string | null): { active: ActivePractice | null; notice: string | null } {
  if (raw === null) return { active: null, notice: null };
  try {
    const value = JSON.parse(raw) as Partial<ActivePractice> | null;
    const session = value?.session;
    const valid =
      value !== null &&
      typeof value.shownAt === 'number' &&
      typeof value.config?.size === 'number' &&
      typeof value.config.label === 'string' &&
      typeof session?.id === 'string' &&
      Number.isInteger(session.current) &&
      Array.isArray(session.items) &&
      session.items.every((item) => typeof item?.questionId === 'string' && Array.isArray(item.optionOrder)) &&
      typeof session.answers === 'object' &&
      session.answers !== null &&
      Object.values(session.answers).every(isGradeResult);
    if (valid) return { active: value as ActivePractice, notice: null };
  } catch {
    // fall through to the notice
  }
  return { active: null, notice: 'Your unfinished practice session could not be resumed (its saved data was damaged). Your answers were already recorded in your progress; start a new session.' };
}

/**
 * The practice session in progress, saved after every step so a reload resumes it.
 * Answers themselves go to the progress store; this only remembers where the learner is.
 * @param options storage and clock
 */
export function createPracticeStore({ storage, clock }: { storage: StateStorage; clock: Clock }): StoreApi<PracticeStoreState> {
  const initial = readActive(storage.getItem(PRACTICE_KEY) as string | null);
  return createStore<PracticeStoreState>()((set, get) => {
    const save = (active: ActivePractice | null) => {
      set({ active });
      try {
        if (active) storage.setItem(PRACTICE_KEY, JSON.stringify(active));
        else storage.removeItem(PRACTICE_KEY);
      } catch {
        // Losing the resume point is acceptable; the answers are in the progress store.
      }
    };
    return {
      active: initial.active,
      notice: initial.notice,
      start: (config, built, seed) =>
        save({ config, session: createPracticeSession(`practice-${clock.now()}`, seed, built.items), shownAt: clock.now() }),
      record: (result) => {
        const active = get().active;
        if (!active) return;
        save({ ...active, session: recordAnswer(active.session, active.session.current, result) });
      },
      next: () => {
        const active = get().active;
        if (!active) return;
        save({ ...active, session: advance(active.session), shownAt: clock.now() });
      },
      quit: () => save(null),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
