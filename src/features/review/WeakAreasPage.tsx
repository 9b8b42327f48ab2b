import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { listLeeches } from '../../engine/srs/question-info';
import { buildWeakAreas } from '../../engine/srs/weak-areas';
import { useQuestionBank } from '../../lib/use-question-bank';
import { useClock, useProgressStore } from '../../store/stores-context';
import { BankStatus } from '../../ui/BankStatus';
import { LeechList, type LeechEntry } from './LeechList';
import { WEAK_SESSION_SIZE } from './review-session';
import { WeakAreasTable } from './WeakAreasTable';
import './review.css';

/** /weak-areas: every area and lesson, weakest first, with practice links, leeches and a weak-areas review. */
export function WeakAreasPage() {
  const clock = useClock();
  const bank = useQuestionBank();
  const progress = useProgressStore((state) => state.progress);
  const [now] = useState(() => clock.now());
  const data = useMemo(() => {
    if (bank.status !== 'ready') return null;
    const { questions, byId } = bank.bank;
    const leeches: LeechEntry[] = listLeeches(progress, questions.map((question) => question.id)).flatMap((id) => {
      const question = byId.get(id);
      const card = progress.cards[id];
      return question && card ? [{ question, card }] : [];
    });
    return { table: buildWeakAreas(progress, questions, now), leeches };
  }, [bank, progress, now]);

  return (
    <div className="weak-page">
      <header>
        <p className="eyebrow">
          <Link to="/review">Review</Link>
        </p>
        <h1 tabIndex={-1}>Weak areas</h1>
        <p className="lead">
          Weakest first: what you are likely to have forgotten now, and how your recent answers went. Questions you have not seen count as
          weak until you have.
        </p>
      </header>
      <BankStatus bank={bank} />
      {data ? (
        <>
          <p className="weak-page__start">
            <Link className="button button--primary" to="/review/session?mode=weak">
              Review weak areas
            </Link>
            <span className="muted">{WEAK_SESSION_SIZE} questions: forgotten and shaky ones first, then unseen ones from the weakest areas.</span>
          </p>
          <section aria-labelledby="weak-areas-title">
            <h2 id="weak-areas-title">By knowledge area</h2>
            <WeakAreasTable rows={data.table.areas} label="Knowledge areas, weakest first" kind="Area" />
          </section>
          <section aria-labelledby="weak-lessons-title">
            <h2 id="weak-lessons-title">By lesson</h2>
            <WeakAreasTable rows={data.table.lessons} label="Lessons, weakest first" kind="Lesson" />
          </section>
          <section aria-labelledby="leeches">
            <h2 id="leeches" tabIndex={-1}>
              Leeches
            </h2>
            <LeechList leeches={data.leeches} />
          </section>
          <p className="muted weak-page__legend">
            <strong>Seen</strong>: questions answered at least once. <strong>Recent accuracy</strong>: right answers among the last 20 in the
            group. <strong>Recall now</strong>: the average chance of remembering a seen question today. <strong>Due</strong>: seen questions
            due for review now.
          </p>
        </>
      ) : null}
    </div>
  );
}
