import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { buildReviewQueue } from '../../engine/srs/review-queue';
import { listLeeches } from '../../engine/srs/question-info';
import { useQuestionBank } from '../../lib/use-question-bank';
import { useClock, useProgressStore } from '../../store/stores-context';
import { BankStatus } from '../../ui/BankStatus';
import { NewLimitNote, NextDue } from './NextDue';
import { countUnseen, pickNextDue } from './review-session';
import './review.css';

function Tile({ value, label, detail }: { value: number; label: string; detail?: string }) {
  return (
    <div className="review-tile">
      <dt>{label}</dt>
      <dd>
        <span className="review-tile__value">{value}</span>
        {detail ? <span className="review-tile__detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/** /review: what is due now and today, and the way into a review session. */
export function ReviewPage() {
  const clock = useClock();
  const bank = useQuestionBank();
  const progress = useProgressStore((state) => state.progress);
  // One moment per visit, as on the dashboard: the counts do not creep while the page is open.
  const [now] = useState(() => clock.now());
  const summary = useMemo(() => {
    if (bank.status !== 'ready') return null;
    const ids = bank.bank.questions.map((question) => question.id);
    // The srs engine takes the offset the other way round (Date#getTimezoneOffset: UTC minus local).
    const queue = buildReviewQueue(progress, ids, now, progress.settings, -clock.tzOffsetMinutes(now));
    return { queue, leeches: listLeeches(progress, ids).length, unseen: countUnseen(progress, ids) };
  }, [bank, progress, now, clock]);

  return (
    <div className="review-page">
      <header>
        <p className="eyebrow">Spaced repetition</p>
        <h1 tabIndex={-1}>Review</h1>
        <p className="lead">
          Each question comes back just before you would forget it. Answer it, then say how hard it was: the buttons show when you will see
          it again.
        </p>
      </header>
      <BankStatus bank={bank} />
      {summary ? (
        <>
          <dl className="review-tiles" aria-label="Today">
            <Tile value={summary.queue.counts.dueNow} label="Due now" />
            <Tile value={summary.queue.counts.dueToday} label="Due today" detail={summary.queue.counts.dueToday > summary.queue.counts.dueNow ? 'including learning steps later today' : undefined} />
            <Tile value={summary.queue.counts.newToday} label="New today" detail={`limit ${progress.settings.newPerDay} a day`} />
          </dl>
          {pickNextDue(summary.queue, now) !== null ? (
            <p className="review-page__start">
              <Link className="button button--primary" to="/review/session">
                Start review
              </Link>
              <span className="muted">
                {summary.queue.counts.dueNow + summary.queue.counts.newToday > 0
                  ? `${summary.queue.counts.dueNow} due, then ${summary.queue.counts.newToday} new`
                  : 'a learning step due within 20 minutes, shown early'}
              </span>
            </p>
          ) : (
            <section className="review-nothing" aria-labelledby="review-nothing-title">
              <h2 id="review-nothing-title">Nothing is due right now</h2>
              <NextDue queue={summary.queue} now={now} />
              <NewLimitNote newPerDay={progress.settings.newPerDay} newToday={summary.queue.counts.newToday} unseen={summary.unseen} />
              <p>
                <Link className="button button--primary" to="/practice">
                  Practise instead
                </Link>
              </p>
            </section>
          )}
          <section aria-labelledby="review-more-title">
            <h2 id="review-more-title">More</h2>
            <ul className="review-links">
              <li>
                <Link to="/weak-areas">Weak areas</Link>: where you are weakest, and a review of those questions
                {summary.leeches > 0 ? (
                  <>
                    {' '}
                    <span className="badge badge--warn">
                      {summary.leeches} {summary.leeches === 1 ? 'leech' : 'leeches'}
                    </span>
                  </>
                ) : null}
              </li>
              <li>
                <Link to="/review/questions">Browse all questions</Link>: the state, due date and history of each
              </li>
              <li>
                <Link to="/settings">Settings</Link>: desired retention, new questions per day, when a day starts
              </li>
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
