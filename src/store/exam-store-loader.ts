import type { ExamStore, ExamStoreOptions } from './exam-store';
import { createLazyStore, type LazyStore } from './lazy-store';

/** The mock exam store, created on first use. */
export type ExamStoreLoader = LazyStore<ExamStore>;

/**
 * Creates the exam store on first use (the exam engine and its checks load only then) and,
 * in the browser, makes it follow exams started or submitted in other tabs.
 * @param options storage and clock
 * @param target the window whose storage events to follow; none in tests
 */
export function lazyExamStore(options: ExamStoreOptions, target?: Window): ExamStoreLoader {
  return createLazyStore(() =>
    import('./exam-store').then((module) => {
      const store = module.createExamStore(options);
      if (target) module.followExamsInOtherTabs(store, target);
      return store;
    }),
  );
}
