import { useEffect, useState } from 'react';
import type { BankState } from '../../lib/use-question-bank';
import { recordPendingAttempts } from '../../store/exam-recording';
import { useExamStore, useStores, useExamStoreApi } from '../../store/stores-context';

/**
 * Once the bank is loaded, hands in an exam whose time ran out while no exam page was open,
 * and records submitted exams not yet in progress (submitted just before a tab closed, say).
 * @param bank the question bank's loading state
 * @returns the id of the exam this handed in because its time was up, or null
 */
export function useSettleExams(bank: BankState): string | null {
  const stores = useStores();
  const examStore = useExamStoreApi();
  const pending = useExamStore((state) => state.attempts.some((attempt) => !attempt.recorded));
  const [expiredId, setExpiredId] = useState<string | null>(null);
  useEffect(() => {
    if (bank.status !== 'ready') return;
    const expired = examStore.getState().expireIfDue();
    if (expired) setExpiredId(expired.id);
    recordPendingAttempts(examStore, stores.progress.getState(), bank.bank.byId);
  }, [bank, pending, stores, examStore]);
  return expiredId;
}
