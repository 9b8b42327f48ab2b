import { createContext, use, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { PreferencesState } from './preferences-store';
import type { ProgressStore, ProgressStoreState } from './progress-store';
import type { PracticeStoreState } from './practice-store';
import type { ExamStore, ExamStoreState } from './exam-store';
import type { ExamStoreLoader } from './exam-store-loader';
import type { LabsStore, LabsStoreState } from './labs-store';
import type { LabsStoreLoader } from './labs-store-loader';
import type { Clock } from '../lib/clock';

/** Every store the app runs on; created once in app/ and handed down. */
export interface Stores {
  readonly preferences: StoreApi<PreferencesState>;
  readonly progress: ProgressStore;
  readonly practice: StoreApi<PracticeStoreState>;
  /** The mock exam store, created on first use so the exam engine loads only with the exam. */
  readonly exam: ExamStoreLoader;
  /** The labs store, created on first use so the simulators load only with the labs. */
  readonly labs: LabsStoreLoader;
  /** The clock every view reads time from (a fixed one in tests). */
  readonly clock: Clock;
}

const StoresContext = createContext<Stores | null>(null);

/** Makes the stores available to the views below. */
export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

/** The stores; throws when used outside StoresProvider (a wiring bug, not a user error). */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores must be used inside <StoresProvider>');
  return stores;
}

/** Selects a slice of the preferences. */
export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  return useStore(useStores().preferences, selector);
}

/** Selects a slice of the progress store. */
export function useProgressStore<T>(selector: (state: ProgressStoreState) => T): T {
  return useStore(useStores().progress, selector);
}

/** LessonId -> when it was marked read. */
export function useLessonsRead(): Readonly<Record<string, number>> {
  return useProgressStore((state) => state.progress.lessonsRead);
}

/** The progress actions (stable functions: selecting them never re-renders). */
export function useProgressActions() {
  const store = useStores().progress;
  const { markLessonRead, markLessonUnread, answer, undo, update, dismissIssue } = store.getState();
  return { markLessonRead, markLessonUnread, answer, undo, update, dismissIssue };
}

/** Selects a slice of the practice session store. */
export function usePractice<T>(selector: (state: PracticeStoreState) => T): T {
  return useStore(useStores().practice, selector);
}

/** The app's clock: views read time here, never from Date directly, so tests can move it. */
export function useClock(): Clock {
  return useStores().clock;
}

/** The mock exam store; suspends (inside the page's Suspense) until it has loaded. */
export function useExamStoreApi(): ExamStore {
  const exam = useStores().exam;
  return exam.current() ?? use(exam.load());
}

/** Selects a slice of the mock exam store. */
export function useExamStore<T>(selector: (state: ExamStoreState) => T): T {
  return useStore(useExamStoreApi(), selector);
}

/** The labs store; suspends (inside the page's Suspense) until it has loaded. */
export function useLabsStore(): LabsStore {
  const labs = useStores().labs;
  return labs.current() ?? use(labs.load());
}

/** Selects a slice of the labs store (the Open vSwitch sandbox and the classifier board). */
export function useLabs<T>(selector: (state: LabsStoreState) => T): T {
  return useStore(useLabsStore(), selector);
}
