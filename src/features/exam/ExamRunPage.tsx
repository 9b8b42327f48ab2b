import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuestionBank, type LoadedBank } from '../../lib/use-question-bank';
import { recordPendingAttempts } from '../../store/exam-recording';
import { useExamStore, useStores, useExamStoreApi } from '../../store/stores-context';
import { Banner } from '../../ui/Banner';
import { ExamSheet } from './ExamSheet';
import './exam.css';

function NoExam() {
  return (
    <div className="exam-page">
      <h1 tabIndex={-1}>No exam in progress</h1>
      <p>
        There is no mock exam running in this browser. <Link to="/exam">Start one</Link>, or look at your past attempts there.
      </p>
    </div>
  );
}

function RunningExam({ bank }: { bank: LoadedBank }) {
  const stores = useStores();
  const examStore = useExamStoreApi();
  const navigate = useNavigate();
  const exam = useExamStore((state) => state.active);
  const finish = useCallback(
    (hand: 'submit' | 'expireIfDue') => {
      const submitted = examStore.getState()[hand]();
      if (submitted === null) return;
      recordPendingAttempts(examStore, stores.progress.getState(), bank.byId);
      navigate(`/exam/results/${encodeURIComponent(submitted.id)}`, { replace: true });
    },
    [stores, examStore, bank, navigate],
  );
  if (exam === null) return <NoExam />;
  return <ExamSheet exam={exam} bank={bank} onSubmit={() => finish('submit')} onExpire={() => finish('expireIfDue')} />;
}

/** The exam being sat: timer, question, flag, moves, question map and the submit check. */
export function ExamRunPage() {
  const bank = useQuestionBank();
  const hasExam = useExamStore((state) => state.active !== null);
  if (!hasExam) return <NoExam />;
  if (bank.status === 'loading') return <p role="status">Loading the questions…</p>;
  if (bank.status === 'error') {
    return (
      <div className="exam-page">
        <h1 tabIndex={-1}>Mock exam</h1>
        <Banner tone="error" title="The questions could not be loaded">
          <p>{bank.message}. Your exam is saved; reload the page to try again. The clock keeps running.</p>
        </Banner>
      </div>
    );
  }
  return <RunningExam bank={bank.bank} />;
}
