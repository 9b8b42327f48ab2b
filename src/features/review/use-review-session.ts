import { useMemo, useState } from 'react';
import type { Question, QuestionId } from '../../engine/content/types';
import { gradeAnswer, type AnswerResponse, type GradeResult } from '../../engine/quiz/grade';
import type { SessionItem } from '../../engine/quiz/session-item';
import { RATING, type Progress, type RatingValue } from '../../engine/progress/types';
import { previewQuestion } from '../../engine/srs/apply-rating';
import { buildReviewQueue, type ReviewQueue } from '../../engine/srs/review-queue';
import type { RatingPreview } from '../../engine/srs/scheduler';
import { buildWeakSession } from '../../engine/srs/weak-areas';
import type { LoadedBank } from '../../lib/use-question-bank';
import { useClock, useProgressStore, useStores } from '../../store/stores-context';
import { describeWait, formatDateTime } from './format';
import { RATING_NAMES, WEAK_SESSION_SIZE, answerProblem, countUnseen, emptyResponse, pickNextDue, pickNextWeak, reviewItem, type ReviewMode } from './review-session';

/** The question on screen and when it appeared. */
export interface ShownQuestion {
  readonly question: Question;
  readonly item: SessionItem;
  readonly shownAt: number;
}

/** The verdict, and the four outcomes computed once when the answer was graded. */
export interface GradedAnswer {
  readonly grade: GradeResult;
  readonly preview: RatingPreview;
}

export interface ReviewSession {
  readonly shown: ShownQuestion | null;
  readonly response: AnswerResponse | null;
  readonly graded: GradedAnswer | null;
  readonly hint: string | null;
  /** The latest thing to announce (rating saved, undo), for a live region. */
  readonly announcement: string;
  /** Today's queue at `now` (due mode; in weak mode it only feeds the "next due" message). */
  readonly queue: ReviewQueue;
  readonly now: number;
  /** Questions answered in this session, in order. */
  readonly answered: readonly QuestionId[];
  /** The weak-areas selection (empty in due mode). */
  readonly weakList: readonly QuestionId[];
  /** Questions of the bank never answered. */
  readonly unseen: number;
  setResponse: (response: AnswerResponse) => void;
  submit: (giveUp?: boolean) => void;
  rate: (rating: RatingValue) => void;
  undo: () => void;
  /** Looks again for due questions (a learning step may have come due). */
  refresh: () => void;
}

function queueAt(progress: Progress, bankIds: readonly QuestionId[], at: number, offsetEast: number): ReviewQueue {
  // The srs engine takes the offset the other way round (Date#getTimezoneOffset: UTC minus local).
  return buildReviewQueue(progress, bankIds, at, progress.settings, -offsetEast);
}

/**
 * A review session: picks each question (the due queue, or the weak-areas list), grades the
 * answer, previews the ratings once, records the chosen one (a wrong answer at once, as
 * Again), and undoes the last answer by showing its question again.
 * @param bank the loaded question bank
 * @param mode due queue or weak areas
 */
export function useReviewSession(bank: LoadedBank, mode: ReviewMode): ReviewSession {
  const stores = useStores();
  const clock = useClock();
  const bankIds = useMemo(() => bank.questions.map((question) => question.id), [bank]);
  const [weakList] = useState(() => (mode === 'weak' ? buildWeakSession(stores.progress.getState().progress, bank.questions, clock.now(), WEAK_SESSION_SIZE) : []));

  const show = (id: QuestionId | null, at: number): ShownQuestion | null => {
    const question = id === null ? undefined : bank.byId.get(id);
    if (question === undefined) return null;
    const progress = stores.progress.getState().progress;
    const card = Object.hasOwn(progress.cards, question.id) ? progress.cards[question.id] : undefined;
    return { question, item: reviewItem(question, card), shownAt: at };
  };
  const choose = (at: number, answered: readonly QuestionId[]): ShownQuestion | null => {
    if (mode === 'weak') return show(pickNextWeak(weakList, answered), at);
    const progress = stores.progress.getState().progress;
    return show(pickNextDue(queueAt(progress, bankIds, at, clock.tzOffsetMinutes(at)), at), at);
  };

  const [now, setNow] = useState(() => clock.now());
  const [answered, setAnswered] = useState<readonly QuestionId[]>([]);
  const [shown, setShown] = useState<ShownQuestion | null>(() => choose(now, []));
  const [response, setResponseState] = useState<AnswerResponse | null>(null);
  const [graded, setGraded] = useState<GradedAnswer | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const progress = useProgressStore((state) => state.progress);
  const queue = useMemo(() => queueAt(progress, bankIds, now, clock.tzOffsetMinutes(now)), [progress, bankIds, now, clock]);
  const unseen = useMemo(() => countUnseen(progress, bankIds), [progress, bankIds]);

  const moveTo = (next: ShownQuestion | null, at: number, answeredNow: readonly QuestionId[]) => {
    setNow(at);
    setAnswered(answeredNow);
    setShown(next);
    setResponseState(null);
    setGraded(null);
    setHint(null);
  };

  const submit = (giveUp = false) => {
    if (shown === null || graded !== null) return;
    const problem = giveUp ? null : answerProblem(shown.question, response);
    if (problem !== null) return setHint(problem);
    const at = clock.now();
    const given = giveUp || response === null ? emptyResponse(shown.question) : response;
    const grade = gradeAnswer(shown.question, given, at - shown.shownAt);
    const preview = previewQuestion(stores.progress.getState().progress, shown.question.id, at);
    if (!grade.correct) {
      // Again is the only rating a wrong answer can get, so it is saved at once.
      stores.progress.getState().answer({ questionId: shown.question.id, rating: RATING.again, responseMs: grade.responseMs, source: 'r', preview });
      setAnswered([...answered, shown.question.id]);
      setAnnouncement(`Saved as Again: the question comes back ${describeWait(preview.options[1].intervalMs)}.`);
    }
    setGraded({ grade, preview });
    setHint(null);
  };

  const rate = (rating: RatingValue) => {
    if (shown === null || graded === null) return;
    const { grade, preview } = graded;
    const chosen = grade.correct ? rating : RATING.again;
    let answeredNow = answered;
    if (grade.correct) {
      stores.progress.getState().answer({ questionId: shown.question.id, rating: chosen, responseMs: grade.responseMs, source: 'r', preview });
      answeredNow = [...answered, shown.question.id];
    }
    const option = preview.options[chosen];
    const offset = clock.tzOffsetMinutes(option.card.due);
    setAnnouncement(`Saved as ${RATING_NAMES[chosen]}: the question comes back ${describeWait(option.intervalMs)}, on ${formatDateTime(option.card.due, offset)}.`);
    const at = clock.now();
    moveTo(choose(at, answeredNow), at, answeredNow);
  };

  const undo = () => {
    const id = stores.progress.getState().undo();
    if (id === null) {
      setAnnouncement('Nothing to undo.');
      return;
    }
    const index = answered.lastIndexOf(id);
    const answeredNow = index < 0 ? answered : [...answered.slice(0, index), ...answered.slice(index + 1)];
    const at = clock.now();
    const again = show(id, at);
    moveTo(again ?? choose(at, answeredNow), at, answeredNow);
    setAnnouncement(again ? 'Last answer undone: the question is shown again.' : 'Last answer undone (its question is no longer in the bank).');
  };

  const refresh = () => {
    const at = clock.now();
    moveTo(choose(at, answered), at, answered);
  };

  const setResponse = (next: AnswerResponse) => {
    setResponseState(next);
    setHint(null);
  };

  return { shown, response, graded, hint, announcement, queue, now, answered, weakList, unseen, setResponse, submit, rate, undo, refresh };
}
