import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from '../features/lessons/HomePage';
import { NotFoundMessage } from '../ui/NotFoundMessage';

// Everything but the home page loads on demand, so the first page stays small.
const LessonPage = lazy(async () => ({ default: (await import('../features/lessons/LessonPage')).LessonPage }));
const GlossaryPage = lazy(async () => ({ default: (await import('../features/glossary/GlossaryPage')).GlossaryPage }));
const SearchPage = lazy(async () => ({ default: (await import('../features/search/SearchPage')).SearchPage }));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

/** The app's routes; features meet only here. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="lessons/:lessonId" element={<Page><LessonPage /></Page>} />
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
