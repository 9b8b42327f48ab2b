import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from '../features/lessons/HomePage';
import type { LessonMeta } from '../engine/content/types';
import { NotFoundMessage } from '../ui/NotFoundMessage';

// Everything but the home page loads on demand, so the first page stays small.
const LessonPage = lazy(async () => ({ default: (await import('../features/lessons/LessonPage')).LessonPage }));
const GlossaryPage = lazy(async () => ({ default: (await import('../features/glossary/GlossaryPage')).GlossaryPage }));
const SearchPage = lazy(async () => ({ default: (await import('../features/search/SearchPage')).SearchPage }));
const PracticeStartPage = lazy(async () => ({ default: (await import('../features/practice/PracticeStartPage')).PracticeStartPage }));
const PracticeSessionPage = lazy(async () => ({ default: (await import('../features/practice/PracticeSessionPage')).PracticeSessionPage }));

/** What the lesson page offers besides reading: links into other features, composed here. */
function lessonActions(lesson: LessonMeta) {
  return (
    <Link className="button" to={`/practice?lesson=${lesson.id}`}>
      Practise this lesson
    </Link>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

/** The app's routes; features meet only here. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="lessons/:lessonId" element={<Page><LessonPage extraActions={lessonActions} /></Page>} />
        <Route path="practice" element={<Page><PracticeStartPage /></Page>} />
        <Route path="practice/session" element={<Page><PracticeSessionPage /></Page>} />
        <Route path="glossary" element={<Page><GlossaryPage /></Page>} />
        <Route path="search" element={<Page><SearchPage /></Page>} />
        <Route path="*" element={<NotFoundMessage what="Nothing lives at this address. It may have moved." />} />
      </Route>
    </Routes>
  );
}

/** Browser history under the deploy base path, or memory history for tests. */
export function AppRouter({ initialPath }: { initialPath?: string | undefined }) {
  if (initialPath !== undefined) {
    return (
      <MemoryRouter initialEntries={[initialPath]}>
        <AppRoutes />
      </MemoryRouter>
    );
  }
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
  return (
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  );
}
