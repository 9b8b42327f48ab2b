import { useSearchParams } from 'react-router';
import { useQuestionBank, type LoadedBank } from '../../lib/use-question-bank';
import { Banner } from '../../ui/Banner';
import { ReviewRun } from './ReviewRun';
import { SessionDone } from './SessionDone';
import type { ReviewMode } from './review-session';
import { useReviewSession } from './use-review-session';
import './review.css';

function Session({ bank, mode }: { bank: LoadedBank; mode: ReviewMode }) {
  const session = useReviewSession(bank, mode);
  return (
    <>
      {session.shown === null ? <SessionDone session={session} mode={mode} /> : <ReviewRun session={session} shown={session.shown} mode={mode} />}
      {/* Announced here, once; the views show the same text where the eye is. */}
      <p className="visually-hidden" role="status">
        {session.announcement}
      </p>
    </>
  );
}

/** /review/session: due questions, then today's new ones; ?mode=weak reviews the weak areas. */
export function ReviewSessionPage() {
  const [params] = useSearchParams();
  const mode: ReviewMode = params.get('mode') === 'weak' ? 'weak' : 'due';
  const bank = useQuestionBank();
  if (bank.status === 'loading') return <p role="status">Loading questions…</p>;
  if (bank.status === 'error') {
    return (
      <>
        <h1 tabIndex={-1}>Review</h1>
        <Banner tone="error" title="The questions could not be loaded">
          <p>{bank.message}. Reload the page to try again.</p>
        </Banner>
      </>
    );
  }
  return <Session key={mode} bank={bank.bank} mode={mode} />;
}
