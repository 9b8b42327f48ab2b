import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, MemoryRouter, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { HomePage } from '../features/lessons/HomePage';
import type { LessonMeta } from '../engine/content/types';
import { labForLesson } from '../features/labs/lab-links';
import { NotFoundMessage } from '../ui/NotFoundMessage';

// Everything but the home page loads on demand, so the first page stays small.
const LessonPage = lazy(async () => ({ default: (await import('../features/lessons/LessonPage')).LessonPage }));
const GlossaryPage = lazy(async () => ({ default: (await import('../features/glossary/GlossaryPage')).GlossaryPage }));
const SearchPage = lazy(async () => ({ default: (await import('../features/search/SearchPage')).SearchPage }));
const PracticeStartPage = lazy(async () => ({ default: (await import('../features/practice/PracticeStartPage')).PracticeStartPage }));
const PracticeSessionPage = lazy(async () => ({ default: (await import('../features/practice/PracticeSessionPage')).PracticeSessionPage }));
const ExamStartPage = lazy(async () => ({ default: (await import('../features/exam/ExamStartPage')).ExamStartPage }));
const ExamRunPage = lazy(async () => ({ default: (await import('../features/exam/ExamRunPage')).ExamRunPage }));
const ExamResultsPage = lazy(async () => ({ default: (await import('../features/exam/ExamResultsPage')).ExamResultsPage }));
const DashboardPage = lazy(async () => ({ default: (await import('../features/stats/DashboardPage')).DashboardPage }));
const ReviewPage = lazy(async () => ({ default: (await import('../features/review/ReviewPage')).ReviewPage }));
const ReviewSessionPage = lazy(async () => ({ default: (await import('../features/review/ReviewSessionPage')).ReviewSessionPage }));
const QuestionBrowserPage = lazy(async () => ({ default: (await import('../features/review/QuestionBrowserPage')).QuestionBrowserPage }));
const QuestionInfoPage = lazy(async () => ({ default: (await import('../features/review/QuestionInfoPage')).QuestionInfoPage }));
const WeakAreasPage = lazy(async () => ({ default: (await import('../features/review/WeakAreasPage')).WeakAreasPage }));
const SettingsPage = lazy(async () => ({ default: (await import('../features/settings/SettingsPage')).SettingsPage }));
const LabsIndexPage = lazy(async () => ({ default: (await import('../features/labs/LabsIndexPage')).LabsIndexPage }));
const CpuInspectorPage = lazy(async () => ({ default: (await import('../features/labs/cpu/CpuInspectorPage')).CpuInspectorPage }));
const OvsSandboxPage = lazy(async () => ({ default: (await import('../features/labs/ovs/OvsSandboxPage')).OvsSandboxPage }));
const ClassifierPage = lazy(async () => ({ default: (await import('../features/labs/classifier/ClassifierPage')).ClassifierPage }));

/** What the lesson page offers besides reading: links into other features, composed here. */
function lessonActions(lesson: LessonMeta) {
  const lab = labForLesson(lesson.id);
  return (
    <>
      <Link className="button" to={`/practice?lesson=${lesson.id}`}>
        Practise this lesson
      </Link>
      {lab ? (
        <Link className="button" to={lab}>
          Try the lab
        </Link>
      ) : null}
    </>
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
        <Route path="exam" element={<Page><ExamStartPage /></Page>} />
        <Route path="exam/run" element={<Page><ExamRunPage /></Page>} />
        <Route path="exam/results/:attemptId" element={<Page><ExamResultsPage /></Page>} />
        <Route path="dashboard" element={<Page><DashboardPage /></Page>} />
        <Route path="review" element={<Page><ReviewPage /></Page>} />
        <Route path="review/session" element={<Page><ReviewSessionPage /></Page>} />
        <Route path="review/questions" element={<Page><QuestionBrowserPage /></Page>} />
        <Route path="review/questions/:questionId" element={<Page><QuestionInfoPage /></Page>} />
        <Route path="weak-areas" element={<Page><WeakAreasPage /></Page>} />
        <Route path="settings" element={<Page><SettingsPage /></Page>} />
        <Route path="labs" element={<Page><LabsIndexPage /></Page>} />
        <Route path="labs/cpu" element={<Page><CpuInspectorPage /></Page>} />
        <Route path="labs/ovs" element={<Page><OvsSandboxPage /></Page>} />
        <Route path="labs/classifier" element={<Page><ClassifierPage /></Page>} />
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
