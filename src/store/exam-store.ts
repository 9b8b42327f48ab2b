import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateStorage } from 'zustand/middleware';
import type { Question } from '../engine/content/types';
import { buildExam } from '../engine/exam/build-exam';
import { answerExamQuestion, goTo, submitExam, submitIfExpired, toggleFlag, type ExamState } from '../engine/exam/exam-state';
import type { AnswerResponse } from '../engine/quiz/grade';
import { hashSeed } from '../engine/quiz/rng';
import type { Clock } from '../lib/clock';
import { EXAM_KEY, readExamStorage, writeExamStorage, type SavedAttempt } from './exam-persistence';

export { EXAM_KEY, type SavedAttempt } from './exam-persistence';

/** How many submitted exams are kept whole for review (their summaries stay in progress forever). */
export const ATTEMPTS_KEPT = 5;

/** How to start a mock exam. */
export interface ExamRequest {
  /** Number of questions (clamped to the bank). */
  readonly size: number;
  /** Time allowed; default 90 s per question, the real exam's pace. */
  readonly durationMs?: number;
  /** Seed of the draw; default a hash of the exam id, which holds the start time. */
  readonly seed?: number;
}

export interface ExamStoreState {
  /** The exam being sat, or null. */
  readonly active: ExamState | null;
  /** The last ATTEMPTS_KEPT submitted exams (more while some are not yet recorded), oldest first. */
  readonly attempts: readonly SavedAttempt[];
  /** The learner's exam date, "YYYY-MM-DD", or null. */
  readonly examDate: string | null;
  /** A message about saved data that could not be restored or saved, or null. */
  readonly notice: string | null;
  /** Draws a new exam from the bank and starts its clock, replacing any running exam. */
  start: (bank: readonly Question[], request: ExamRequest) => ExamState;
  /** Sets, changes or clears (null) the response to an item; ignored once time is up. */
  answer: (index: number, response: AnswerResponse | null) => void;
  toggleFlag: (index: number) => void;
  goTo: (index: number) => void;
  next: () => void;
  previous: () => void;
  /** Hands the running exam in; returns it, or null when none was running. */
  submit: () => ExamState | null;
  /** Hands the running exam in at its deadline if time is up; returns it if so, else null. */
  expireIfDue: () => ExamState | null;
  /** Throws the running exam away without scoring it. */
  discard: () => void;
  /** Notes that an attempt's answers and summary are now in the progress store. */
  markRecorded: (id: string) => void;
  setExamDate: (date: string | null) => void;
  dismissNotice: () => void;
}

export type ExamStore = StoreApi<ExamStoreState> & {
  /** Takes on what another tab saved (wired to the window "storage" event); damaged text is ignored. */
  receiveExternalChange: (raw: string | null) => void;
};

export interface ExamStoreOptions {
  readonly storage: StateStorage;
  readonly clock: Clock;
}

/** Keeps every unrecorded attempt, and the newest recorded ones up to ATTEMPTS_KEPT in all. */
function trimAttempts(attempts: readonly SavedAttempt[]): SavedAttempt[] {
  let room = ATTEMPTS_KEPT - attempts.filter((attempt) => !attempt.recorded).length;
  const kept: SavedAttempt[] = [];
  for (let index = attempts.length - 1; index >= 0; index -= 1) {
    const attempt = attempts[index] as SavedAttempt;
    if (!attempt.recorded) kept.push(attempt);
    else if (room > 0) {
      kept.push(attempt);
      room -= 1;
    }
  }
  return kept.reverse();
}

function readStorage(storage: StateStorage): ReturnType<typeof readExamStorage> {
  try {
    return readExamStorage(storage.getItem(EXAM_KEY) as string | null);
  } catch {
    return { active: null, attempts: [], examDate: null, notice: 'Your saved mock exams could not be read: this browser blocked access to its storage.' };
  }
}

/**
 * Creates the exam store: the exam in progress, the last few submitted exams for review, and
 * the exam date. Saved under EXAM_KEY after every change and validated when read back, so a
 * reload or a closed tab resumes the exam; the clock runs on (deadline = start + duration).
 * Scoring and recording into progress happen outside (see `recordPendingAttempts`).
 * @param options storage (localStorage in the app, memory in tests) and clock
 */
export function createExamStore({ storage, clock }: ExamStoreOptions): ExamStore {
  const loaded = readStorage(storage);
  const store = createStore<ExamStoreState>()((set, get) => {
    const save = (change: Partial<Pick<ExamStoreState, 'active' | 'attempts' | 'examDate'>>) => {
      const next = { ...get(), ...change };
      let notice = get().notice;
      try {
        storage.setItem(EXAM_KEY, writeExamStorage({ active: next.active, attempts: next.attempts, examDate: next.examDate }));
      } catch {
        notice = 'Your mock exam could not be saved in this browser (storage full or blocked). Keep this tab open until you submit.';
      }
      set({ ...change, notice });
    };
    const changeActive = (change: (active: ExamState, now: number) => ExamState) => {
      const active = get().active;
      if (active === null) return;
      const next = change(active, clock.now());
      if (next !== active) save({ active: next });
    };
    const finish = (change: (active: ExamState, now: number) => ExamState): ExamState | null => {
      const active = get().active;
      if (active === null) return null;
      const submitted = change(active, clock.now());
      if (submitted.submittedAt === null) return null;
      save({ active: null, attempts: trimAttempts([...get().attempts, { exam: submitted, recorded: false }]) });
      return submitted;
    };
    return {
      active: loaded.active,
      attempts: loaded.attempts,
      examDate: loaded.examDate,
      notice: loaded.notice,
      start: (bank, request) => {
        const now = clock.now();
        const id = `exam-${now}`;
        const exam = buildExam(bank, {
          id,
          seed: request.seed ?? hashSeed(id),
          startedAt: now,
          size: request.size,
          ...(request.durationMs === undefined ? {} : { durationMs: request.durationMs }),
        });
        save({ active: exam });
        return exam;
      },
      answer: (index, response) => changeActive((active, now) => answerExamQuestion(active, index, response, now)),
      toggleFlag: (index) => changeActive((active) => toggleFlag(active, index)),
      goTo: (index) => changeActive((active, now) => goTo(active, index, now)),
      next: () => changeActive((active, now) => goTo(active, Math.min(active.current + 1, active.items.length - 1), now)),
      previous: () => changeActive((active, now) => goTo(active, Math.max(active.current - 1, 0), now)),
      submit: () => finish(submitExam),
      expireIfDue: () => finish(submitIfExpired),
      discard: () => save({ active: null }),
      markRecorded: (id) => {
        const attempts = get().attempts.map((attempt) => (attempt.exam.id === id ? { ...attempt, recorded: true } : attempt));
        save({ attempts: trimAttempts(attempts) });
      },
      setExamDate: (examDate) => save({ examDate }),
      dismissNotice: () => set({ notice: null }),
    };
  });
  const receiveExternalChange = (raw: string | null) => {
    const read = readExamStorage(raw);
    if (read.notice === null) store.setState({ active: read.active, attempts: read.attempts, examDate: read.examDate });
  };
  return Object.assign(store, { receiveExternalChange });
}

/**
 * Keeps the exam store in step with other tabs of the app, so an answer given or an exam
 * submitted in one tab is not overwritten by another.
 * @param store the exam store
 * @param target the window whose "storage" events to follow
 * @returns the unsubscribe function
 */
export function followExamsInOtherTabs(store: ExamStore, target: Window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === EXAM_KEY) store.receiveExternalChange(event.newValue);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
