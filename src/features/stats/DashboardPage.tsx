import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { lessonList } from '../../lib/content';
import { useQuestionBank } from '../../lib/use-question-bank';
import { recordPendingAttempts } from '../../store/exam-recording';
import { useClock, useProgressStore, useStores, useExamStoreApi } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { AreaMasteryChart } from './charts/AreaMasteryChart';
import { DueForecastChart } from './charts/DueForecastChart';
import { RetentionChart } from './charts/RetentionChart';
import { ReviewHeatmap } from './charts/ReviewHeatmap';
import { buildDashboard } from './dashboard-data';
import { ExamAttempts } from './ExamAttempts';
import { ReadinessPanel } from './ReadinessPanel';
import { SummaryTiles } from './SummaryTiles';
import './stats.css';

/** Progress at a glance: headline numbers, readiness forecast, reviews ahead, activity, retention, mastery, exams. */
export function DashboardPage() {
  const stores = useStores();
  const examStore = useExamStoreApi();
  const clock = useClock();
  const bank = useQuestionBank();
  const progress = useProgressStore((state) => state.progress);
  // One moment per visit: the numbers do not creep while the page is open.
  const [now] = useState(() => clock.now());
  const offsetEast = clock.tzOffsetMinutes(now);
  const lessonsRead = lessonList.filter((lesson) => Object.hasOwn(progress.lessonsRead, lesson.id)).length;

  // An exam that ran out in the background, or was submitted just before a tab closed, counts here too.
  useEffect(() => {
    if (bank.status !== 'ready') return;
    examStore.getState().expireIfDue();
    recordPendingAttempts(examStore, stores.progress.getState(), bank.bank.byId);
  }, [bank, stores, examStore]);

  const data = useMemo(
    // The srs engine takes the offset the other way round (Date#getTimezoneOffset: UTC minus local).
    () => (bank.status === 'ready' ? buildDashboard(progress, bank.bank.questions, now, -offsetEast) : null),
    [bank, progress, now, offsetEast],
  );

  return (
    <div className="stats-page">
      <header>
        <p className="eyebrow">Your progress on objective 351.1</p>
        <h1 tabIndex={-1}>Dashboard</h1>
      </header>
      {bank.status === 'loading' ? <p role="status">Loading the questions…</p> : null}
      {bank.status === 'error' ? (
        <Banner tone="error" title="The questions could not be loaded">
          <p>{bank.message}. Reload the page to try again.</p>
        </Banner>
      ) : null}
      {data !== null && bank.status === 'ready' ? (
        <>
          <SummaryTiles data={data} lessonsRead={lessonsRead} lessons={lessonList.length} />
          <section className="stats-section" aria-labelledby="stats-readiness">
            <h2 id="stats-readiness">Readiness forecast</h2>
            <ReadinessPanel progress={progress} bank={bank.bank.questions} now={now} offsetEastMinutes={offsetEast} today={data.readinessToday} />
          </section>
          <div className="stats-grid">
            <section className="stats-section" aria-labelledby="stats-forecast">
              <h2 id="stats-forecast">Reviews ahead</h2>
              <DueForecastChart forecast={data.forecast} />
            </section>
            <section className="stats-section" aria-labelledby="stats-activity">
              <h2 id="stats-activity">Study activity</h2>
              <p className="stats-section__lead">
                Current streak: <strong>{data.streak === 1 ? '1 day' : `${data.streak} days`}</strong> in a row with at least one answer.
              </p>
              <ReviewHeatmap daily={data.daily} />
            </section>
            <section className="stats-section" aria-labelledby="stats-retention">
              <h2 id="stats-retention">True retention</h2>
              <p className="stats-section__lead">Share of answers to questions past their learning steps that were right.</p>
              <RetentionChart weeks={data.retention} target={progress.settings.desiredRetention} />
            </section>
            <section className="stats-section" aria-labelledby="stats-areas">
              <h2 id="stats-areas">Mastery by area</h2>
              <p className="stats-section__lead">Mastered: recall of at least 90% today, after the learning steps.</p>
              <AreaMasteryChart areas={data.areas} />
            </section>
          </div>
          <section className="stats-section" aria-labelledby="stats-exams">
            <h2 id="stats-exams">Mock exams</h2>
            <ExamAttempts history={progress.examHistory} />
          </section>
          <p className="stats-links">
            <Link to="/review">Go to your reviews</Link> · <Link to="/practice">Practise</Link> · <Link to="/exam">Sit a mock exam</Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
