import { Link } from 'react-router';
import type { ReviewQueue } from '../../engine/srs/review-queue';
import { useClock } from '../../store/stores-context';
import { describeWait, formatDateTime, formatTime } from './format';

/** When the next question falls due: a learning step later today, or the next review day. */
export function NextDue({ queue, now }: { queue: ReviewQueue; now: number }) {
  const clock = useClock();
  const later = queue.learningLater[0];
  if (later !== undefined) {
    const count = queue.learningLater.length;
    return (
      <p className="next-due">
        {count === 1 ? 'One question' : `${count} questions`} in learning {count === 1 ? 'comes' : 'come'} back later today: the next at{' '}
        <strong>{formatTime(later.due, clock.tzOffsetMinutes(later.due))}</strong> ({describeWait(later.due - now)}).
      </p>
    );
  }
  if (queue.nextDueAt !== null) {
    return (
      <p className="next-due">
        The next question is due on <strong>{formatDateTime(queue.nextDueAt, clock.tzOffsetMinutes(queue.nextDueAt))}</strong> (
        {describeWait(queue.nextDueAt - now)}).
      </p>
    );
  }
  return <p className="next-due">No question is scheduled yet. Every question you answer, in practice, a review or a mock exam, is scheduled here.</p>;
}

/**
 * Why no new question is offered while unseen ones remain: today's limit is used up, or new
 * questions are switched off.
 * @param newPerDay the learner's daily limit
 * @param newToday new questions still allowed today
 * @param unseen questions of the bank never answered
 */
export function NewLimitNote({ newPerDay, newToday, unseen }: { newPerDay: number; newToday: number; unseen: number }) {
  if (newToday > 0 || unseen === 0) return null;
  return (
    <p className="next-due">
      {newPerDay === 0
        ? `New questions are switched off (0 a day); ${unseen} are still unseen.`
        : `Today’s ${newPerDay} new ${newPerDay === 1 ? 'question is' : 'questions are'} done; more come tomorrow (${unseen} still unseen).`}{' '}
      <Link to="/settings">Change the daily limit</Link>
    </p>
  );
}
